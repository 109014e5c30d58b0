/**
 * Line-breaking classes for Chinese text (GB/T 15834 标点符号用法 and the
 * usual 避头尾 practice).
 */

/** May not begin a line: closing brackets and quotes, stops, pause marks. */
export const NO_LINE_START = new Set([...'，。、；：？！）》」』”’〕】〉］｝〗〙·‧,.;:?!)]}%％‰℃'])

/** May not end a line: opening brackets and quotes. */
export const NO_LINE_END = new Set([...'（《「『“‘〔【〈［｛〖〘([{'])

/** Marks printed as two characters that must not be split (—— and ……). */
export const NO_SPLIT_PAIR = new Set([...'—…―'])

/** Characters that, in a row, form one unbreakable word (Latin, digits, decimals). */
export const WORD = /[A-Za-z0-9０-９.．%％‰_+\-/@&#'Ａ-Ｚａ-ｚ]/u

/** Full-width marks whose glyph sits left, with the right half of the em blank. */
export const CLOSING_PUNCT = new Set([...'，。、；：）》」』”’〕】〉〗'])

/** Full-width marks whose glyph sits right, with the left half of the em blank. */
export const OPENING_PUNCT = new Set([...'（《「『“‘〔【〈〖'])

/**
 * Whether the blank half of `first` may be removed when `second` follows it
 * (标点挤压): `，“` `。”` `）。` `“《` would otherwise show a full em of
 * white between two marks.
 */
export function compressesBefore(first: string, second: string): boolean {
  if (CLOSING_PUNCT.has(first)) return CLOSING_PUNCT.has(second) || OPENING_PUNCT.has(second)
  if (OPENING_PUNCT.has(first)) return OPENING_PUNCT.has(second)
  return false
}

export const DIGIT = /[0-9０-９%％‰]/u

/** Unit and counter characters kept on the line of the number they follow. */
const UNIT = new Set([...'亿万千百十元角分年月日时号个件项家名人次户所座台辆艘架套吨斤克米里亩顷平方公立升度倍岁天周届批条余多点户栋间床位款部种类只头匹张本册篇章节期座辆轮网笔℃㎡'])

/** How many unit characters after a number stay glued to it (`亿元`, `平方米`). */
const MAX_UNIT_RUN = 2

// Character classes as bits of one table over the BMP (everything these rules
// name is in the BMP), so the line breaker works on code points and tests a
// class with one array read instead of a Set lookup or a regular expression.
export const C_NO_START = 1
export const C_NO_END = 2
export const C_PAIR = 4
export const C_WORD = 8
export const C_DIGIT = 16
export const C_UNIT = 32
export const C_CLOSING = 64
export const C_OPENING = 128

const CLASSES = new Uint8Array(0x10000)
const mark = (chars: Iterable<string>, bit: number): void => {
  for (const ch of chars) CLASSES[ch.codePointAt(0) as number] |= bit
}
mark(NO_LINE_START, C_NO_START)
mark(NO_LINE_END, C_NO_END)
mark(NO_SPLIT_PAIR, C_PAIR)
mark(UNIT, C_UNIT)
mark(CLOSING_PUNCT, C_CLOSING)
mark(OPENING_PUNCT, C_OPENING)
const range = (from: string, to: string): string[] => {
  const out: string[] = []
  for (let cp = from.codePointAt(0) as number; cp <= (to.codePointAt(0) as number); cp++) out.push(String.fromCodePoint(cp))
  return out
}
// The members of `WORD` and `DIGIT`, spelled out (testing the expressions on
// all 65,536 code points would cost milliseconds at every process start).
const DIGITS = [...range('0', '9'), ...range('０', '９')]
mark([...DIGITS, '%', '％', '‰'], C_DIGIT)
mark([...DIGITS, ...range('A', 'Z'), ...range('a', 'z'), ...range('Ａ', 'Ｚ'), ...range('ａ', 'ｚ'), ...".．%％‰_+-/@&#'"], C_WORD)

/** The class bits of a code point (0 outside the BMP). */
export function classOf(cp: number): number {
  return cp < 0x10000 ? (CLASSES[cp] as number) : 0
}

/** `compressesBefore` on code points. */
export function compressesBeforeCp(first: number, second: number): boolean {
  const a = classOf(first)
  if (a & C_CLOSING) return (classOf(second) & (C_CLOSING | C_OPENING)) !== 0
  if (a & C_OPENING) return (classOf(second) & C_OPENING) !== 0
  return false
}

const SPACE = 0x20
const TAB = 0x09

let aheadBuffer = new Int32Array(256)

/**
 * `breakOpportunities` over code points `cps[from..to)`, written into
 * `out[from..to)` (1 = a line may break before the character).
 */
export function breakFlags(cps: Int32Array, from: number, to: number, out: Uint8Array): void {
  if (to <= from) return
  out[from] = 0
  // Spaces vanish at a line break, so the rules look through them: `债 ”` may
  // not break before the space either, `“ 三` not after it.
  if (aheadBuffer.length < to - from + 1) aheadBuffer = new Int32Array(2 * (to - from + 1))
  const ahead = aheadBuffer
  ahead[to - from] = 0
  for (let i = to - 1; i >= from; i--) {
    const cp = cps[i] as number
    ahead[i - from] = cp === SPACE || cp === TAB ? (ahead[i - from + 1] as number) : cp
  }
  let lastVisible = 0
  let unitRun = -1 // -1: not after a number; else unit characters glued so far
  for (let i = from + 1; i < to; i++) {
    const prev = cps[i - 1] as number
    const cur = cps[i] as number
    if (prev !== SPACE && prev !== TAB) lastVisible = prev
    const pc = classOf(prev)
    const cc = classOf(cur)
    let allowed = 1
    if (cc & C_NO_START || classOf(ahead[i - from] as number) & C_NO_START) allowed = 0
    else if (pc & C_NO_END || classOf(lastVisible) & C_NO_END) allowed = 0
    else if (cc & C_PAIR && cur === prev) allowed = 0
    else if (pc & C_WORD && cc & C_WORD) allowed = 0
    if (pc & C_DIGIT) unitRun = 0
    if (unitRun >= 0 && cc & C_UNIT && unitRun < MAX_UNIT_RUN) {
      allowed = 0
      unitRun++
    } else if (!(cc & C_DIGIT) && !(cc & C_WORD)) {
      unitRun = -1
    }
    out[i] = allowed
  }
}

/**
 * For a sequence of characters, whether a line may break before each one.
 * Index 0 is always false (nothing to break from).
 */
export function breakOpportunities(chars: string[]): boolean[] {
  const cps = new Int32Array(chars.length)
  chars.forEach((ch, i) => (cps[i] = ch.codePointAt(0) ?? 0))
  const flags = new Uint8Array(chars.length)
  breakFlags(cps, 0, chars.length, flags)
  return Array.from(flags, (f) => f === 1)
}
