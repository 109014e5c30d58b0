import { Paragraph, TextRun } from 'docx'
import { describe, expect, it } from 'vitest'
import { PlainParagraph, plainRuns } from '../src/plain-paragraph.js'

const context = () => ({ stack: [] }) as unknown as Parameters<Paragraph['prepForXml']>[0]

describe('PlainParagraph', () => {
  const cases: Array<[string | undefined, string[]]> = [
    [undefined, ['现在，我代表区人民政府，向大会报告工作，请予审议。']],
    [undefined, ['a < b & c > "d" \'e\'', '第二段']],
    ['ListParagraph', ['——', '坚定不移推进城乡融合。']],
    ['Heading2', ['（一）', '迎难而上']],
    ['ListParagraph', []],
    [undefined, ['  spaces kept  ', '\u3000全角空格']],
  ]
  it.each(cases)('writes what docx.js writes (style %s)', (style, runs) => {
    const ours = new PlainParagraph(style, runs).prepForXml(context())
    const theirs = new Paragraph({ ...(style === undefined ? {} : { style }), children: runs.map((text) => new TextRun({ text })) }).prepForXml(context())
    expect(JSON.stringify(ours)).toBe(JSON.stringify(theirs))
  })

  it('a `——` item as the listItem handler made it (marker as TextRun(string))', () => {
    const ours = new PlainParagraph('ListParagraph', ['——', '正文']).prepForXml(context())
    const theirs = new Paragraph({ style: 'ListParagraph', children: [new TextRun('——'), new TextRun({ text: '正文' })] }).prepForXml(context())
    expect(JSON.stringify(ours)).toBe(JSON.stringify(theirs))
  })

  it('an empty paragraph too', () => {
    expect(JSON.stringify(new PlainParagraph(undefined, []).prepForXml(context()))).toBe(JSON.stringify(new Paragraph({}).prepForXml(context())))
  })

  it('takes only text nodes without line breaks or empty values', () => {
    expect(plainRuns([{ type: 'text', value: 'a' }, { type: 'text', value: 'b' }])).toEqual(['a', 'b'])
    expect(plainRuns([{ type: 'text', value: 'a\nb' }])).toBeUndefined()
    expect(plainRuns([{ type: 'text', value: '' }])).toBeUndefined()
    expect(plainRuns([{ type: 'emphasis' }])).toBeUndefined()
  })
})
