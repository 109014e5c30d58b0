import { cpSync, mkdtempSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import type { Io } from '../dist/index.js'

export const FIXTURES = new URL('./fixtures/', import.meta.url).pathname
export const CORPUS = join(FIXTURES, 'corpus')
export const BROKEN = join(FIXTURES, 'broken')
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
