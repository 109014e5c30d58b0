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

interface CedictIndex {
  words: Map<string, CedictEntry[]>
  maxLength: number
}

let cache: CedictIndex | undefined

function load(): CedictIndex {
  if (cache) return cache
  const require = createRequire(import.meta.url)
  const root = dirname(require.resolve('chinese-tokenizer/package.json'))
  const text = readFileSync(join(root, 'tests', 'cedict_ts.u8'), 'utf8')
  const words = new Map<string, CedictEntry[]>()
  let maxLength = 1
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    // `傳統 传统 [chuan2 tong3] /tradition/traditional/`
    const firstSpace = line.indexOf(' ')
    const secondSpace = line.indexOf(' ', firstSpace + 1)
    const open = line.indexOf('[', secondSpace)
    const close = line.indexOf(']', open)
    if (firstSpace < 0 || secondSpace < 0 || open < 0 || close < 0) continue
    const simplified = line.slice(firstSpace + 1, secondSpace)
    const entry: CedictEntry = {
      pinyin: line.slice(open + 1, close),
      definitions: line.slice(close + 1).trim().replace(/^\/|\/$/g, '').split('/'),
    }
    const list = words.get(simplified)
    if (list) list.push(entry)
    else words.set(simplified, [entry])
    if (simplified.length > maxLength) maxLength = simplified.length
  }
  cache = { words, maxLength: Math.min(maxLength, 8) }
  return cache
}

export function cedictLookup(word: string): CedictEntry[] | undefined {
  return load().words.get(word)
}

export function cedictMaxLength(): number {
  return load().maxLength
}

const UNUSABLE = /^(surname |variant of|old variant|archaic variant|see |used in|CL:|abbr\. |Japanese variant|Taiwan pr\.|erhua variant|\(old\)|\(archaic\)|\(bound form\) see|also written|also pr\.)/i

/** A short English gloss for a word, or undefined when the dictionary has none worth using. */
export function cedictGloss(word: string): string | undefined {
  const entries = cedictLookup(word)
  if (!entries) return undefined
  // common-noun readings (lower-case pinyin) before proper nouns
  const ordered = [...entries].sort((a, b) => Number(isProper(a)) - Number(isProper(b)))
  for (const entry of ordered) {
    if (isProper(entry) && !isProper(ordered[0])) continue
    for (const raw of entry.definitions) {
      if (UNUSABLE.test(raw)) continue
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
