import type { Font, Subset } from 'fontkit'
import { glyphOffset } from './lazy-glyf.js'

/** A glyph ready to embed: its TrueType bytes and horizontal metrics. */
export interface CachedGlyph {
  bytes: Uint8Array
  advance: number
  bearing: number
}

/** Add a glyph's bytes and metrics to a subset, as fontkit's own `_addGlyph` does; returns its new id. */
export function appendGlyph(subset: Subset, entry: CachedGlyph): number {
  subset.glyf.push(entry.bytes)
  subset.loca.offsets.push(subset.offset)
  subset.hmtx.metrics.push({ advance: entry.advance, bearing: entry.bearing })
  subset.offset += entry.bytes.length
  return subset.glyf.length - 1
}

interface TrueTypeInternals {
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array }
}

/**
 * Every document re-embeds the same popular glyphs, and fontkit re-reads and
 * re-parses each one per document. Keep the bytes and metrics of simple
 * glyphs for the life of the process (composite glyphs, whose component ids
 * are renumbered per subset, still take fontkit's path).
 */
export function cacheSubsetGlyphs(font: Font): Font {
  const cache = new Map<number, CachedGlyph | null>()
  const internals = font as unknown as TrueTypeInternals
  const createSubset = font.createSubset.bind(font)
  font.createSubset = () => {
    const subset: Subset = createSubset()
    const original = subset._addGlyph.bind(subset)
    subset._addGlyph = function addGlyph(this: Subset, gid: number): number {
      let entry = cache.get(gid)
      if (entry === undefined) {
        entry = readSimpleGlyph(font, internals, gid)
        cache.set(gid, entry)
      }
      if (entry === null) return original(gid)
      return appendGlyph(this, entry)
    }
    return subset
  }
  return font
}

function readSimpleGlyph(font: Font, internals: TrueTypeInternals, gid: number): CachedGlyph | null {
  // First: the font may read a glyph's bytes only when it hands the glyph out (lazy-glyf).
  const glyph = font.getGlyph(gid)
  const start = glyphOffset(font, gid)
  const end = Math.max(start, glyphOffset(font, gid + 1))
  const stream = internals._getTableStream('glyf')
  stream.pos += start
  // Copy: the stream's buffer is the whole font file.
  const bytes = new Uint8Array(stream.readBuffer(end - start))
  // A negative contour count marks a composite glyph; read it from the bytes
  // rather than have fontkit decode every point of the outline.
  if (bytes.length >= 2 && ((bytes[0] as number) & 0x80) !== 0) return null
  return { bytes, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing }
}
