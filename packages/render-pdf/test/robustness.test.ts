import { describe, expect, it } from 'vitest'
import { layoutPdf, toPdf } from '../src/index.js'
import { tool, writePdf } from './helpers.js'
import { doc, h, p } from './trees.js'

describe('unusual input', () => {
  it('renders an empty document as one valid page', async () => {
    const path = writePdf('empty.pdf', await toPdf(doc([], {})))
    expect(tool('qpdf', ['--check', path])).toMatch(/No syntax or stream encoding errors/)
    expect(tool('pdfinfo', [path])).toMatch(/Pages:\s+1\n/)
  })

  it('cuts an unbreakable string wider than the line instead of overflowing', () => {
    const url = 'https://www.example.gov.cn/' + 'abcdefghij'.repeat(20)
    const layout = layoutPdf(doc([p(`网址：${url}。`)]))
    const lines = layout.pages.flat()
    expect(lines.length).toBeGreaterThan(2)
    for (const line of lines) expect(line.right).toBeLessThanOrEqual(line.measureRight + 0.25)
    expect(lines.map((l) => l.segments.map((s) => s.text).join('')).join('')).toBe(`网址：${url}。`)
  })

  it('handles empty paragraphs, newlines in titles and running text, and headings without numbering', async () => {
    const tree = doc([
      { type: 'title', children: [{ type: 'text', value: '第一行标题\n第二行标题' }] },
      p(''),
      { type: 'heading', depth: 1, numbering: null, children: [{ type: 'text', value: '无编号标题' }] },
      p('源文本“\n一带一路\n”在此换行，Hello\nworld。'),
      h(3, '1．', '第三级'),
    ])
    const layout = layoutPdf(tree)
    const texts = layout.pages.flat().map((l) => l.segments.map((s) => s.text).join(''))
    expect(texts).toContain('第一行标题')
    expect(texts).toContain('第二行标题')
    // In running text a newline is the source's wrapping: joined in Chinese, a space in Latin.
    expect(texts).toContain('源文本“一带一路”在此换行，Hello world。')
    const path = writePdf('odd.pdf', await toPdf(tree, { toc: true }))
    expect(tool('qpdf', ['--check', path])).toMatch(/No syntax or stream encoding errors/)
  })
})
