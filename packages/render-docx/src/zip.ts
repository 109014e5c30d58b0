import * as zlib from 'node:zlib'

/**
 * Just enough ZIP to make docx.js output deterministic: read the entries of a
 * package, replace some, and write it again with a fixed timestamp. Entries
 * that are not replaced keep their compressed bytes (embedded fonts are not
 * inflated and deflated again).
 */

export interface ZipEntry {
  name: string
  /** 0 = stored, 8 = deflated. */
  method: number
  crc: number
  size: number
  data: Uint8Array
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32

export function crc32(data: Uint8Array): number {
  if (nativeCrc32) return nativeCrc32(data) >>> 0
  let c = 0xffffffff
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** The entries of a ZIP, in central-directory order. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = bytes.length - 22
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--
  if (eocd < 0) throw new Error('not a zip file: no end of central directory')
  const count = view.getUint16(eocd + 10, true)
  let at = view.getUint32(eocd + 16, true)
  const decoder = new TextDecoder()
  const entries: ZipEntry[] = []
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('bad zip central directory')
    const method = view.getUint16(at + 10, true)
    const crc = view.getUint32(at + 16, true)
    const compressedSize = view.getUint32(at + 20, true)
    const size = view.getUint32(at + 24, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const local = view.getUint32(at + 42, true)
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    entries.push({ name, method, crc, size, data: bytes.subarray(dataStart, dataStart + compressedSize) })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** The uncompressed bytes of an entry. */
export function inflateEntry(entry: ZipEntry): Uint8Array {
  return entry.method === 0 ? entry.data : new Uint8Array(zlib.inflateRawSync(entry.data))
}

/** A new deflated entry. */
export function deflateEntry(name: string, content: Uint8Array): ZipEntry {
  return {
    name,
    method: 8,
    crc: crc32(content),
    size: content.length,
    // Level 1: batches spend ~8 % less time, and a DOCX grows by ~6 % (17.7 KB for the sample, was 16.7).
    // memLevel 9 (zlib's default is 8): a larger hash table, ~10 % faster here for the same size.
    data: new Uint8Array(zlib.deflateRawSync(content, { level: 1, memLevel: 9 })),
  }
}

/** MS-DOS date and time of a UTC date (the ZIP format has no earlier year than 1980). */
function dosDateTime(date: Date): { date: number; time: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107)
  return {
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
  }
}

/** A ZIP of `entries`, in order, every entry stamped with `modified`. */
export function writeZip(entries: ZipEntry[], modified: Date): Uint8Array {
  const { date, time } = dosDateTime(modified)
  const encoder = new TextEncoder()
  const names = entries.map((entry) => encoder.encode(entry.name))
  let localSize = 0
  let centralSize = 0
  entries.forEach((entry, i) => {
    localSize += 30 + names[i].length + entry.data.length
    centralSize += 46 + names[i].length
  })
  const out = new Uint8Array(localSize + centralSize + 22)
  const view = new DataView(out.buffer)
  const offsets: number[] = []
  let at = 0
  entries.forEach((entry, i) => {
    offsets.push(at)
    view.setUint32(at, 0x04034b50, true)
    view.setUint16(at + 4, 20, true)
    view.setUint16(at + 6, 0x0800, true) // UTF-8 names
    view.setUint16(at + 8, entry.method, true)
    view.setUint16(at + 10, time, true)
    view.setUint16(at + 12, date, true)
    view.setUint32(at + 14, entry.crc, true)
    view.setUint32(at + 18, entry.data.length, true)
    view.setUint32(at + 22, entry.size, true)
    view.setUint16(at + 26, names[i].length, true)
    view.setUint16(at + 28, 0, true)
    out.set(names[i], at + 30)
    out.set(entry.data, at + 30 + names[i].length)
    at += 30 + names[i].length + entry.data.length
  })
  const central = at
  entries.forEach((entry, i) => {
    view.setUint32(at, 0x02014b50, true)
    view.setUint16(at + 4, 20, true)
    view.setUint16(at + 6, 20, true)
    view.setUint16(at + 8, 0x0800, true)
    view.setUint16(at + 10, entry.method, true)
    view.setUint16(at + 12, time, true)
    view.setUint16(at + 14, date, true)
    view.setUint32(at + 16, entry.crc, true)
    view.setUint32(at + 20, entry.data.length, true)
    view.setUint32(at + 24, entry.size, true)
    view.setUint16(at + 28, names[i].length, true)
    view.setUint32(at + 42, offsets[i], true)
    out.set(names[i], at + 46)
    at += 46 + names[i].length
  })
  view.setUint32(at, 0x06054b50, true)
  view.setUint16(at + 8, entries.length, true)
  view.setUint16(at + 10, entries.length, true)
  view.setUint32(at + 12, at - central, true)
  view.setUint32(at + 16, central, true)
  return out
}
