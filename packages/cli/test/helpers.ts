import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { inflateRawSync } from 'node:zlib'
import type { Io } from '../dist/index.js'

export const FIXTURES = new URL('./fixtures/', import.meta.url).pathname
export const CORPUS = join(FIXTURES, 'corpus')
export const BROKEN = join(FIXTURES, 'broken')
/** More corpus documents (2026 provincial reports, national reports from Wikisource) for the large batch. */
export const BATCH = join(FIXTURES, 'batch')
export const SAMPLE = join(CORPUS, 'sample', 'yubei-2023.txt')
export const BIN = new URL('../bin/gongwen.js', import.meta.url).pathname

export interface Captured extends Io {
  out: () => string
  outBytes: () => Buffer
  err: () => string
}

/** An Io that records what a command writes; not a terminal unless asked. */
export function memoryIo(options: { cwd?: string; stdin?: Uint8Array | string; tty?: boolean; env?: Record<string, string> } = {}): Captured {
  const out: Buffer[] = []
  const err: string[] = []
  return {
    stdout: (chunk) => void out.push(Buffer.from(chunk)),
    stderr: (chunk) => void err.push(chunk),
    readStdin: async () => new Uint8Array(Buffer.from(options.stdin ?? '')),
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: options.tty ?? false,
    env: options.env ?? {},
    cwd: options.cwd ?? tempDir(),
    columns: 80,
    out: () => Buffer.concat(out).toString('utf8'),
    outBytes: () => Buffer.concat(out),
    err: () => err.join(''),
  }
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'gongwen-cli-'))
}

/** The corpus fixtures plus the three broken files in one fresh folder. */
export function batchFolder(): string {
  const dir = tempDir()
  cpSync(CORPUS, join(dir, 'in'), { recursive: true })
  cpSync(BROKEN, join(dir, 'in', 'broken'), { recursive: true })
  return dir
}

/**
 * 150 documents and the three broken files in one fresh folder: the 50
 * corpus documents of CORPUS and BATCH as they are (in/), and each again as
 * scraped files also come, UTF-16LE with a BOM (in/utf16/) and UTF-8 with a
 * BOM and CRLF line ends (in/crlf/). Returns the folder and the relative
 * paths of the 50 originals.
 */
export function largeBatchFolder(): { dir: string; originals: string[] } {
  const dir = tempDir()
  cpSync(CORPUS, join(dir, 'in'), { recursive: true })
  cpSync(BATCH, join(dir, 'in'), { recursive: true })
  const originals = listFiles(join(dir, 'in'))
  for (const file of originals) {
    const bytes = readFileSync(join(dir, 'in', file))
    const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe
    const text = new TextDecoder(utf16 ? 'utf-16le' : 'utf-8').decode(bytes)
    const variants: Array<[string, Buffer]> = [
      ['utf16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
      ['crlf', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\r?\n/g, '\r\n'), 'utf8')])],
    ]
    for (const [folder, data] of variants) {
      const path = join(dir, 'in', folder, file)
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, data)
    }
  }
  cpSync(BROKEN, join(dir, 'in', 'broken'), { recursive: true })
  return { dir, originals }
}

/** Every file under a folder, relative, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name)
      if (statSync(full).isDirectory()) walk(full)
      else out.push(relative(dir, full))
    }
  }
  walk(dir)
  return out.sort()
}

/** One entry of a ZIP package (a .docx) as text, read through the central directory. */
export function zipEntryText(bytes: Uint8Array, name: string): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = bytes.length - 22
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--
  if (end < 0) throw new Error('not a ZIP package')
  let at = view.getUint32(end + 16, true)
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const method = view.getUint16(at + 10, true)
    const compressed = view.getUint32(at + 20, true)
    const nameLength = view.getUint16(at + 28, true)
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    const local = view.getUint32(at + 42, true)
    if (Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString() === name) {
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
      const data = bytes.subarray(start, start + compressed)
      return (method === 8 ? inflateRawSync(data) : Buffer.from(data)).toString('utf8')
    }
    at += 46 + skip
  }
  throw new Error(`no ${name} in the package`)
}
