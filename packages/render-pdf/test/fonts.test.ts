import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import * as fontkit from 'fontkit'
import { describe, expect, it } from 'vitest'
import { layoutPdf, loadedFontFileCount, resolveGlyph, toPdf } from '../src/index.js'
import { fontFileByKey } from '../src/fonts/index.js'
import { assembleSubsets } from '../src/fonts/subset-encode.js'
import { decodeWoff2GlyphsLazily, repairWoff2Subsetting, useNativeBrotli } from '../src/fonts/woff2.js'
import { tool, writePdf } from './helpers.js'
import { doc, h, p } from './trees.js'

const require = createRequire(import.meta.url)
/** The folder of LXGW WenKai's WOFF2 files. */
const KAI_DIR = join(dirname(require.resolve('lxgw-wenkai-webfont/package.json')), 'files')

const RARE = '𠀀𠀁①②⑩⑳℃㎡'

describe('glyph fallback', () => {
  const tree = doc([
    h(1, '一、', '气温25℃与面积㎡'),
    h(2, '（一）', '楷体标题含①⑳和𠀀'),
    p(`正文含生僻字${RARE}，以及“引号”和（括号）。`),
  ])

  it('draws every character from a font that has it, and never glyph 0', () => {
    const layout = layoutPdf(tree)
    let substitutes = ''
    let drawn = 0
    for (const line of layout.pages.flat()) {
      for (const seg of line.segments) {
        if (seg.fontKey === null) {
          substitutes += seg.text
          continue
        }
        const font = fontFileByKey(seg.fontKey).font
        for (const ch of seg.text) {
          const cp = ch.codePointAt(0) as number
          expect(font.glyphForCodePoint(cp).id, `${ch} in ${seg.fontKey}`).not.toBe(0)
          drawn++
        }
      }
    }
    expect(drawn).toBeGreaterThan(30)
    // Only Extension B is left to the visible substitute: no npm font covers it.
    expect([...substitutes].every((ch) => (ch.codePointAt(0) as number) >= 0x20000)).toBe(true)
    expect(substitutes).toContain('𠀀')
  })

  it('uses the Kai face for level-2 headings and another font for what it lacks', () => {
    const layout = layoutPdf(tree)
    const heading2 = layout.pages.flat().find((l) => layout.blocks[l.block]?.role === 'heading2')
    const keys = heading2?.segments.map((s) => s.fontKey) ?? []
    expect(keys).toContain('kai')
    const body = layout.pages.flat().find((l) => layout.blocks[l.block]?.role === 'body')
    expect(body?.segments[0]?.fontKey).toBe('serif')
  })

  it('keeps the rare characters in the extracted text', async () => {
    const path = writePdf('fallback.pdf', await toPdf(tree))
    const text = tool('pdftotext', ['-enc', 'UTF-8', path, '-'])
    // In place, not collected somewhere else on the page.
    expect(text.replace(/\s+/g, '')).toContain(`正文含生僻字${RARE}，以及`)
    expect(text.replace(/\s+/g, '')).toContain('楷体标题含①⑳和𠀀')
    const fonts = tool('pdffonts', [path])
    expect(fonts).toMatch(/LXGWWenKai/)
    expect(fonts).toMatch(/NotoSerifSC/)
    expect(fonts).toMatch(/NotoSansSC/)
  })
})

describe('font loading', () => {
  it('reads each font file once per process', async () => {
    const tree = doc([h(1, '一、', '标题'), h(2, '（一）', '小标题'), p('正文。')])
    await toPdf(tree)
    const after = loadedFontFileCount()
    expect(after).toBeGreaterThan(2)
    await toPdf(tree)
    await toPdf(tree, { preset: 'official' })
    expect(loadedFontFileCount()).toBe(after)
  })
})

describe('font internals', () => {
  it('finds the same glyph for every BMP character as fontkit does (raw cmap reader)', async () => {
    expect(resolveGlyph('serif', 0x4e00)).toBeTruthy()
    const sources: Array<[string, string]> = [
      ['serif', require.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf')],
    ]
    for (const [key, path] of sources) {
      const ours = fontFileByKey(key).font
      const theirs = fontkit.create(readFileSync(path)) as unknown as { _cmapProcessor: { lookup(cp: number): number } }
      let mismatches = 0
      for (let cp = 0; cp < 0x10000; cp++) {
        const expected = theirs._cmapProcessor.lookup(cp)
        const found = ours.hasGlyphForCodePoint(cp) ? ours.glyphForCodePoint(cp).id : 0
        if (found !== expected) mismatches++
      }
      expect(mismatches, key).toBe(0)
    }
  })

  it('embeds the same font bytes as fontkit does from the whole file (lazily read outlines, cached glyphs, assembled subset)', async () => {
    // A document first, so the caches are warm as in a batch.
    await toPdf(doc([p('政府工作报告：经济社会发展，２０２５年增长５％。')]))
    const text = '各位代表：现在，我代表省人民政府，向大会作政府工作报告（2026年）。“十五五”规划①'
    const ours = fontFileByKey('serif').font
    const theirs = fontkit.create(readFileSync(require.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf')))
    const subsetOf = (font: typeof ours) => {
      const subset = font.createSubset() as unknown as { includeGlyph(gid: number): number; encode(): Uint8Array }
      for (const ch of text) subset.includeGlyph(font.glyphForCodePoint(ch.codePointAt(0) as number).id)
      return subset.encode()
    }
    const expected = subsetOf(theirs)
    expect(expected.length).toBeGreaterThan(1000)
    expect(Buffer.compare(Buffer.from(subsetOf(ours)), Buffer.from(expected))).toBe(0)
  })

  it('decodes WOFF2 glyphs one at a time into what fontkit decodes for the whole file', async () => {
        const files = readdirSync(KAI_DIR).filter((f) => /^lxgwwenkai-regular-subset-\d+\.woff2$/.test(f)).sort().slice(0, 6)
    expect(files.length).toBe(6)
    type Decoded = { numberOfContours: number; points?: Array<{ onCurve: boolean; endContour: boolean; x: number; y: number }> }
    type Woff2 = { numGlyphs: number; _transformGlyfTable(): void; _transformedGlyphs: Decoded[] }
    const shape = (g: Decoded) => [g.numberOfContours, (g.points ?? []).map((p) => [p.onCurve, Boolean(p.endContour), p.x, p.y])]
    let compared = 0
    for (const file of files) {
      const bytes = readFileSync(join(KAI_DIR, file))
      const whole = useNativeBrotli(fontkit.create(bytes)) as unknown as Woff2
      const lazy = decodeWoff2GlyphsLazily(useNativeBrotli(fontkit.create(bytes))) as unknown as Woff2
      whole._transformGlyfTable()
      lazy._transformGlyfTable()
      // Backwards, so no glyph is decoded in stream order by accident.
      for (let i = whole.numGlyphs - 1; i >= 0; i--) {
        expect(shape(lazy._transformedGlyphs[i] as Decoded), `${file} glyph ${i}`).toEqual(shape(whole._transformedGlyphs[i] as Decoded))
        compared++
      }
    }
    expect(compared).toBeGreaterThan(100)
  })

  it('assembles WOFF2 subsets byte for byte as fontkit encodes them (template from the raw tables)', async () => {
        const files = readdirSync(KAI_DIR).filter((f) => /^lxgwwenkai-regular-subset-\d+\.woff2$/.test(f)).sort().slice(0, 10)
    expect(files.length).toBe(10)
    for (const file of files) {
      const font = assembleSubsets(repairWoff2Subsetting(decodeWoff2GlyphsLazily(useNativeBrotli(fontkit.create(readFileSync(join(KAI_DIR, file)))))))
      const gids = [1, 2, Math.floor(font.numGlyphs / 2), font.numGlyphs - 1]
      const make = () => {
        const subset = font.createSubset() as unknown as { includeGlyph(gid: number): number; encode(): Uint8Array }
        for (const gid of gids) subset.includeGlyph(gid)
        return subset
      }
      const fontkitSubset = make()
      const theirs = (Object.getPrototypeOf(fontkitSubset) as { encode(): Uint8Array }).encode.call(fontkitSubset)
      expect(Buffer.compare(Buffer.from(make().encode()), Buffer.from(theirs)), file).toBe(0)
    }
  })
})

describe('the Kai face as one font', () => {
  it('relies on tables that every file of the face shares', async () => {
    const files = readdirSync(KAI_DIR).filter((f) => /^lxgwwenkai-regular-subset-\d+\.woff2$/.test(f))
    expect(files.length).toBeGreaterThan(50)
    type Tables = { _decompress(): void; directory: { tables: Record<string, { length: number }> }; _getTableStream(tag: string): { buffer: Uint8Array; pos: number } }
    const variants = new Map<string, Set<string>>()
    for (const file of files) {
      const font = fontkit.create(readFileSync(join(KAI_DIR, file))) as unknown as Tables
      font._decompress()
      for (const tag of ['head', 'hhea', 'maxp']) {
        const stream = font._getTableStream(tag)
        const bytes = Buffer.from(stream.buffer.slice(stream.pos, stream.pos + (font.directory.tables[tag]?.length ?? 0)))
        // What a subset patches or what differs by file anyway: checksum, metric count, glyph count.
        if (tag === 'head') bytes.fill(0, 8, 12)
        if (tag === 'hhea') bytes.fill(0, 34, 36)
        if (tag === 'maxp') bytes.fill(0, 4, 6)
        const seen = variants.get(tag) ?? new Set()
        seen.add(bytes.toString('hex'))
        variants.set(tag, seen)
      }
    }
    for (const [tag, seen] of variants) expect(seen.size, tag).toBe(1)
  })

  it('embeds one Kai font for text from many of its files', async () => {
    // Characters from across the face's ranges, so several files are involved.
    const heading = '楷体标题：覆盖鳌鹦鹉龟鳖麒麟饕餮魑魅魍魉的字'
    const tree = doc([h(2, '（一）', heading), p('正文。')])
    const layout = layoutPdf(tree)
    const keys = new Set(layout.pages.flat().flatMap((l) => l.segments.map((s) => s.fontKey)))
    expect(keys).toContain('kai')
    const parts = new Set<number>()
    const css = readFileSync(require.resolve('lxgw-wenkai-webfont/lxgwwenkai-regular.css'), 'utf8')
    for (const ch of heading) {
      const cp = ch.codePointAt(0) as number
      for (const block of css.matchAll(/subset-(\d+)\.woff2[^;]*;\s*unicode-range:\s*([^;}]+)/g)) {
        const hit = (block[2] ?? '').split(',').some((r) => {
          const m = /U\+([0-9a-f]+)(?:-([0-9a-f]+))?/i.exec(r.trim())
          return m && cp >= parseInt(m[1] ?? '', 16) && cp <= parseInt(m[2] ?? m[1] ?? '', 16)
        })
        if (hit) parts.add(Number(block[1]))
      }
    }
    expect(parts.size).toBeGreaterThan(3)
    const path = writePdf('kai-merged.pdf', await toPdf(tree))
    const fonts = tool('pdffonts', [path])
    expect(fonts.match(/LXGWWenKai/g)?.length).toBe(1)
    expect(tool('pdftotext', ['-enc', 'UTF-8', path, '-']).replace(/\s+/g, '')).toContain(heading)
    expect(tool('qpdf', ['--check', path])).toMatch(/No syntax or stream encoding errors/)
  })

  it('writes glyph outlines as the files have them, with long loca offsets once they outgrow short ones', async () => {
    const kai = resolveGlyph('kai', 0x4e00)
    expect(kai?.key).toBe('kai')
    const font = (kai as NonNullable<typeof kai>).font
    const subsetOf = (text: string) => {
      const subset = font.createSubset() as unknown as { includeGlyph(gid: number): number; encode(): Uint8Array }
      const chars = [...text].filter((ch) => font.hasGlyphForCodePoint(ch.codePointAt(0) as number))
      for (const ch of chars) subset.includeGlyph(font.glyphForCodePoint(ch.codePointAt(0) as number).id)
      return { chars, bytes: subset.encode() }
    }
    const commandsOf = (path: { commands: Array<{ command: string; args: number[] }> }) => path.commands.map((c) => [c.command, ...c.args.map(Math.round)].join(' ')).join(';')
    type Parsed = { head: { indexToLocFormat: number }; numGlyphs: number; getGlyph(id: number): { path: { commands: Array<{ command: string; args: number[] }> } } }

    // A handful of characters: the files' short offsets.
    const small = subsetOf('楷鳌鹦鹉龟鳖麒麟')
    const parsedSmall = fontkit.create(Buffer.from(small.bytes)) as unknown as Parsed
    expect(parsedSmall.head.indexToLocFormat).toBe(0)
    // Thousands of characters (a brief set wholly in Kai): more glyph data than short offsets reach.
    let many = ''
    for (let cp = 0x4e00; cp < 0x4e00 + 3000; cp++) many += String.fromCodePoint(cp)
    const large = subsetOf(many)
    const parsedLarge = fontkit.create(Buffer.from(large.bytes)) as unknown as Parsed
    expect(parsedLarge.head.indexToLocFormat).toBe(1)
    for (const [{ chars }, parsed] of [[small, parsedSmall], [large, parsedLarge]] as const) {
      expect(parsed.numGlyphs).toBe(chars.length + 1)
      chars.forEach((ch, i) => {
        const expected = commandsOf(font.glyphForCodePoint(ch.codePointAt(0) as number).path)
        expect(commandsOf(parsed.getGlyph(i + 1).path), ch).toBe(expected)
      })
    }
  })
})
