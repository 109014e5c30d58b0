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

const DIGIT = /[0-9０-９%％‰]/u

/** Unit and counter characters kept on the line of the number they follow. */
const UNIT = new Set([...'亿万千百十元角分年月日时号个件项家名人次户所座台辆艘架套吨斤克米里亩顷平方公立升度倍岁天周届批条余多点户栋间床位款部种类只头匹张本册篇章节期座辆轮网笔℃㎡'])

/** How many unit characters after a number stay glued to it (`亿元`, `平方米`). */
const MAX_UNIT_RUN = 2

/**
 * For a sequence of characters, whether a line may break before each one.
 * Index 0 is always false (nothing to break from).
 */
export function breakOpportunities(chars: string[]): boolean[] {
  const out = new Array<boolean>(chars.length).fill(true)
  if (chars.length > 0) out[0] = false
  // Spaces vanish at a line break, so the rules look through them: `债 ”` may
  // not break before the space either, `“ 三` not after it.
  const nextVisible = new Array<string>(chars.length + 1).fill('')
  for (let i = chars.length - 1; i >= 0; i--) nextVisible[i] = isSpace(chars[i] as string) ? (nextVisible[i + 1] as string) : (chars[i] as string)
  let lastVisible = ''
  let unitRun = -1 // -1: not after a number; else unit characters glued so far
  for (let i = 1; i < chars.length; i++) {
    const prev = chars[i - 1] as string
    const cur = chars[i] as string
    if (!isSpace(prev)) lastVisible = prev
    const ahead = nextVisible[i] as string
    let allowed = true
    if (NO_LINE_START.has(cur) || NO_LINE_START.has(ahead)) allowed = false
    else if (NO_LINE_END.has(prev) || NO_LINE_END.has(lastVisible)) allowed = false
    else if (NO_SPLIT_PAIR.has(cur) && cur === prev) allowed = false
    else if (WORD.test(prev) && WORD.test(cur)) allowed = false
    if (DIGIT.test(prev)) unitRun = 0
    if (unitRun >= 0 && UNIT.has(cur) && unitRun < MAX_UNIT_RUN) {
      allowed = false
      unitRun++
    } else if (!DIGIT.test(cur) && !WORD.test(cur)) {
      unitRun = -1
    }
    out[i] = allowed
  }
  return out
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t'
}
