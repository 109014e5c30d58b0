import { beforeAll, describe, expect, it } from 'vitest'
import type { Root } from '@gongwen/parser'
import { NO_LINE_START, layoutPdf, toPdf } from '../src/index.js'
import { loadTree, nodesOf, outlineEntries, tool, treeText, writePdf } from './helpers.js'

const withoutSpace = (s: string): string => s.replace(/\s+/g, '')

describe('the sample, official preset', () => {
  let tree: Root
  let bytes: Uint8Array
  let path: string

  beforeAll(async () => {
    tree = loadTree('yubei-2023.txt')
    bytes = await toPdf(tree, { preset: 'official' })
    path = writePdf('sample-official.pdf', bytes)
  })

  it('embeds every font, as a subset', () => {
    const rows = tool('pdffonts', [path]).trim().split('\n').slice(2)
    expect(rows.length).toBeGreaterThan(2)
    for (const row of rows) {
      const cols = row.trim().split(/\s+/)
      // name type... emb sub uni object-id generation
      const [emb, sub] = cols.slice(-5, -3)
      expect(cols[0], row).toMatch(/^[A-Z]{6}\+/)
      expect(emb, row).toBe('yes')
      expect(sub, row).toBe('yes')
    }
  })

  it('gives back every character of the tree, in order', () => {
    const lines = tool('pdftotext', ['-enc', 'UTF-8', path, '-']).split('\n')
    // Page numbers (`— 1 —`) are page furniture, not document text.
    const body = lines.filter((line) => !/^\s*—\s*\d+\s*—\s*$/.test(line)).join('')
    expect(withoutSpace(body)).toBe(withoutSpace(treeText(tree)))
  })

  it('never starts a line with closing punctuation', () => {
    const lines = tool('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-']).split('\n')
    const offenders = lines.map((l) => l.trimStart()).filter((l) => l.length > 0 && NO_LINE_START.has(l[0] as string))
    expect(offenders).toEqual([])
    expect(lines.length).toBeGreaterThan(50)
  })

  it('passes qpdf --check', () => {
    expect(tool('qpdf', ['--check', path])).toMatch(/No syntax or stream encoding errors/)
  })

  it('has one bookmark per heading, nested by depth', () => {
    const headings = [...nodesOf(tree, 'heading'), ...nodesOf(tree, 'runInHeading')]
    expect(headings.length).toBeGreaterThan(3)
    const titles = outlineEntries(path)
    expect(titles.length).toBe(headings.length)
    const json = JSON.parse(tool('qpdf', ['--json', '--json-key=outlines', path])) as { outlines: Array<{ kids: unknown[] }> }
    // The sample has 一、 headings with (一) headings under them.
    expect(json.outlines.some((o) => o.kids.length > 0)).toBe(true)
  })

  it('is byte-identical when rendered again', async () => {
    const again = await toPdf(tree, { preset: 'official' })
    expect(Buffer.compare(Buffer.from(again), Buffer.from(bytes))).toBe(0)
  })

  it('is byte-identical after other documents have warmed the caches', async () => {
    await toPdf(loadTree('jiangxi_gzbg.txt'), { preset: 'report', toc: true })
    await toPdf(loadTree('tuiguang_gaige_jucuo.txt'), { pdfa: true })
    const again = await toPdf(tree, { preset: 'official' })
    expect(Buffer.compare(Buffer.from(again), Buffer.from(bytes))).toBe(0)
  })

  it('carries the metadata, language and structure tags', () => {
    const info = tool('pdfinfo', ['-isodates', path])
    expect(info).toMatch(/Title:\s+重庆市渝北区人民政府工作报告/)
    expect(info).toMatch(/Author:\s+廖红军/)
    expect(info).toMatch(/Subject:\s+\S/)
    expect(info).toMatch(/Keywords:\s+\S/)
    expect(info).toMatch(/CreationDate:\s+2023-02-08T00:00:00/)
    expect(info).toMatch(/Tagged:\s+yes/)
    const raw = tool('qpdf', ['--qdf', '--object-streams=disable', path, '-'])
    expect(raw).toMatch(/\/Lang \(zh-CN\)|\/Lang <[0-9a-fA-F]+>/)
    expect(raw).toMatch(/\/S \/H2/)
    expect(raw).toMatch(/\/S \/P/)
    expect(raw).toMatch(/\/Artifact/)
  })

  it('lines up the right ends of full lines within 0.5 pt (pdftotext -bbox)', () => {
    const layout = layoutPdf(tree, { preset: 'official' })
    const xml = tool('pdftotext', ['-bbox-layout', path, '-'])
    const pages = xml.split('<page ').slice(1)
    expect(pages.length).toBe(layout.pages.length)
    let checked = 0
    pages.forEach((page, index) => {
      const lines = layout.pages[index] ?? []
      const boxes = [...page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/g)].map((m) => ({
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
      }))
      // The lines the layout stretched, found in the PDF by their baseline.
      const rights = lines
        .filter((l) => l.justified)
        .map((l) => {
          const box = boxes.find((b) => b.yMin <= l.baseline && l.baseline <= b.yMax)
          expect(box, `no text found at baseline ${l.baseline} on page ${index + 1}`).toBeDefined()
          return (box as { xMax: number }).xMax
        })
      if (rights.length > 1) {
        expect(Math.max(...rights) - Math.min(...rights)).toBeLessThan(0.5)
        expect(Math.abs(Math.max(...rights) - (lines[0]?.measureRight ?? 0))).toBeLessThan(0.5)
      }
      checked += rights.length
    })
    expect(checked).toBeGreaterThan(40)
  })

  it('lines up the right ends of full lines within 0.5 pt (recorded positions)', () => {
    const layout = layoutPdf(tree, { preset: 'official' })
    for (const page of layout.pages) {
      const rights = page.filter((l) => l.justified).map((l) => {
        const last = l.segments[l.segments.length - 1]
        if (!last) return l.x
        // From the glyphs actually placed: start of the last segment, its glyphs, the space after each but the last.
        return last.x + last.width + last.adjust.slice(0, -1).reduce((a, b) => a + b, 0)
      })
      if (rights.length < 2) continue
      expect(Math.max(...rights) - Math.min(...rights)).toBeLessThan(0.5)
    }
  })
})

describe('the sample, report preset', () => {
  it('renders with a running header, centred page numbers and the same text', async () => {
    const tree = loadTree('yubei-2023.txt')
    const path = writePdf('sample-report.pdf', await toPdf(tree, { preset: 'report' }))
    expect(tool('qpdf', ['--check', path])).toMatch(/No syntax or stream encoding errors/)
    const text = withoutSpace(tool('pdftotext', ['-enc', 'UTF-8', path, '-']))
    // The tree's text appears in order (the cover line, header and page numbers are extra).
    let at = 0
    for (const ch of withoutSpace(treeText(tree))) {
      at = text.indexOf(ch, at)
      expect(at, `missing ${ch}`).toBeGreaterThanOrEqual(0)
      at++
    }
    const page2 = tool('pdftotext', ['-f', '2', '-l', '2', '-layout', '-enc', 'UTF-8', path, '-'])
    expect(page2.split('\n')[0]?.trim()).toBe('重庆市渝北区人民政府工作报告')
  })
})
