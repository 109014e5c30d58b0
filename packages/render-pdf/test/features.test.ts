import { describe, expect, it } from 'vitest'
import { layoutPdf, toPdf } from '../src/index.js'
import { loadTree, tool, writePdf } from './helpers.js'

describe('table of contents', () => {
  it('lists every bookmarked heading with the page it is printed on', async () => {
    const tree = loadTree('jiangxi_gzbg.txt')
    const layout = layoutPdf(tree, { toc: true })
    const entries = layout.blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.tocTarget !== undefined)
    expect(entries.length).toBeGreaterThan(5)
    const path = writePdf('toc.pdf', await toPdf(tree, { toc: true }))
    const pageText = (n: number): string => tool('pdftotext', ['-f', String(n), '-l', String(n), '-enc', 'UTF-8', path, '-']).replace(/\s+/g, '')
    const tocText = [1, 2].map(pageText).join('')
    expect(tocText).toContain('目录')
    for (const { b } of entries) {
      const target = b.tocTarget as number
      const page = (layout.blockPage[target] as number) + 1
      const title = (layout.blocks[target]?.outline?.title ?? '').replace(/\s+/g, '')
      // The entry shows the number, and that page shows the heading.
      expect(tocText).toContain(title + String(page))
      expect(pageText(page)).toContain(title.slice(0, 8))
    }
    // Each entry is a link to a named destination at its heading.
    const raw = tool('qpdf', ['--qdf', '--object-streams=disable', path, '-'])
    expect(raw.split('/Subtype /Link').length - 1).toBe(entries.length)
    for (const { b } of entries) expect(raw).toContain(`(block-${b.tocTarget})`)
    // The body starts on a page of its own after the contents.
    const firstBody = layout.blocks.findIndex((b, i) => i > (entries.at(-1)?.i ?? 0))
    expect(layout.blockPage[firstBody]).toBeGreaterThan(layout.blockPage[entries.at(-1)?.i ?? 0] as number)
  })
})

describe('PDF/A-2b', () => {
  it('writes XMP identification, an output intent and embedded fonts', async () => {
    const tree = loadTree('yubei-2023.txt')
    const bytes = await toPdf(tree, { pdfa: true })
    const path = writePdf('pdfa.pdf', bytes)
    expect(tool('qpdf', ['--check', path])).toMatch(/No syntax or stream encoding errors/)
    const raw = tool('qpdf', ['--qdf', '--object-streams=disable', path, '-'])
    expect(raw).toMatch(/<pdfaid:part>2<\/pdfaid:part>/)
    expect(raw).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/)
    expect(raw).toMatch(/\/OutputIntents/)
    expect(raw).toMatch(/\/S \/GTS_PDFA1/)
    expect(raw).toMatch(/\/DestOutputProfile/)
    // Same date in XMP as in the Info dictionary, and no wall-clock time.
    expect(raw).toMatch(/2023-02-08/)
    const again = await toPdf(tree, { pdfa: true })
    expect(Buffer.compare(Buffer.from(again), Buffer.from(bytes))).toBe(0)
  })
})
