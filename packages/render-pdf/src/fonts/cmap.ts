import type { Font, Glyph } from 'fontkit'

interface CmapInternals {
  /** WOFF2 only: inflate the tables (their offsets are unknown before). */
  _decompress?(): void
  _getTableStream(tag: string): { buffer: Uint8Array; pos: number } | null
  getGlyph(gid: number, codePoints?: number[]): Glyph
}

/** fontkit's order of preference among Unicode subtables (`CmapProcessor.findSubtable`). */
const PREFERENCE: Array<[number, number]> = [
  [3, 10],
  [0, 6],
  [0, 4],
  [3, 1],
  [0, 3],
  [0, 2],
  [0, 1],
  [0, 0],
]

/**
 * fontkit finds a glyph by a binary search whose every step decodes a
 * record through its struct reader, which made the first sight of each
 * character (thousands per document, in every worker) costly. Search the
 * raw subtable bytes instead: the same subtable fontkit picks, the same
 * answers (formats 4 and 12; a font with another format keeps fontkit's).
 */
export function useRawCmap(font: Font): Font {
  const internals = font as unknown as CmapInternals
  internals._decompress?.()
  const stream = internals._getTableStream('cmap')
  if (!stream) return font
  const bytes = stream.buffer
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const base = stream.pos
  const count = view.getUint16(base + 2)
  let subtable = -1
  for (const [platform, encoding] of PREFERENCE) {
    for (let i = 0; i < count && subtable < 0; i++) {
      const record = base + 4 + 8 * i
      if (view.getUint16(record) === platform && view.getUint16(record + 2) === encoding) subtable = base + view.getUint32(record + 4)
    }
    if (subtable >= 0) break
  }
  if (subtable < 0) return font
  const format = view.getUint16(subtable)
  let lookup: (cp: number) => number
  if (format === 12) {
    const groups = view.getUint32(subtable + 12)
    const first = subtable + 16
    lookup = (cp) => {
      let lo = 0
      let hi = groups - 1
      while (lo <= hi) {
        const mid = (lo + hi) >> 1
        const at = first + 12 * mid
        if (cp < view.getUint32(at)) hi = mid - 1
        else if (cp > view.getUint32(at + 4)) lo = mid + 1
        else return view.getUint32(at + 8) + (cp - view.getUint32(at))
      }
      return 0
    }
  } else if (format === 4) {
    const end = subtable + view.getUint16(subtable + 2)
    const segments = view.getUint16(subtable + 6) >> 1
    const ends = subtable + 14
    const starts = ends + 2 * segments + 2
    const deltas = starts + 2 * segments
    const rangeOffsets = deltas + 2 * segments
    lookup = (cp) => {
      let lo = 0
      let hi = segments - 1
      while (lo <= hi) {
        const mid = (lo + hi) >> 1
        const start = view.getUint16(starts + 2 * mid)
        if (cp < start) hi = mid - 1
        else if (cp > view.getUint16(ends + 2 * mid)) lo = mid + 1
        else {
          const rangeOffset = view.getUint16(rangeOffsets + 2 * mid)
          const delta = view.getInt16(deltas + 2 * mid)
          if (rangeOffset === 0) return (cp + delta) & 0xffff
          // idRangeOffset counts bytes from its own slot to the glyph id.
          const at = rangeOffsets + 2 * mid + rangeOffset + 2 * (cp - start)
          const gid = at + 2 <= end ? view.getUint16(at) : 0
          return gid === 0 ? 0 : (gid + delta) & 0xffff
        }
      }
      return 0
    }
  } else {
    return font
  }
  font.glyphForCodePoint = (cp: number) => internals.getGlyph(lookup(cp), [cp])
  font.hasGlyphForCodePoint = (cp: number) => lookup(cp) !== 0
  return font
}
