import { brotliDecompressSync } from 'node:zlib'
import type { Font, Path, Subset } from 'fontkit'
import { appendGlyph, type CachedGlyph } from './subset-cache.js'

/**
 * fontkit reads WOFF2 outlines but its subsetter copies the *transformed*
 * WOFF2 glyf bytes into the embedded TrueType font, which draws nothing, and
 * its own glyph re-encoder is broken with restructure 3. So for WOFF2 faces
 * we re-encode every embedded glyph from its decoded outline.
 */
export function repairWoff2Subsetting(font: Font): Font {
  const createSubset = font.createSubset.bind(font)
  font.createSubset = () => {
    const subset: Subset = createSubset()
    subset._addGlyph = function addGlyph(this: Subset, gid: number): number {
      return appendGlyph(this, woff2Glyph(this.font, gid))
    }
    return subset
  }
  return font
}

// Decoding and re-encoding an outline costs far more than embedding it, and
// every document embeds the same glyphs: do it once per glyph per process.
const encoded = new WeakMap<Font, Map<number, CachedGlyph>>()

/** Glyph `gid` of a WOFF2 font as TrueType bytes to embed, with its metrics. */
export function woff2Glyph(font: Font, gid: number): CachedGlyph {
  let byGid = encoded.get(font)
  if (!byGid) {
    byGid = new Map()
    encoded.set(font, byGid)
  }
  let entry = byGid.get(gid)
  if (!entry) {
    const glyph = font.getGlyph(gid)
    entry = { bytes: encodeSimpleGlyph(glyph.path), advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing }
    byGid.set(gid, entry)
  }
  return entry
}

const ON_CURVE = 0x01

/**
 * Encode a quadratic outline as a TrueType simple glyph. Composite glyphs
 * arrive here already flattened into one path, which is fine for embedding.
 * No instructions: PDF viewers do not hint.
 */
export function encodeSimpleGlyph(path: Path): Uint8Array {
  const xs: number[] = []
  const ys: number[] = []
  const flags: number[] = []
  const endPts: number[] = []
  let open = false
  for (const { command, args } of path.commands) {
    if (command === 'moveTo') {
      if (open) endPts.push(xs.length - 1)
      open = true
      push(args[0], args[1], true)
    } else if (command === 'lineTo') {
      push(args[0], args[1], true)
    } else if (command === 'quadraticCurveTo') {
      push(args[0], args[1], false)
      push(args[2], args[3], true)
    } else if (command === 'bezierCurveTo') {
      // Not expected from TrueType-flavoured WOFF2; approximate by the end point.
      push(args[4], args[5], true)
    } else if (command === 'closePath') {
      if (open && xs.length > 0) endPts.push(xs.length - 1)
      open = false
    }
  }
  if (open && xs.length > 0) endPts.push(xs.length - 1)
  if (endPts.length === 0) return new Uint8Array(0)

  const n = xs.length
  const size = 10 + 2 * endPts.length + 2 + n + 4 * n
  const padded = size + ((4 - (size % 4)) % 4)
  const out = new Uint8Array(padded)
  const view = new DataView(out.buffer)
  view.setInt16(0, endPts.length)
  view.setInt16(2, Math.min(...xs))
  view.setInt16(4, Math.min(...ys))
  view.setInt16(6, Math.max(...xs))
  view.setInt16(8, Math.max(...ys))
  let pos = 10
  for (const e of endPts) {
    view.setUint16(pos, e)
    pos += 2
  }
  view.setUint16(pos, 0)
  pos += 2
  for (const f of flags) out[pos++] = f
  let last = 0
  for (const x of xs) {
    view.setInt16(pos, x - last)
    last = x
    pos += 2
  }
  last = 0
  for (const y of ys) {
    view.setInt16(pos, y - last)
    last = y
    pos += 2
  }
  return out

  function push(x: number | undefined, y: number | undefined, on: boolean): void {
    xs.push(Math.round(x ?? 0))
    ys.push(Math.round(y ?? 0))
    flags.push(on ? ON_CURVE : 0)
  }
}

interface Woff2Internals {
  _decompressed: boolean
  _dataPos: number
  stream: { pos: number; readBuffer(length: number): Uint8Array; constructor: new (buffer: Uint8Array) => unknown }
  directory: { totalCompressedSize: number; tables: Record<string, { offset: number; length: number; transformLength?: number }> }
}

/**
 * fontkit inflates WOFF2 with a JavaScript Brotli decoder, which takes
 * ~60 ms a file; Node's own Brotli does it in about a millisecond. Same
 * steps as fontkit's `_decompress`, other decoder.
 */
export function useNativeBrotli(font: Font): Font {
  const woff2 = font as unknown as Woff2Internals & { _decompress(): void }
  woff2._decompress = function decompress(this: Woff2Internals): void {
    if (this._decompressed) return
    this.stream.pos = this._dataPos
    const compressed = this.stream.readBuffer(this.directory.totalCompressedSize)
    let size = 0
    for (const entry of Object.values(this.directory.tables)) {
      entry.offset = size
      size += entry.transformLength ?? entry.length
    }
    const data = new Uint8Array(brotliDecompressSync(compressed))
    if (data.length < size) throw new Error('Error decoding compressed data in WOFF2')
    const DecodeStream = this.stream.constructor
    this.stream = new DecodeStream(data) as Woff2Internals['stream']
    this._decompressed = true
  }
  return font
}

interface Woff2GlyfInternals {
  _decompress(): void
  _transformGlyfTable(): void
  _transformedGlyphs?: unknown[]
  stream: { buffer: Uint8Array }
  directory: { tables: Record<string, { offset: number } | undefined> }
}

/** What fontkit's WOFF2 reader makes of one glyph: contour count and points. */
interface DecodedGlyph {
  numberOfContours: number
  points?: Array<{ onCurve: boolean; endContour: boolean; x: number; y: number }>
}

/** Bytes of the glyph stream a point takes, by its flag (WOFF2 triplet encoding). */
function tripletBytes(flag: number): number {
  if (flag < 84) return 1
  if (flag < 120) return 2
  if (flag < 124) return 3
  return 4
}

/**
 * fontkit decodes the whole transformed `glyf` table of a WOFF2 file into
 * point objects as soon as any glyph of the file is asked for, though a
 * document needs a handful of the file's glyphs. Instead, walk the streams
 * once to find where each glyph starts (a byte per point, no objects), and
 * decode a glyph the first time fontkit reads it — into the same objects
 * fontkit makes. Files with composite glyphs keep fontkit's decoder.
 */
export function decodeWoff2GlyphsLazily(font: Font): Font {
  const woff2 = font as unknown as Woff2GlyfInternals
  const decodeAll = woff2._transformGlyfTable.bind(woff2)
  woff2._transformGlyfTable = function transformGlyfTable(this: Woff2GlyfInternals): void {
    this._decompress()
    const table = this.directory.tables['glyf']
    if (!table) return decodeAll()
    const bytes = this.stream.buffer
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const head = table.offset
    const count = view.getUint16(head + 4)
    const sizes: number[] = []
    for (let k = 0; k < 7; k++) sizes.push(view.getUint32(head + 8 + 4 * k))
    const starts: number[] = []
    let at = head + 36
    for (const size of sizes) {
      starts.push(at)
      at += size
    }
    const [contourStream, pointStream, flagStream, glyphStream] = starts as [number, number, number, number]
    const read255 = (pos: number): [number, number] => {
      const code = bytes[pos] as number
      if (code === 253) return [view.getUint16(pos + 1), pos + 3]
      if (code === 255) return [(bytes[pos + 1] as number) + 253, pos + 2]
      if (code === 254) return [(bytes[pos + 1] as number) + 506, pos + 2]
      return [code, pos + 1]
    }
    // Where each glyph's data starts in the point-count, flag and glyph streams.
    const pointsAt = new Int32Array(count)
    const flagsAt = new Int32Array(count)
    const glyphsAt = new Int32Array(count)
    let points = pointStream
    let flags = flagStream
    let glyphs = glyphStream
    for (let i = 0; i < count; i++) {
      pointsAt[i] = points
      flagsAt[i] = flags
      glyphsAt[i] = glyphs
      const contours = view.getInt16(contourStream + 2 * i)
      if (contours < 0) return decodeAll()
      if (contours === 0) continue
      let total = 0
      for (let c = 0; c < contours; c++) {
        const [n, next] = read255(points)
        total += n
        points = next
      }
      for (let p = 0; p < total; p++) glyphs += tripletBytes((bytes[flags++] as number) & 0x7f)
      glyphs = read255(glyphs)[1] // instruction length (the instructions themselves are another stream)
    }

    const decode = (i: number): DecodedGlyph => {
      const contours = view.getInt16(contourStream + 2 * i)
      const glyph: DecodedGlyph = { numberOfContours: contours }
      if (contours <= 0) return glyph
      let pos = pointsAt[i] as number
      const ends: number[] = []
      let total = 0
      for (let c = 0; c < contours; c++) {
        const [n, next] = read255(pos)
        total += n
        ends.push(total)
        pos = next
      }
      let f = flagsAt[i] as number
      let g = glyphsAt[i] as number
      let x = 0
      let y = 0
      const out: NonNullable<DecodedGlyph['points']> = []
      const sign = (flag: number, value: number): number => (flag & 1 ? value : -value)
      for (let p = 0; p < total; p++) {
        let flag = bytes[f++] as number
        const onCurve = !(flag >> 7)
        flag &= 0x7f
        let dx: number
        let dy: number
        if (flag < 10) {
          dx = 0
          dy = sign(flag, ((flag & 14) << 7) + (bytes[g++] as number))
        } else if (flag < 20) {
          dx = sign(flag, (((flag - 10) & 14) << 7) + (bytes[g++] as number))
          dy = 0
        } else if (flag < 84) {
          const b0 = flag - 20
          const b1 = bytes[g++] as number
          dx = sign(flag, 1 + (b0 & 0x30) + (b1 >> 4))
          dy = sign(flag >> 1, 1 + ((b0 & 0x0c) << 2) + (b1 & 0x0f))
        } else if (flag < 120) {
          const b0 = flag - 84
          dx = sign(flag, 1 + (Math.floor(b0 / 12) << 8) + (bytes[g++] as number))
          dy = sign(flag >> 1, 1 + (((b0 % 12) >> 2) << 8) + (bytes[g++] as number))
        } else if (flag < 124) {
          const b1 = bytes[g++] as number
          const b2 = bytes[g++] as number
          dx = sign(flag, (b1 << 4) + (b2 >> 4))
          dy = sign(flag >> 1, ((b2 & 0x0f) << 8) + (bytes[g++] as number))
        } else {
          dx = sign(flag, view.getUint16(g))
          dy = sign(flag >> 1, view.getUint16(g + 2))
          g += 4
        }
        x += dx
        y += dy
        out.push({ onCurve, endContour: false, x, y })
      }
      for (const end of ends) (out[end - 1] as { endContour: boolean }).endContour = true
      glyph.points = out
      return glyph
    }

    const decoded: Array<DecodedGlyph | undefined> = []
    this._transformedGlyphs = new Proxy(decoded, {
      get(target, key, receiver) {
        if (typeof key === 'string') {
          const i = Number(key)
          if (Number.isInteger(i) && i >= 0 && i < count) return (target[i] ??= decode(i))
        }
        return Reflect.get(target, key, receiver)
      },
    })
  }
  return font
}
