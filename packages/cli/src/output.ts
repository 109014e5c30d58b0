import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

const MAX_NAME = 80

/**
 * A file-name stem safe in any output folder: no path separators, no `..`,
 * no control or reserved characters, no leading dot, at most 80 characters
 * (cut on a code point). Empty results become `document`.
 */
export function sanitiseName(raw: string): string {
  let name = raw
    .normalize('NFC')
    // Control characters, path separators and characters Windows forbids.
    .replace(/[\u0000-\u001f\u007f-\u009f/\\:*?"<>|]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
  // `..` (or longer runs of dots) anywhere could form a parent reference once joined.
  name = name.replace(/\.{2,}/g, '_')
  name = name.replace(/^[.\s_-]+/, '').replace(/[.\s]+$/, '')
  const points = [...name]
  if (points.length > MAX_NAME) name = points.slice(0, MAX_NAME).join('').replace(/[.\s]+$/, '')
  return name || 'document'
}

/** The stem of an input file's name: `a/b/报告.txt` → `报告`. */
export function stemOf(file: string): string {
  const base = basename(file)
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(0, dot) : base
}

/**
 * Hands out stems unique within a run (case-insensitively, as on macOS and
 * Windows folders): `报告`, `报告-2`, `报告-3`…
 */
export class NameRegistry {
  private readonly taken = new Set<string>()

  claim(stem: string): string {
    let candidate = stem
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}`
    this.taken.add(candidate.toLowerCase())
    return candidate
  }
}

let tempCounter = 0
const pendingTemps = new Set<string>()

/**
 * Write a file atomically: a temporary file in the same folder, then a
 * rename, so a crash or Ctrl-C never leaves half a file under the final name.
 */
export function writeFileAtomic(path: string, data: Uint8Array | string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${++tempCounter}.tmp`)
  pendingTemps.add(temp)
  let fd: number | undefined
  try {
    fd = openSync(temp, 'wx', 0o644)
    const bytes = typeof data === 'string' ? Buffer.from(data) : data
    let offset = 0
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset)
    closeSync(fd)
    fd = undefined
    renameSync(temp, path)
    pendingTemps.delete(temp)
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd)
      } catch {}
    }
    removeTemp(temp)
    throw error
  }
}

function removeTemp(temp: string): void {
  try {
    unlinkSync(temp)
  } catch {}
  pendingTemps.delete(temp)
}

/** Remove temporary files of writes that never finished (on an interrupt). */
export function cleanupTemps(): void {
  for (const temp of [...pendingTemps]) removeTemp(temp)
}
