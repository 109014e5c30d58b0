import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import type { Font, Glyph } from 'fontkit'

/** A TrueType file read but for its outlines, which are read glyph by glyph. */
export interface LazyFontFile {
  bytes: Buffer
  /** Install on the parsed font: reads a glyph's outline the first time the glyph is asked for. */
  attach(font: Font): Font
}

const GLYF = 0x676c7966 // 'glyf'

/**
 * A CJK TrueType file is ~15 MB, 97 % of it outlines (`glyf`), and a
 * document uses a few thousand of its 30,000 glyphs. Read every other table
 * now and leave the outlines as zeroed (so untouched, not resident) memory;
 * each glyph's bytes are read from the file when fontkit first hands the
 * glyph out. Saves ~15 ms and ~14 MB per face in every process and worker.
 */
export function readFontLazily(path: string): LazyFontFile {
  const fd = openSync(path, 'r')
  const bytes = Buffer.alloc(fstatSync(fd).size)
  const read = (position: number, length: number): void => {
    let done = 0
    while (done < length) {
      const n = readSync(fd, bytes, position + done, length - done, position + done)
      if (n === 0) throw new Error(`${path}: unexpected end of file`)
      done += n
    }
  }
  read(0, 12)
  const count = bytes.readUInt16BE(4)
  read(12, 16 * count)
  let glyf: { offset: number; length: number } | undefined
  for (let i = 0; i < count; i++) {
    const entry = 12 + 16 * i
    const offset = bytes.readUInt32BE(entry + 8)
    const length = bytes.readUInt32BE(entry + 12)
    if (offset + length > bytes.length) throw new Error(`${path}: table outside the file`)
    if (bytes.readUInt32BE(entry) === GLYF) glyf = { offset, length }
    else read(offset, length)
  }
  if (!glyf) {
    closeSync(fd)
    return { bytes, attach: (font) => font }
  }
  const table = glyf
  return {
    bytes,
    attach(font: Font): Font {
      const loaded = new Uint8Array(font.numGlyphs)
      const getGlyph = font.getGlyph.bind(font)
      // Composite glyphs reach their components through getGlyph too.
      font.getGlyph = (gid: number, codePoints?: number[]): Glyph => {
        if (gid >= 0 && gid < loaded.length && loaded[gid] === 0) {
          const start = glyphOffset(font, gid)
          const end = Math.max(start, glyphOffset(font, gid + 1))
          if (end > start && end <= table.length) read(table.offset + start, end - start)
          loaded[gid] = 1
        }
        return getGlyph(gid, codePoints)
      }
      return font
    },
  }
}

interface LocaInternals {
  head: { indexToLocFormat: number }
  directory: { tables: Record<string, { length: number } | undefined> }
  _getTableStream(tag: string): { buffer: Uint8Array; pos: number } | null
}

const locaReaders = new WeakMap<Font, (gid: number) => number>()

/**
 * Where glyph `gid` starts in `glyf` (and `gid + 1`, where it ends), read from
 * the raw loca table: fontkit decodes the whole table into an array of
 * 30,000 numbers (~6 ms a face) the first time anything asks for one.
 */
export function glyphOffset(font: Font, gid: number): number {
  let read = locaReaders.get(font)
  if (!read) {
    const internals = font as unknown as LocaInternals
    const entry = internals.directory.tables['loca']
    const stream = internals._getTableStream('loca')
    if (!entry || !stream) {
      read = (g) => font.loca.offsets[g] ?? 0
    } else {
      const { buffer, pos } = stream
      const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength)
      const short = internals.head.indexToLocFormat === 0
      const count = entry.length / (short ? 2 : 4)
      read = short ? (g) => (g < count ? 2 * view.getUint16(pos + 2 * g) : 0) : (g) => (g < count ? view.getUint32(pos + 4 * g) : 0)
    }
    locaReaders.set(font, read)
  }
  return read(gid)
}
