import { brotliDecompressSync } from 'node:zlib'
import type { Font, Path, Subset } from 'fontkit'

/**
 * fontkit reads WOFF2 outlines but its subsetter copies the *transformed*
 * WOFF2 glyf bytes into the embedded TrueType font, which draws nothing, and
 * its own glyph re-encoder is broken with restructure 3. So for WOFF2 faces
 * we re-encode every embedded glyph from its decoded outline.
 */
export function repairWoff2Subsetting(font: Font): Font {
  // Decoding and re-encoding an outline costs far more than embedding it, and
  // every document embeds the same glyphs: do it once per glyph per process.
  const encoded = new Map<number, { bytes: Uint8Array; advance: number; bearing: number }>()
  const createSubset = font.createSubset.bind(font)
  font.createSubset = () => {
    const subset: Subset = createSubset()
    subset._addGlyph = function addGlyph(this: Subset, gid: number): number {
      let entry = encoded.get(gid)
      if (!entry) {
        const glyph = this.font.getGlyph(gid)
        entry = { bytes: encodeSimpleGlyph(glyph.path), advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing }
        encoded.set(gid, entry)
      }
      this.glyf.push(entry.bytes)
      this.loca.offsets.push(this.offset)
      this.hmtx.metrics.push({ advance: entry.advance, bearing: entry.bearing })
      this.offset += entry.bytes.length
      return this.glyf.length - 1
    }
    return subset
  }
  return font
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
