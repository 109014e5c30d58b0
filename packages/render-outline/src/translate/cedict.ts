/**
 * CC-CEDICT (CC BY-SA 4.0, as shipped in the `chinese-tokenizer` package) as
 * the word-level last resort of the offline engine. The 9 MB file is read
 * and indexed once per process, and only when a line needs it.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

export interface CedictEntry {
  pinyin: string
  definitions: string[]
}

/**
 * The dictionary stays one buffer (off the JavaScript heap); the index maps
 * each simplified headword to its lines, in file order, and a line is read
 * into entries only when looked up. As a Map of parsed entries it was 51 MB
 * of heap in every worker thread, which every full collection had to mark.
 */
interface CedictIndex {
  bytes: Buffer
  /** Simplified headword → its first line (an index into `starts`/`ends`). */
  first: Map<string, number>
  /** Byte range of each line. */
  starts: Int32Array
  ends: Int32Array
  /** The headword's next line, or -1. */
  next: Int32Array
  maxLength: number
}

let cache: CedictIndex | undefined

const SPACE = 0x20
const NEWLINE = 0x0a
const HASH = 0x23

function load(): CedictIndex {
  if (cache) return cache
  const require = createRequire(import.meta.url)
  const root = dirname(require.resolve('chinese-tokenizer/package.json'))
  const bytes = readFileSync(join(root, 'tests', 'cedict_ts.u8'))
  let lines = 0
  for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, at + 1)) lines++
  const starts = new Int32Array(lines + 1)
  const ends = new Int32Array(lines + 1)
  const next = new Int32Array(lines + 1).fill(-1)
  const first = new Map<string, number>()
  const last = new Map<string, number>()
  let maxLength = 1
  let count = 0
  let start = 0
  while (start < bytes.length) {
    let end = bytes.indexOf(NEWLINE, start)
    if (end < 0) end = bytes.length
    let lineEnd = end
    if (lineEnd > start && bytes[lineEnd - 1] === 0x0d) lineEnd--
    // `傳統 传统 [chuan2 tong3] /tradition/traditional/`
    if (lineEnd > start && bytes[start] !== HASH) {
      const firstSpace = bytes.indexOf(SPACE, start)
      const secondSpace = firstSpace < 0 || firstSpace >= lineEnd ? -1 : bytes.indexOf(SPACE, firstSpace + 1)
      if (secondSpace > 0 && secondSpace < lineEnd && isEntry(bytes, secondSpace, lineEnd)) {
        const simplified = bytes.toString('utf8', firstSpace + 1, secondSpace)
        starts[count] = start
        ends[count] = lineEnd
        const tail = last.get(simplified)
        if (tail === undefined) first.set(simplified, count)
        else next[tail] = count
        last.set(simplified, count)
        if (simplified.length > maxLength) maxLength = simplified.length
        count++
      }
    }
    start = end + 1
  }
  cache = { bytes, first, starts, ends, next, maxLength: Math.min(maxLength, 8) }
  return cache
}

/** The line has `[pinyin]` after the headwords, as every entry has. */
function isEntry(bytes: Buffer, from: number, to: number): boolean {
  const open = bytes.indexOf(0x5b, from)
  if (open < 0 || open >= to) return false
  const close = bytes.indexOf(0x5d, open)
  return close >= 0 && close < to
}

function parseLine(line: string): CedictEntry {
  const secondSpace = line.indexOf(' ', line.indexOf(' ') + 1)
  const open = line.indexOf('[', secondSpace)
  const close = line.indexOf(']', open)
  return {
    pinyin: line.slice(open + 1, close),
    definitions: line.slice(close + 1).trim().replace(/^\/|\/$/g, '').split('/'),
  }
}

export function cedictLookup(word: string): CedictEntry[] | undefined {
  const index = load()
  let line = index.first.get(word)
  if (line === undefined) return undefined
  const entries: CedictEntry[] = []
  for (; line >= 0; line = index.next[line] as number) {
    entries.push(parseLine(index.bytes.toString('utf8', index.starts[line], index.ends[line])))
  }
  return entries
}

/** The dictionary has a reading of the word that is not a name (和政 is only a county). */
export function cedictHasCommonWord(word: string): boolean {
  return cedictLookup(word)?.some((entry) => !isProper(entry)) ?? false
}

export function cedictMaxLength(): number {
  return load().maxLength
}

const UNUSABLE = /^(surname |variant of|old variant|archaic variant|see |used in|CL:|abbr\. |Japanese variant|Taiwan pr\.|erhua variant|\(old\)|\(archaic\)|\(bound form\) see|also written|also pr\.)/i

/** The sense of a character as a component of others (广 `"house on a cliff" radical in Chinese characters`). */
const RADICAL = /\bradical\b.*\bChinese characters\b|\bKangxi radical\b/i

/** A short English gloss for a word, or undefined when the dictionary has none worth using. */
export function cedictGloss(word: string): string | undefined {
  const entries = cedictLookup(word)
  if (!entries) return undefined
  // common-noun readings (lower-case pinyin) before proper nouns
  const ordered = [...entries].sort((a, b) => Number(isProper(a)) - Number(isProper(b)))
  for (const entry of ordered) {
    if (isProper(entry) && !isProper(ordered[0])) continue
    for (const raw of entry.definitions) {
      if (UNUSABLE.test(raw) || RADICAL.test(raw)) continue
      const gloss = cleanDefinition(raw)
      if (gloss) {
        if (isProper(entry) && /district|county|city|province|municipality|prefecture|town|river|mountain/i.test(raw)) {
          // 万载县 [Wan4 zai4 xian4] → Wanzai County: the suffix syllable becomes the English word
          const suffix = properSuffix(raw)
          const syllables = entry.pinyin.split(/\s+/)
          const stem = suffix && /[县区市省镇]$/.test(word) && syllables.length > 2 ? syllables.slice(0, -1).join(' ') : entry.pinyin
          return pinyinToName(stem) + suffix
        }
        return gloss
      }
    }
  }
  return undefined
}

function properSuffix(definition: string): string {
  const kind = /^[^(]*?\b(district|county|city|province|municipality|prefecture|town)\b/i.exec(definition)
  if (!kind) return ''
  const word = kind[1].toLowerCase()
  return word === 'municipality' ? '' : ' ' + word[0].toUpperCase() + word.slice(1)
}

function isProper(entry: CedictEntry): boolean {
  return /^[A-Z]/.test(entry.pinyin)
}

function cleanDefinition(raw: string): string {
  let text = raw
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/[\u3400-\u9fff\uf900-\ufaff|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  text = text.replace(/^(to be |to )/, '').replace(/^(sb|sth)('s)? /, '').trim()
  // `Gang of Four: Jiang Qing, …`, `Soviet Union, 1922-1991`: the name without its explanation or dates.
  text = text.replace(/:\s.*$/, '').replace(/,?\s*\d{3,4}\s*[-–]\s*\d{2,4}$/, '').trim()
  if (text.length > 40) text = text.split(/[;,]/)[0].trim()
  return text
}

/** `Yu2 bei3` → `Yubei`. */
export function pinyinToName(pinyin: string): string {
  const syllables = pinyin
    .replace(/u:/g, 'ü')
    .split(/\s+/)
    .map((syllable) => syllable.replace(/[0-9]/g, '').toLowerCase())
    .filter(Boolean)
  const joined = syllables
    .map((syllable, index) =>
      index > 0 && /^[aeo]/.test(syllable) ? "'" + syllable : syllable,
    )
    .join('')
  return joined ? joined[0].toUpperCase() + joined.slice(1) : ''
}

/** Toneless pinyin of one character (first reading; `preferProper` picks a surname reading). */
export function charPinyin(char: string, preferProper = false): string | undefined {
  const entries = cedictLookup(char)
  if (!entries || entries.length === 0) return undefined
  // The reading with the most senses is the everyday one (强 qiang2 "strong", not jiang4 "stubborn").
  const common = entries.filter((entry) => !isProper(entry)).sort((a, b) => b.definitions.length - a.definitions.length)[0]
  const pick = (preferProper ? entries.find(isProper) : common) ?? entries[0]
  const syllable = pick.pinyin.split(/\s+/)[0]
  return syllable.replace(/u:/g, 'ü').replace(/[0-9]/g, '').toLowerCase()
}

/** Romanise a personal name: `廖红军` → `Liao Hongjun`. */
export function personName(zh: string): string {
  const chars = [...zh.replace(/\s+/g, '')]
  if (chars.length === 0) return ''
  const compound = /^(欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|令狐)/.exec(zh)
  const surnameLength = compound ? 2 : 1
  const cap = (value: string) => (value ? value[0].toUpperCase() + value.slice(1) : value)
  const surname = chars.slice(0, surnameLength).map((char) => charPinyin(char, true) ?? '').join('')
  const given = chars
    .slice(surnameLength)
    .map((char) => charPinyin(char) ?? '')
    .map((syllable, index) => (index > 0 && /^[aeo]/.test(syllable) ? "'" + syllable : syllable))
    .join('')
  return [cap(surname), cap(given)].filter(Boolean).join(' ')
}
