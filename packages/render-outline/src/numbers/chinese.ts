/**
 * Chinese numerals (二〇二三, 三, 十四, 一百零八, 两) and dates.
 */

// Older reports write zero as ○ (U+25CB, a circle) as often as 〇: `一九八○年`.
const DIGITS: Record<string, number> = {
  〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 }

export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万亿'

/**
 * The value of a Chinese numeral, or undefined when it is not one.
 * Digit-by-digit forms (二〇二三, 一九八○ = 1980) and positional forms
 * (二十三 = 23, 一百零八 = 108, 十四 = 14) are both read.
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text === '' || ![...text].every((char) => char in DIGITS || char in SMALL_UNITS || char in LARGE_UNITS)) return undefined
  const hasUnit = [...text].some((char) => char in SMALL_UNITS || char in LARGE_UNITS)
  if (!hasUnit) {
    // 二〇二三: digit by digit (only used for years and codes)
    let value = 0
    for (const char of text) value = value * 10 + DIGITS[char]
    return value
  }
  // 亿 multiplies all that stands before it (一万六千七百七十亿 = 16770 × 10^8),
  // 万 only what stands after the last 亿 (三亿五千万 = 3 × 10^8 + 5000 × 10^4).
  let total = 0
  let wan = 0
  let section = 0
  let digit = 0
  let seenDigit = false
  for (const char of text) {
    if (char in DIGITS) {
      digit = DIGITS[char]
      seenDigit = true
    } else if (char in SMALL_UNITS) {
      // 十 alone at the start means 一十
      section += (seenDigit ? digit : 1) * SMALL_UNITS[char]
      digit = 0
      seenDigit = false
    } else if (char === '亿') {
      total = (total + wan + section + digit) * LARGE_UNITS[char]
      wan = 0
      section = 0
      digit = 0
      seenDigit = false
    } else if (char === '万') {
      wan += (section + digit) * LARGE_UNITS[char]
      section = 0
      digit = 0
      seenDigit = false
    }
  }
  return total + wan + section + digit
}

const ARABIC_OR_CHINESE = `[0-9]+|[${CHINESE_NUMERAL_CHARS}]+`

/** Read a number written either in Arabic digits or Chinese numerals. */
export function readNumber(text: string): number | undefined {
  if (/^[0-9]+$/.test(text)) return Number(text)
  return parseChineseNumeral(text)
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
]

export interface ChineseDate {
  year: number
  month?: number
  day?: number
  /** ISO 8601, as far as known: `2023`, `2023-02`, `2023-02-08`. */
  iso: string
  /** `February 8, 2023`, `February 2023`, `2023`. */
  en: string
}

const DATE_PATTERN = new RegExp(
  `(${ARABIC_OR_CHINESE})年(?:(${ARABIC_OR_CHINESE})月(?:(${ARABIC_OR_CHINESE})[日号])?)?`,
  'u',
)

/** Find the first date such as `2023年2月8日` or `二〇二三年二月八日` in a string. */
export function findDate(text: string): (ChineseDate & { index: number; length: number }) | undefined {
  const match = DATE_PATTERN.exec(text.normalize('NFKC'))
  if (!match) return undefined
  const year = readNumber(match[1])
  if (year === undefined || year < 1000 || year > 2999) return undefined
  const month = match[2] === undefined ? undefined : readNumber(match[2])
  const day = match[3] === undefined ? undefined : readNumber(match[3])
  const pad = (n: number) => String(n).padStart(2, '0')
  let iso = String(year)
  let en = String(year)
  if (month !== undefined && month >= 1 && month <= 12) {
    iso += '-' + pad(month)
    en = `${MONTHS[month - 1]} ${year}`
    if (day !== undefined && day >= 1 && day <= 31) {
      iso += '-' + pad(day)
      en = `${MONTHS[month - 1]} ${day}, ${year}`
    }
  }
  return { year, month, day, iso, en, index: match.index, length: match[0].length }
}

/** `2023-02-08` → `February 8, 2023`. */
export function isoDateToEnglish(iso: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso)
  if (!match) return iso
  const year = match[1]
  if (!match[2]) return year
  const month = MONTHS[Number(match[2]) - 1]
  if (!match[3]) return `${month} ${year}`
  return `${month} ${Number(match[3])}, ${year}`
}

const ROMAN: Array<[number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
]

export function toRoman(value: number): string {
  let rest = Math.max(1, Math.floor(value))
  let out = ''
  for (const [n, letters] of ROMAN) {
    while (rest >= n) {
      out += letters
      rest -= n
    }
  }
  return out
}

const SMALL_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
]

/** Numbers up to ten as words (style-guide convention), larger ones as digits. */
export function countWord(value: number): string {
  return value >= 0 && value <= 10 && Number.isInteger(value) ? SMALL_WORDS[value] : String(value)
}

export function ordinalSuffix(value: number): string {
  const mod100 = value % 100
  if (mod100 >= 11 && mod100 <= 13) return `${value}th`
  switch (value % 10) {
    case 1: return `${value}st`
    case 2: return `${value}nd`
    case 3: return `${value}rd`
    default: return `${value}th`
  }
}
