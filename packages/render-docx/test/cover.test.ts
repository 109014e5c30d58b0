import { describe, expect, it } from 'vitest'
import { toDocx } from '../src/index.js'
import { part, sample, unzipDocx } from './helpers.js'

describe('the report cover', () => {
  it('is a section of its own by default, and folds into the body with cover: false', async () => {
    const tree = sample()
    const withCover = part(unzipDocx(await toDocx(tree, { preset: 'report', toc: false })), 'word/document.xml')
    const without = part(unzipDocx(await toDocx(tree, { preset: 'report', toc: false, cover: false })), 'word/document.xml')
    const sections = (xml: string) => (xml.match(/<w:sectPr/g) ?? []).length
    expect(sections(withCover)).toBe(2)
    expect(sections(without)).toBe(1)
    expect(withCover).toContain('CoverTitle')
    expect(without).not.toContain('w:val="CoverTitle"')
  })
})
