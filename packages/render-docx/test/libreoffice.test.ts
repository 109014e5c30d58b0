import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { docxStyleTable, toDocx } from '../src/index.js'
import { lineTexts, sample, squash } from './helpers.js'

/**
 * The sample through LibreOffice (as CI installs it): the DOCX must open, lay
 * out to a plausible number of pages and carry every line of the tree. No CJK
 * font is needed: without one LibreOffice draws boxes but keeps the text.
 */

const presets = ['official', 'report'] as const
const dir = mkdtempSync(join(tmpdir(), 'render-docx-lo-'))

beforeAll(async () => {
  for (const preset of presets) {
    writeFileSync(join(dir, `${preset}.docx`), await toDocx(sample(), { preset }))
    // With its fonts embedded, LibreOffice lays the document out the same whatever the machine has.
    writeFileSync(join(dir, `${preset}-embedded.docx`), await toDocx(sample(), { preset, embedFonts: true }))
  }
  // A private profile, so runs in parallel (and a user's own LibreOffice) do not clash.
  const profile = `file://${join(dir, 'profile')}`
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...presets.flatMap((p) => [join(dir, `${p}.docx`), join(dir, `${p}-embedded.docx`)]),
    ],
    { stdio: 'pipe', timeout: 180_000 },
  )
}, 200_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

function pages(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
}

/**
 * The text inside the text block of every page (header and page number left
 * out), widened by two characters each side for punctuation hanging in the margin.
 */
function bodyText(pdf: string, preset: 'official' | 'report'): string {
  const { page } = docxStyleTable(preset).preset
  const hang = 40
  const crop = [
    ['-x', page.marginLeft - hang],
    ['-y', page.marginTop],
    ['-W', page.width - page.marginLeft - page.marginRight + 2 * hang],
    ['-H', page.height - page.marginTop - page.marginBottom],
  ].flatMap(([flag, value]) => [String(flag), String(Math.round(Number(value)))])
  return execFileSync('pdftotext', ['-r', '72', ...crop, pdf, '-'], { encoding: 'utf8' })
}

describe.each(presets)('LibreOffice PDF of the sample (%s)', (preset) => {
  it('has a plausible page count', () => {
    const count = pages(join(dir, `${preset}.pdf`))
    if (preset === 'official') {
      // 22 lines of 28 characters: the TOC page and about five pages of report.
      expect(count).toBeGreaterThanOrEqual(4)
      expect(count).toBeLessThanOrEqual(6)
    } else {
      expect(count).toBeGreaterThanOrEqual(3)
      expect(count).toBeLessThanOrEqual(7)
    }
  })

  it('contains every line of the tree, in order', () => {
    const text = squash(bodyText(join(dir, `${preset}.pdf`), preset))
    let at = 0
    for (const line of lineTexts(sample())) {
      const found = text.indexOf(line, at)
      expect(found, `missing or out of order: ${line.slice(0, 40)}`).toBeGreaterThanOrEqual(0)
      at = found + line.length
    }
  })

  it('estimates the TOC page numbers as LibreOffice lays the pages out', async () => {
    const pdf = join(dir, `${preset}-embedded.pdf`)
    const count = pages(pdf)
    const front = preset === 'official' ? 1 : 2
    const texts = Array.from({ length: count }, (_, i) =>
      squash(execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' })),
    )
    const toc = texts.slice(0, front).join('')
    let checked = 0
    const headings = sample().children.filter((node) => node.type === 'heading')
    for (const heading of headings.map((node) => lineTexts(node)[0])) {
      const at = toc.indexOf(heading)
      expect(at, heading).toBeGreaterThanOrEqual(0)
      const printed = /^\.*(\d+)/.exec(toc.slice(at + heading.length))?.[1]
      const actual = texts.findIndex((text, index) => index >= front && text.includes(heading)) + 1 - front
      expect(Number(printed), heading).toBe(actual)
      checked++
    }
    expect(checked).toBeGreaterThan(0)
  })

  it('numbers the body pages from 1 in the footer', () => {
    const pdf = join(dir, `${preset}.pdf`)
    const count = pages(pdf)
    const last = execFileSync('pdftotext', ['-f', String(count), '-l', String(count), pdf, '-'], { encoding: 'utf8' })
    // The front section is unnumbered and the body starts at 1: official has the TOC
    // page in front, report the cover and the TOC page.
    const expected = String(count - (preset === 'official' ? 1 : 2))
    expect(squash(last)).toMatch(preset === 'official' ? new RegExp(`—${expected}—$`) : new RegExp(`\\D${expected}$`))
  })
})
