import { GongwenError } from '../errors.js'

export interface DecodeResult {
  text: string
  /** The encoding the bytes were read as. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'
  bom: boolean
  /** A note for the caller when the encoding had to be guessed. */
  warning?: string
}

/** File signatures of formats people feed by mistake. */
const MAGIC: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive (or DOCX/XLSX)', [0x50, 0x4b, 0x03, 0x04]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['old Word/Excel document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['WebP/RIFF media', [0x52, 0x49, 0x46, 0x46]],
]

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  if (bytes.length < sig.length) return false
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false
  return true
}

/**
 * A UTF-16 file without BOM: read the first code units both ways and count
 * how many land where text lives (ASCII, CJK, CJK punctuation and
 * full-width forms). Real text scores near 100 % one way and low the
 * other; UTF-8, GB18030 and binary bytes score low both ways.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 8192) & ~1
  if (n < 8 || (bytes.length & 1) === 1) return undefined
  let le = 0
  let be = 0
  for (let i = 0; i < n; i += 2) {
    if (plausible(bytes[i]! | (bytes[i + 1]! << 8))) le++
    if (plausible((bytes[i]! << 8) | bytes[i + 1]!)) be++
  }
  const units = n / 2
  if (le > units * 0.95 && be < units * 0.6) return 'utf-16le'
  if (be > units * 0.95 && le < units * 0.6) return 'utf-16be'
  return undefined
}

function plausible(u: number): boolean {
  return (
    u === 9 || u === 10 || u === 13 || (u >= 0x20 && u < 0x7f) || u === 0xa0 ||
    (u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3000 && u <= 0x303f) || (u >= 0xff00 && u <= 0xffef) ||
    (u >= 0x2010 && u <= 0x206f) || (u >= 0x3400 && u <= 0x4dbf)
  )
}

function decodeWith(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return undefined
  }
}

/**
 * Text controls that never occur in real text files; a file full of them is
 * binary. NUL alone is tolerated in small numbers (dropped later with a warning).
 */
function controlRatio(text: string): number {
  const n = Math.min(text.length, 65536)
  if (n === 0) return 0
  let bad = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) bad++
  }
  return bad / n
}

/** Bytes → text: BOM first, then strict UTF-8, then UTF-16 without BOM, then GB18030. */
export function decode(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) throw new GongwenError('EMPTY', 'the input is empty: give a file with the text of a document')
  for (const [name, sig] of MAGIC) {
    if (startsWith(bytes, sig)) {
      throw new GongwenError('BINARY', `the input is a ${name}, not text: give the scraped text (or HTML) of a document`)
    }
  }
  let result: DecodeResult | undefined
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeWith('utf-8', bytes.subarray(3))
    if (text !== undefined) result = { text, encoding: 'utf-8', bom: true }
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    const text = decodeWith('utf-16le', bytes.subarray(2))
    if (text !== undefined) result = { text, encoding: 'utf-16le', bom: true }
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    const text = decodeWith('utf-16be', bytes.subarray(2))
    if (text !== undefined) result = { text, encoding: 'utf-16be', bom: true }
  }
  if (!result) {
    const utf16 = sniffUtf16(bytes)
    if (utf16) {
      const text = decodeWith(utf16, bytes)
      if (text !== undefined) {
        result = { text, encoding: utf16, bom: false, warning: `read as ${utf16.toUpperCase()} without a byte-order mark` }
      }
    }
  }
  if (!result) {
    const text = decodeWith('utf-8', bytes)
    if (text !== undefined) result = { text, encoding: 'utf-8', bom: false }
  }
  if (!result) {
    const text = decodeWith('gb18030', bytes)
    if (text !== undefined) result = { text, encoding: 'gb18030', bom: false }
  }
  if (!result) {
    throw new GongwenError(
      'ENCODING',
      'the input is not valid UTF-8, UTF-16 or GB18030/GBK text: convert it to UTF-8 and try again',
    )
  }
  if (controlRatio(result.text) > 0.1) {
    throw new GongwenError('BINARY', 'the input looks like binary data, not text: give the scraped text (or HTML) of a document')
  }
  return result
}
