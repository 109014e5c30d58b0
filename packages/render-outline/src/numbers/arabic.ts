/**
 * Quantities written in Chinese numerals, as the reports of the 1950s–80s
 * print them (`增长百分之七点三`, `三千六百亿元`, `一九七八年`), rewritten
 * in Arabic digits so the figure scanner reads them like `增长7.3%`.
 */
import { parseChineseNumeral } from './chinese.js'
import { unitAlternatives } from './units.js'

export interface ArabicText {
  text: string
  /** For each unit of `text` (and one past its end), the offset in the input it came from. */
  map: number[]
}

// Older reports write zero as ○ (U+25CB, a circle) as often as 〇: `一九八○年`.
const NUMERAL = '[〇○零一二两三四五六七八九十百千万亿]+'
const DECIMALS = '[〇○零一二两三四五六七八九]+'
const DIGIT_CHARS = /[〇○零一二两三四五六七八九]/
const PLACE_CHARS = /[十百千万亿]/

let numeralPattern: RegExp | undefined
function pattern(): RegExp {
  if (numeralPattern) return numeralPattern
  const units = unitAlternatives()
    .filter((unit) => unit !== '%')
    .map((unit) => unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')
  // Not after 第: `第十一批` is an ordinal, and stays as printed. A numeral
  // starts where its run starts: tried from inside a long run (a page of
  // 一一一…), the pattern would scan the rest of the run from every position.
  numeralPattern = new RegExp(`百分之(${NUMERAL})(?:点(${DECIMALS}))?|(?<![第〇○零一二两三四五六七八九十百千万亿点])(${NUMERAL})(?:点(${DECIMALS}))?(?=${units}|年)`, 'gu')
  return numeralPattern
}

/** Digits read one by one: `五` → `5` (a decimal point's right side), `一九八○` → `1980`. */
function decimalDigits(text: string): string {
  let out = ''
  for (const char of text) out += parseChineseNumeral(char)
  return out
}

/** `total` divided by 10^places, exactly, without trailing zeros: (4700, 4) → `0.47`. */
function shiftDown(total: number, places: number): string {
  if (places === 0) return String(total)
  const digits = String(total).padStart(places + 1, '0')
  const whole = digits.slice(0, digits.length - places)
  const fraction = digits.slice(digits.length - places).replace(/0+$/, '')
  return fraction ? `${whole}.${fraction}` : whole
}

/**
 * The Arabic form of one numeral, or undefined when it is no quantity:
 * one digit alone (`一个`, `三项`: counted words, not statistics), digits
 * without places (`三五个`: "three or five"), or no digit at all (`十分`,
 * `千万`). A numeral with 万 or 亿 in it keeps the largest as its scale
 * word, as the statistics print it (`三千六百亿` → `3600亿`, `四亿七千万` →
 * `4.7亿`, `八十五万六千` → `85.6万`).
 */
function quantity(numeral: string, decimals: string | undefined): string | undefined {
  if (!DIGIT_CHARS.test(numeral)) return undefined
  if (!PLACE_CHARS.test(numeral) && decimals === undefined) return undefined
  const total = parseChineseNumeral(numeral)
  if (total === undefined || !Number.isSafeInteger(total)) return undefined
  if (numeral.includes('万') || numeral.includes('亿')) {
    if (decimals !== undefined) return undefined
    const scale = numeral.endsWith('万亿') ? '万亿' : numeral.includes('亿') ? '亿' : '万'
    return shiftDown(total, scale === '万亿' ? 12 : scale === '亿' ? 8 : 4) + scale
  }
  return decimals === undefined ? String(total) : `${total}.${decimalDigits(decimals)}`
}

/** `一九七八` → `1978`: four digits read one by one, before 年. */
function year(numeral: string): string | undefined {
  if (numeral.length !== 4 || PLACE_CHARS.test(numeral)) return undefined
  return decimalDigits(numeral)
}

export function arabicNumerals(input: string): ArabicText {
  const regex = pattern()
  regex.lastIndex = 0
  let text = ''
  const map: number[] = []
  let at = 0
  let match: RegExpExecArray | null
  while ((match = regex.exec(input))) {
    const [all, percent, percentDecimals, numeral, decimals] = match
    let out: string | undefined
    if (percent !== undefined) {
      // 百分之百 has no digit: any numeral counts after 百分之.
      const total = parseChineseNumeral(percent)
      if (total !== undefined && Number.isSafeInteger(total)) out = `${total}${percentDecimals === undefined ? '' : `.${decimalDigits(percentDecimals)}`}%`
    } else if (numeral !== undefined) {
      out = input[match.index + all.length] === '年' && decimals === undefined ? year(numeral) : quantity(numeral, decimals)
    }
    if (out === undefined) continue
    for (let i = at; i < match.index; i++) map.push(i)
    text += input.slice(at, match.index)
    for (let i = 0; i < out.length; i++) map.push(match.index)
    text += out
    at = match.index + all.length
  }
  for (let i = at; i < input.length; i++) map.push(i)
  text += input.slice(at)
  map.push(input.length)
  return { text, map }
}
