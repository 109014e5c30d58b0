import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { NO_LINE_END, NO_LINE_START, breakOpportunities, layoutPdf } from '../src/index.js'
import type { Layout, PlacedLine } from '../src/index.js'
import { C_DIGIT, C_NO_END, C_NO_START, C_WORD, CLOSING_PUNCT, DIGIT, OPENING_PUNCT, WORD, classOf, compressesBefore, compressesBeforeCp } from '../src/layout/kinsoku.js'
import { appendix, doc, h, hanText, p } from './trees.js'

const lineText = (l: PlacedLine): string => l.segments.map((s) => s.text).join('')

/** Lines of each block in order. */
function blockLines(layout: Layout): Map<number, PlacedLine[]> {
  const out = new Map<number, PlacedLine[]>()
  for (const page of layout.pages) for (const line of page) out.set(line.block, [...(out.get(line.block) ?? []), line])
  return out
}

describe('justifying Chinese next to English', () => {
  // Body lines on the official grid: 26 characters after the indent.
  const firstLine = (text: string): PlacedLine => layoutPdf(doc([p(text)])).pages[0]?.[0] as PlacedLine

  it('leaves a line of Chinese at its natural width when it breaks before an English word it cannot fill up to', () => {
    const line = firstLine('一二三四五六七八九十一二三四五六七八九十Internationalization is long。')
    expect(lineText(line)).toBe('一二三四五六七八九十一二三四五六七八九十')
    expect(line.justified).toBe(false)
    expect(line.measureRight - line.right).toBeGreaterThan(4 * line.size)
  })

  it('still justifies it before a long number, as in an official document', () => {
    const line = firstLine('一二三四五六七八九十一二三四五六七八九十12345678901234567890元。')
    expect(lineText(line)).toBe('一二三四五六七八九十一二三四五六七八九十')
    expect(line.justified).toBe(true)
    expect(Math.abs(line.right - line.measureRight)).toBeLessThan(0.5)
  })

  it('widens the word spaces of a mixed line rather than space out its Chinese', () => {
    const line = firstLine('一二三四五六七八九十一二 Rising to the internationalization of everything。')
    expect(line.justified).toBe(true)
    expect(Math.abs(line.right - line.measureRight)).toBeLessThan(0.5)
    // Between Chinese characters: a tenth of an em at most (the slack is several ems).
    expect(line.spacing).toBeLessThanOrEqual(0.1 * line.size + 1e-9)
    const adjust = line.segments.flatMap((s) => s.adjust)
    const text = [...lineText(line)]
    const atSpaces = adjust.filter((_, i) => text[i] === ' ' || text[i + 1] === ' ')
    expect(Math.min(...atSpaces)).toBeGreaterThan(0.3 * line.size)
  })
})

describe('raggedRight', () => {
  it('sets justified text flush left: every line at its natural width, breaks unchanged', () => {
    const tree = doc([p(hanText(300, 7)), p('一二三四五六七八九十一二 Rising to the internationalization of everything。')])
    const justified = layoutPdf(tree).pages.flat()
    const ragged = layoutPdf(tree, { raggedRight: true }).pages.flat()
    expect(justified.some((l) => l.justified)).toBe(true)
    expect(ragged.some((l) => l.justified)).toBe(false)
    expect(ragged.map(lineText)).toEqual(justified.map(lineText))
    for (const line of ragged) expect(line.spacing).toBe(0)
  })
})

describe('line breaking', () => {
  it('carries the character before a comma to the next line rather than start a line with the comma', () => {
    // On the 28-character grid, body lines hold 26 characters after the 2-character indent, then 28.
    const text = '一二三四五六七八九十一二三四五六七八九十一二三四五六，七八九十。'
    const layout = layoutPdf(doc([p(text)]))
    const lines = layout.pages.flat().map(lineText)
    expect(lines.length).toBe(2)
    expect(lines[0]).toBe('一二三四五六七八九十一二三四五六七八九十一二三四五')
    expect(lines[1]?.startsWith('六，')).toBe(true)
    // The first line is stretched to the full measure to make up for the moved character.
    const first = layout.pages[0]?.[0] as PlacedLine
    expect(first.justified).toBe(true)
    // Flush with the measure, give or take the last glyph's em overhanging its grid cell.
    expect(Math.abs(first.right - first.measureRight)).toBeLessThan(0.5)
  })

  it('never ends a line with an opening quote or bracket', () => {
    const text = '一二三四五六七八九十一二三四五六七八九十一二三四五“六七八九十”。'
    const lines = layoutPdf(doc([p(text)])).pages.flat().map(lineText)
    expect(lines[0]?.endsWith('“')).toBe(false)
    expect(lines[0]?.length).toBe(25)
    expect(lines[1]?.startsWith('“六')).toBe(true)
  })

  it('keeps numbers with their units and percent signs', () => {
    const text = '一二三四五六七八九十一二三四五六七八九十一二三2297亿元、增长0.3%，一二三四五六七八九十一二三四五六七八九十一二三四增长10.25%。'
    const lines = layoutPdf(doc([p(text)])).pages.flat().map(lineText)
    expect(lines.some((l) => l.includes('2297亿元'))).toBe(true)
    expect(lines.some((l) => l.includes('0.3%'))).toBe(true)
    expect(lines.some((l) => l.includes('10.25%'))).toBe(true)
    expect(lines.join('')).toBe(text)
  })

  it('obeys the rules for any mix of Han, punctuation, numbers and units (property)', () => {
    const token = fc.constantFrom('发', '展', '经', '济', '，', '。', '、', '“', '”', '（', '）', '《', '》', '2297亿元', '0.3%', '48647元', '——', 'GDP', '：', '；', ' ', '债 ”', '“ 三')
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 160 }), (tokens) => {
        const text = tokens.join('')
        const lines = layoutPdf(doc([p(text)])).pages.flat().map(lineText)
        // Spaces at a break are not printed; nothing else is lost.
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''))
        lines.forEach((line, i) => {
          if (i > 0 && line.length > 0) expect(NO_LINE_START.has(line[0] as string), `line starts with ${line[0]}: ${line}`).toBe(false)
          if (i < lines.length - 1) expect(NO_LINE_END.has(line[line.length - 1] as string), `line ends with ${line.at(-1)}`).toBe(false)
        })
        for (const unit of ['2297亿元', '0.3%', '48647元', 'GDP']) {
          const expected = text.split(unit).length - 1
          const found = lines.reduce((n, l) => n + l.split(unit).length - 1, 0)
          expect(found).toBe(expected)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('classifies every BMP character as the sets and expressions of the rules do (table of the line breaker)', () => {
    const marks = [...NO_LINE_START, ...NO_LINE_END, ...CLOSING_PUNCT, ...OPENING_PUNCT]
    for (let cp = 0; cp < 0x10000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue
      const ch = String.fromCharCode(cp)
      const bits = classOf(cp)
      if (((bits & C_WORD) !== 0) !== WORD.test(ch)) expect.fail(`WORD class of U+${cp.toString(16)}`)
      if (((bits & C_DIGIT) !== 0) !== DIGIT.test(ch)) expect.fail(`DIGIT class of U+${cp.toString(16)}`)
      if (((bits & C_NO_START) !== 0) !== NO_LINE_START.has(ch)) expect.fail(`NO_LINE_START class of U+${cp.toString(16)}`)
      if (((bits & C_NO_END) !== 0) !== NO_LINE_END.has(ch)) expect.fail(`NO_LINE_END class of U+${cp.toString(16)}`)
    }
    for (const a of marks) for (const b of [...marks, '发', 'A']) expect(compressesBeforeCp(a.codePointAt(0) ?? 0, b.codePointAt(0) ?? 0)).toBe(compressesBefore(a, b))
  })

  it('allows breaks between Han characters but not inside words or —— pairs', () => {
    const breaks = breakOpportunities([...'发展GDP——增长'])
    expect(breaks).toEqual([false, true, true, false, false, true, false, true, true])
  })
})

describe('pagination', () => {
  // Many paragraphs of varied length with headings between them.
  const children = []
  for (let i = 0; i < 60; i++) {
    if (i % 5 === 0) children.push(h(1, '一、', `第${i}部分标题`))
    if (i % 5 === 2) children.push(h(2, '（一）', `第${i}节标题`))
    children.push(p(hanText(15 + ((i * 37) % 160), i + 1)))
  }
  const tree = doc([...children, appendix('附件1', [p(hanText(90, 7))])])

  for (const preset of ['official', 'report'] as const) {
    const layout = layoutPdf(tree, { preset })
    const byBlock = blockLines(layout)

    it(`${preset}: never leaves a heading alone at the foot of a page`, () => {
      expect(layout.pages.length).toBeGreaterThan(5)
      layout.pages.forEach((page, i) => {
        if (i === layout.pages.length - 1) return
        const last = page[page.length - 1] as PlacedLine
        expect(layout.blocks[last.block]?.keepWithNext, `page ${i + 1} ends with a heading`).toBeFalsy()
      })
    })

    it(`${preset}: leaves no single line of a paragraph on either side of a page break`, () => {
      let splits = 0
      for (const lines of byBlock.values()) {
        const perPage = new Map<number, number>()
        for (const l of lines) perPage.set(l.page, (perPage.get(l.page) ?? 0) + 1)
        if (perPage.size > 1) {
          splits++
          for (const n of perPage.values()) expect(n).toBeGreaterThanOrEqual(2)
        }
      }
      expect(splits).toBeGreaterThan(0)
    })

    it(`${preset}: starts the appendix on a new page`, () => {
      const label = layout.blocks.findIndex((b) => b.role === 'appendixLabel')
      expect(label).toBeGreaterThan(0)
      const page = layout.blockPage[label] as number
      expect(page).toBeGreaterThan(layout.blockPage[label - 1] as number)
      expect(layout.pages[page]?.[0]?.block).toBe(label)
    })

    it(`${preset}: keeps every line inside the text block`, () => {
      for (const page of layout.pages) {
        for (const line of page) {
          // The last glyph may overhang its grid cell by the grid's squeeze (16 pt on a 15.79 pt pitch).
          expect(line.right).toBeLessThanOrEqual(line.measureRight + 0.25)
          expect(line.baseline).toBeLessThan(841.89 - (preset === 'official' ? 35 : 25) * (72 / 25.4))
        }
      }
    })
  }

  it('official: puts 22 lines of 28 characters on a full page of body text (the GB/T 9704 grid)', () => {
    const han = '发展经济社会改革开放创新建设推进全面提高质量服务保障民生城乡区域产业项目政策工作'
    const layout = layoutPdf(doc([p(han.repeat(40))]))
    expect(layout.pages[0]?.length).toBe(22)
    const texts = (layout.pages[0] ?? []).map(lineText)
    expect(texts[0]?.length).toBe(26)
    expect(texts.slice(1).every((t) => t.length === 28)).toBe(true)
    const first = layout.pages[0] as PlacedLine[]
    const pitch = (first[1] as PlacedLine).baseline - (first[0] as PlacedLine).baseline
    expect(pitch).toBeCloseTo((225 * 72) / 25.4 / 22, 3)
  })
})
