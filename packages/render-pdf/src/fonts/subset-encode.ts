import type { Font, Subset } from 'fontkit'

/**
 * The tables of a subset that do not depend on its glyphs (head, hhea,
 * maxp, cvt, prep, fpgm), as fontkit writes them, and the order of all.
 */
export interface Template {
  header: Uint8Array
  tags: string[]
  tables: Map<string, Uint8Array>
}

/**
 * fontkit writes every subset through its generic struct encoder, which
 * measures and writes each table field by field; for a few thousand CJK
 * glyphs per document that was most of the cost of embedding a font. The
 * output is simple: a table directory (checksums 0, tables end to end),
 * loca, glyf and hmtx from the glyphs, the other tables copied from the font
 * with the glyph count patched in. So fontkit writes a one-glyph subset once
 * per font, as a template, and each document's subset is assembled from it,
 * byte for byte what fontkit would write.
 */
export function assembleSubsets(font: Font): Font {
  let template: Template | undefined
  const createSubset = font.createSubset.bind(font)
  font.createSubset = () => {
    const subset: Subset = createSubset()
    const fontkitEncode = subset.encode.bind(subset)
    subset.encode = function encode(this: Subset): Uint8Array {
      template ??= rawTemplate(font) ?? fontkitTemplate(createSubset)
      // The source's loca format (fontkit's loca.version), without decoding loca.
      const version = (font as unknown as { head: { indexToLocFormat: number } }).head.indexToLocFormat
      addSubsetGlyphs(this, version)
      if (!template.tables.has('glyf') || !template.tables.has('loca') || !template.tables.has('hmtx')) return fontkitEncode()
      return assemble(template, this, version)
    }
    return subset
  }
  return font
}

/** Fresh glyf, loca and hmtx for a subset from its glyphs, through its `_addGlyph`. */
export function addSubsetGlyphs(subset: Subset, locaVersion: number): void {
  subset.glyf = []
  subset.offset = 0
  subset.loca = { offsets: [], version: locaVersion }
  subset.hmtx = { metrics: [], bearings: [] }
  // `_addGlyph` may append the components of composite glyphs as it goes.
  for (let i = 0; i < subset.glyphs.length; i++) subset._addGlyph(subset.glyphs[i] as number)
  subset.loca.offsets.push(subset.offset)
}

/** The template as fontkit writes it: a subset of glyph 0 only, taken apart. */
export function fontkitTemplate(createSubset: () => Subset): Template {
  return readTemplate(createSubset().encode())
}

/** The tables fontkit's subsetter writes, in its order; absent optional ones are left out. */
const SUBSET_TABLES = ['head', 'hhea', 'loca', 'maxp', 'cvt ', 'prep', 'glyf', 'hmtx', 'fpgm']
const OPTIONAL = new Set(['cvt ', 'prep', 'fpgm'])

interface TableInternals {
  _decompress?(): void
  directory: { tables: Record<string, { length: number } | undefined> }
  _getTableStream(tag: string): { buffer: Uint8Array; pos: number } | null
}

/**
 * The same template from the font's own table bytes, without running
 * fontkit's encoder (a few milliseconds per file, and a Kai document touches
 * dozens of files): fontkit decodes head, hhea, maxp, cvt, prep and fpgm and
 * writes them back unchanged but for the counts patched per subset (the
 * fonts test checks this on every bundled file). Null if a table is missing.
 */
export function rawTemplate(font: Font): Template | null {
  const internals = font as unknown as TableInternals
  internals._decompress?.()
  const tags: string[] = []
  const tables = new Map<string, Uint8Array>()
  for (const tag of SUBSET_TABLES) {
    if (tag === 'loca' || tag === 'glyf' || tag === 'hmtx') {
      tags.push(tag)
      tables.set(tag, new Uint8Array(0))
      continue
    }
    const entry = internals.directory.tables[tag]
    if (!entry || entry.length === 0) {
      if (OPTIONAL.has(tag)) continue
      return null
    }
    const stream = internals._getTableStream(tag)
    if (!stream) return null
    tags.push(tag)
    tables.set(tag, stream.buffer.slice(stream.pos, stream.pos + entry.length))
  }
  // The directory header: 'true', table count, and the binary-search fields.
  const header = new Uint8Array(12)
  const view = new DataView(header.buffer)
  for (let k = 0; k < 4; k++) header[k] = 'true'.charCodeAt(k)
  const count = tags.length
  const power = 2 ** Math.floor(Math.log2(count))
  view.setUint16(4, count)
  view.setUint16(6, power * 16)
  view.setUint16(8, Math.log2(power))
  view.setUint16(10, count * 16 - power * 16)
  return { header, tags, tables }
}

function readTemplate(bytes: Uint8Array): Template {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const count = view.getUint16(4)
  const tags: string[] = []
  const tables = new Map<string, Uint8Array>()
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i
    const tag = String.fromCharCode(...bytes.subarray(at, at + 4))
    const offset = view.getUint32(at + 8)
    const length = view.getUint32(at + 12)
    tags.push(tag)
    tables.set(tag, bytes.slice(offset, offset + length))
  }
  return { header: bytes.slice(0, 12), tags, tables }
}

/**
 * The subset's font file: the template's tables with loca, glyf and hmtx
 * from the subset's glyphs, and the glyph count and loca format patched in.
 */
export function assemble(template: Template, subset: Subset, locaVersion: number): Uint8Array {
  const glyphCount = subset.glyf.length
  const offsets = subset.loca.offsets
  const lengths = template.tags.map((tag) => {
    if (tag === 'glyf') return subset.offset
    if (tag === 'loca') return offsets.length * (locaVersion === 0 ? 2 : 4)
    if (tag === 'hmtx') return 4 * subset.hmtx.metrics.length
    return (template.tables.get(tag) as Uint8Array).length
  })
  const start = 12 + 16 * template.tags.length
  const out = new Uint8Array(start + lengths.reduce((a, b) => a + b, 0))
  const view = new DataView(out.buffer)
  out.set(template.header, 0)
  let pos = start
  template.tags.forEach((tag, i) => {
    const length = lengths[i] as number
    const entry = 12 + 16 * i
    for (let k = 0; k < 4; k++) out[entry + k] = tag.charCodeAt(k)
    view.setUint32(entry + 8, pos)
    view.setUint32(entry + 12, length)
    if (tag === 'glyf') {
      let at = pos
      for (const glyph of subset.glyf) {
        out.set(glyph, at)
        at += glyph.length
      }
    } else if (tag === 'loca') {
      let at = pos
      for (const offset of offsets) {
        if (locaVersion === 0) {
          view.setUint16(at, offset >>> 1)
          at += 2
        } else {
          view.setUint32(at, offset)
          at += 4
        }
      }
    } else if (tag === 'hmtx') {
      let at = pos
      for (const { advance, bearing } of subset.hmtx.metrics) {
        view.setUint16(at, advance)
        view.setInt16(at + 2, bearing)
        at += 4
      }
    } else {
      out.set(template.tables.get(tag) as Uint8Array, pos)
      if (tag === 'head') view.setInt16(pos + 50, locaVersion)
      else if (tag === 'hhea') view.setUint16(pos + 34, subset.hmtx.metrics.length)
      else if (tag === 'maxp') view.setUint16(pos + 4, glyphCount)
    }
    pos += length
  })
  return out
}
