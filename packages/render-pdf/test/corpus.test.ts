import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { NO_LINE_START, layoutPdf, toPdf } from '../src/index.js'
import { fixtures, loadTree, nodesOf, outlineEntries, tool, treeText, writePdf } from './helpers.js'

const files = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort()

describe('corpus documents', () => {
  it('has fixtures from every corpus folder', () => {
    expect(files.length).toBeGreaterThanOrEqual(10)
  })

  for (const file of files) {
    it(`renders ${file}`, async () => {
      const tree = loadTree(file)
      const preset = file.length % 2 ? 'official' : 'report'
      const path = writePdf(file.replace(/\.txt$/, '.pdf'), await toPdf(tree, { preset }))
      expect(tool('qpdf', ['--check', path])).toMatch(/No syntax or stream encoding errors/)
      const fonts = tool('pdffonts', [path]).trim().split('\n').slice(2)
      for (const row of fonts) expect(row).toMatch(/^[A-Z]{6}\+\S+\s.*\syes\s+yes\s+yes\s/)
      // Every character of the tree comes back, in order.
      const text = tool('pdftotext', ['-enc', 'UTF-8', path, '-']).replace(/\s+/g, '')
      let at = 0
      for (const ch of treeText(tree).replace(/\s+/g, '')) {
        const next = text.indexOf(ch, at)
        expect(next, `lost ${ch} after …${text.slice(Math.max(0, at - 20), at)}`).toBeGreaterThanOrEqual(0)
        at = next + 1
      }
      // A paragraph may itself begin with such a mark (`·` as a bullet); a line break may not put one there.
      const layout = layoutPdf(tree, { preset })
      const blockStarts = new Set(
        layout.pages.flat().filter((l) => l.index === 0).map((l) => l.segments.map((s) => s.text).join('').slice(0, 6)),
      )
      const layoutLines = tool('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-']).split('\n')
      const offenders = layoutLines
        .map((l) => l.trim())
        .filter((l) => l.length > 0 && NO_LINE_START.has(l[0] as string) && !blockStarts.has(l.replace(/\s+/g, '').slice(0, 6)))
      expect(offenders).toEqual([])
      const headings = nodesOf(tree, 'heading').length + nodesOf(tree, 'runInHeading').length
      expect(outlineEntries(path).length).toBe(headings)
    })
  }
})
