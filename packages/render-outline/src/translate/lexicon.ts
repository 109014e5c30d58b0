/**
 * The offline engine's data: glossary, heading verbs and adverbs, read from
 * the package's `data/*.tsv` once per process.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export interface VerbEntry {
  gerund: string
  nominal: string
}

export interface Lexicon {
  terms: Map<string, string>
  verbs: Map<string, VerbEntry>
  adverbs: Map<string, string>
  /** Curated word-level glosses for the fallback (`data/words.tsv`). */
  words: Map<string, string>
  /** Longest key of any table, in UTF-16 units. */
  maxLength: number
}

let cache: Lexicon | undefined

/** `data/` beside `dist/` (and beside `src/` when run from source by vitest). */
export function dataPath(name: string): string {
  return fileURLToPath(new URL(`../../data/${name}`, import.meta.url))
}

export function readTsv(path: string): string[][] {
  const rows: string[][] = []
  for (const raw of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (raw.trim() === '' || raw.startsWith('#')) continue
    rows.push(raw.split('\t').map((cell) => cell.trim()))
  }
  return rows
}

export function loadLexicon(): Lexicon {
  if (cache) return cache
  const terms = new Map<string, string>()
  const verbs = new Map<string, VerbEntry>()
  const adverbs = new Map<string, string>()
  let maxLength = 1
  const note = (key: string) => {
    if (key.length > maxLength) maxLength = key.length
  }
  for (const [zh, en] of readTsv(dataPath('glossary.tsv'))) {
    if (!zh || !en || terms.has(zh)) continue
    terms.set(zh, en)
    note(zh)
  }
  for (const [zh, gerund, nominal] of readTsv(dataPath('verbs.tsv'))) {
    if (!zh || !gerund || verbs.has(zh)) continue
    verbs.set(zh, { gerund, nominal: nominal || gerund })
    note(zh)
  }
  for (const [zh, en] of readTsv(dataPath('adverbs.tsv'))) {
    if (!zh || !en || adverbs.has(zh)) continue
    adverbs.set(zh, en)
    note(zh)
  }
  const words = new Map<string, string>()
  for (const row of readTsv(dataPath('words.tsv'))) {
    const [zh, en = ''] = row
    if (zh && !words.has(zh)) words.set(zh, en)
  }
  cache = { terms, verbs, adverbs, words, maxLength }
  return cache
}
