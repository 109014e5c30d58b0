import { XMLValidator, XMLParser } from 'fast-xml-parser'
import { parse as parseHtml } from 'parse5'
import { describe, expect, it } from 'vitest'
import type { Root } from '@gongwen/parser'
import { outlineToHtml, outlineToJson, outlineToMarkdown, outlineToOpml, toOutline, type Outline } from '../src/index.js'
import { FIXTURES, HAN, parseFixture } from './helpers.js'

const hostile: Root = {
  type: 'root',
  data: { astVersion: 1, meta: { title: '关于<b>“测试”</b>&的通知', date: '2023-02-08' }, removed: [] },
  children: [
    { type: 'heading', depth: 1, numbering: { marker: '一、', style: 'cn-comma', ordinal: 1 }, children: [{ type: 'text', value: '<script>alert(1)</script>' }] },
    { type: 'heading', depth: 2, numbering: { marker: '（一）', style: 'cn-paren', ordinal: 1 }, children: [{ type: 'text', value: '推动"A&B"发展 ]]> <!-- x' }] },
  ],
}

function html5Errors(html: string): string[] {
  const errors: string[] = []
  parseHtml(html, { onParseError: (error) => errors.push(`${error.code} at ${error.startLine}:${error.startCol}`) })
  return errors
}

describe('outline formats', async () => {
  const outlines: Array<[string, Outline]> = []
  for (const name of FIXTURES) outlines.push([name, await toOutline(parseFixture(name), { leads: true })])
  const evil = await toOutline(hostile)

  it('HTML shows scraped markup as text', () => {
    const html = outlineToHtml(evil)
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toContain('<b>')
    expect(html5Errors(html)).toEqual([])
    expect(XMLValidator.validate(html)).toBe(true)
  })

  it.each(FIXTURES)('%s: HTML is HTML5 without parse errors and well-formed XML', (name) => {
    const html = outlineToHtml(outlines.find(([n]) => n === name)![1])
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html5Errors(html)).toEqual([])
    expect(XMLValidator.validate(html)).toBe(true)
    expect(html).toContain('<meta charset="utf-8" />')
  })

  it.each(FIXTURES)('%s: OPML is valid XML with one outline element per entry', (name) => {
    const outline = outlines.find(([n]) => n === name)![1]
    const opml = outlineToOpml(outline)
    expect(XMLValidator.validate(opml)).toBe(true)
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (tag) => tag === 'outline' }).parse(opml)
    expect(doc.opml['@_version']).toBe('2.0')
    const count = (list: Array<{ outline?: unknown[] }> | undefined): number =>
      (list ?? []).reduce((sum, item) => sum + 1 + count(item.outline as Array<{ outline?: unknown[] }> | undefined), 0)
    const entries = (list: Outline['entries']): number => list.reduce((sum, entry) => sum + 1 + entries(entry.children), 0)
    expect(count(doc.opml.body.outline)).toBe(entries(outline.entries))
  })

  it('OPML escapes hostile text', () => {
    const opml = outlineToOpml(evil)
    expect(XMLValidator.validate(opml)).toBe(true)
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (tag) => tag === 'outline' }).parse(opml)
    expect(opml).not.toContain('<script>')
    // the attribute round-trips to the original text
    expect(doc.opml.body.outline[0]['@__zh']).toBe('一、<script>alert(1)</script>')
  })

  it('JSON carries zh, en, depth, numbering, source and children', () => {
    const json = JSON.parse(outlineToJson(outlines[0][1]))
    const entry = json.entries[0]
    for (const key of ['zh', 'en', 'depth', 'numbering', 'source', 'children']) expect(entry).toHaveProperty(key)
    expect(entry.numbering).toMatchObject({ marker: '一、', style: 'cn-comma', ordinal: 1, en: 'I.' })
    expect(json.front.title.en).not.toMatch(HAN)
  })

  it('Markdown escapes markup and flags fallback lines', () => {
    const markdown = outlineToMarkdown(evil)
    expect(markdown).not.toContain('<script>')
    expect(markdown).toContain('&lt;script&gt;')
    const national = outlineToMarkdown(outlines.find(([n]) => n === 'chongqing_gzbg.txt')![1])
    const fallbackEntries = JSON.stringify(outlines.find(([n]) => n === 'chongqing_gzbg.txt')![1]).match(/"source":"fallback"/g)?.length ?? 0
    expect((national.match(/\*\(fallback\)\*/g) ?? []).length).toBe(fallbackEntries)
  })

  it('prints an entry of an English source once, where the Chinese line would repeat the English', async () => {
    // The official English version of the 2024 report (corpus: parallel/).
    const english = await toOutline(parseFixture('national_gzbg_2024_en_from_parallel.txt'))
    const markdown = outlineToMarkdown(english)
    expect(markdown.split('\n').filter((line) => line.includes('A Review of Our Work in 2023'))).toEqual(['- **I. A Review of Our Work in 2023**'])
    const html = outlineToHtml(english)
    expect(html.match(/A Review of Our Work in 2023/g)).toHaveLength(1)
    expect(html).not.toContain('<p class="zh"')
    // A Chinese source keeps both lines.
    const chinese = outlineToMarkdown(outlines[0]![1])
    expect(chinese).toContain('- **一、2022年工作回顾**  \n  I. Review of Our Work in 2022')
  })

  it('is byte-identical across runs', async () => {
    const again = await toOutline(parseFixture('yubei-2023.txt'), { leads: true })
    const first = outlines[0][1]
    expect(outlineToHtml(again)).toBe(outlineToHtml(first))
    expect(outlineToOpml(again)).toBe(outlineToOpml(first))
    expect(outlineToMarkdown(again)).toBe(outlineToMarkdown(first))
  })
})
