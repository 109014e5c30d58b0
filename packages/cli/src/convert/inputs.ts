import { readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

export const DEFAULT_GLOB = '*.txt,*.html'

export interface InputDocument {
  /** Absolute path, or `-` for stdin. */
  file: string
  /** How the document is named in messages and JSON lines (as the user gave it). */
  display: string
  /** Set when the input can't be read at all (missing, unreadable folder). */
  error?: string
}

/**
 * `*.txt,*.html`-style patterns → a test on a path relative to the folder
 * given. `*` and `?` stay within one path segment, `**` crosses them; a
 * pattern without `/` matches the file's base name.
 */
export function globMatcher(globs: string): (relativePath: string) => boolean {
  const tests = globs
    .split(',')
    .map((g) => g.trim())
    .filter(Boolean)
    .map((glob) => {
      let source = ''
      for (let i = 0; i < glob.length; i++) {
        const c = glob[i]!
        if (c === '*' && glob[i + 1] === '*') {
          source += '.*'
          i++
          if (glob[i + 1] === '/') i++
        } else if (c === '*') source += '[^/]*'
        else if (c === '?') source += '[^/]'
        else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
      }
      const re = new RegExp(`^${source}$`, 'i')
      const base = !glob.includes('/')
      return (path: string) => re.test(base ? path.slice(path.lastIndexOf('/') + 1) : path)
    })
  return (path) => tests.some((t) => t(path.split('\\').join('/')))
}

/**
 * Files and folders (recursive, filtered by the glob) → documents in a
 * stable order: the inputs in the order given, each folder's files sorted
 * by code point, so every run numbers and names them the same way.
 */
export function expandInputs(inputs: string[], cwd: string, globs: string): InputDocument[] {
  const match = globMatcher(globs)
  const out: InputDocument[] = []
  const seen = new Set<string>()
  const add = (doc: InputDocument) => {
    if (doc.file !== '-' && seen.has(doc.file)) return
    seen.add(doc.file)
    out.push(doc)
  }
  for (const input of inputs) {
    if (input === '-') {
      add({ file: '-', display: '<stdin>' })
      continue
    }
    const abs = resolve(cwd, input)
    let isDir = false
    try {
      isDir = statSync(abs).isDirectory()
    } catch {
      // Missing or unreadable: the worker's read names the reason.
    }
    if (!isDir) {
      add({ file: abs, display: input })
      continue
    }
    const files: string[] = []
    const walk = (dir: string) => {
      let entries
      try {
        entries = readdirSync(dir, { withFileTypes: true })
      } catch {
        add({ file: dir, display: join(input, relative(abs, dir)), error: 'cannot read this folder: check its permissions' })
        return
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue
        const full = join(dir, entry.name)
        if (entry.isDirectory()) walk(full)
        else if ((entry.isFile() || entry.isSymbolicLink()) && match(relative(abs, full))) files.push(full)
      }
    }
    walk(abs)
    for (const file of files) add({ file, display: join(input, relative(abs, file)) })
  }
  return out
}
