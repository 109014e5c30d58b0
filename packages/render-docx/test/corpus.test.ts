import { readdirSync, readFileSync } from 'node:fs'
import { brotliDecompressSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { parse } from '@gongwen/parser'
import { toDocx } from '../src/index.js'
import { firstMissingInOrder, fixture, lineTexts, paragraphs, part, squash, unzipDocx, withoutToc } from './helpers.js'

/**
 * Every document of the development corpus (stored brotli-compressed; the
 * national-govcn pages alone are 16 MB of text) converts, in both presets,
 * with all its text in the document in order.
 */
const files = readdirSync(fixture('corpus')).filter((name) => name.endsWith('.br')).sort()

describe('corpus', () => {
  it('has the corpus fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(130)
  })

  it('converts every document in both presets with all its text', async () => {
    const failures: string[] = []
    for (const name of files) {
      const { tree } = parse(brotliDecompressSync(readFileSync(fixture(`corpus/${name}`))))
      for (const preset of ['official', 'report'] as const) {
        try {
          const bytes = await toDocx(tree, { preset })
          if (preset === 'official') {
            const doc = withoutToc(part(unzipDocx(bytes), 'word/document.xml'))
            const texts = paragraphs(doc).map((p) => squash(p.text))
            const expected = lineTexts({ ...tree, children: tree.children.filter((c) => c.type !== 'toc') })
            const missing = firstMissingInOrder(expected, texts)
            if (missing !== undefined) failures.push(`${name}: missing ${missing.slice(0, 30)}`)
          }
        } catch (error) {
          failures.push(`${name} (${preset}): ${(error as Error).message}`)
        }
      }
    }
    expect(failures).toEqual([])
  }, 120_000)
})
