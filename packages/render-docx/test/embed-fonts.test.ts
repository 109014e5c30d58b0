import { describe, expect, it } from 'vitest'
import { toDocx } from '../src/index.js'
import { part, sample, unzipDocx } from './helpers.js'

describe('embedFonts', () => {
  it('embeds Noto Serif SC and Noto Sans SC, draws the text with them, and stays deterministic', async () => {
    const first = await toDocx(sample(), { embedFonts: true })
    const second = await toDocx(sample(), { embedFonts: true })
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)

    const parts = unzipDocx(first)
    const fonts = [...parts.keys()].filter((name) => name.startsWith('word/fonts/')).sort()
    expect(fonts).toEqual(['word/fonts/font1.odttf', 'word/fonts/font2.odttf'])
    const table = part(parts, 'word/fontTable.xml')
    expect(table).toMatch(/<w:font w:name="Noto Sans SC">[\s\S]*?<w:embedRegular r:id="rId\d" w:fontKey="\{[0-9A-F-]{36}\}"\/>/)
    expect(table).toMatch(/<w:font w:name="Noto Serif SC">[\s\S]*?<w:embedRegular /)
    const styles = part(parts, 'word/styles.xml')
    const eastAsia = new Set([...styles.matchAll(/<w:rFonts [^>]*w:eastAsia="([^"]+)"/g)].map((m) => m[1]))
    expect([...eastAsia].sort()).toEqual(['Noto Sans SC', 'Noto Serif SC'])
  }, 60_000)

  it('embeds nothing by default', async () => {
    const parts = unzipDocx(await toDocx(sample()))
    expect([...parts.keys()].some((name) => name.startsWith('word/fonts/'))).toBe(false)
    expect(part(parts, 'word/fontTable.xml')).not.toContain('w:embedRegular')
  })
})
