const DIGITS: Record<string, number> = {
  零: 0, '〇': 0, '○': 0, 'Ｏ': 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
}
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 }

/**
 * Value of a Chinese numeral below 10,000 (`十一` → 11, `二十` → 20), or of
 * Arabic digits. Returns NaN for anything else.
 */
export function chineseToNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text)
  let total = 0
  let digit = -1
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!
    } else if (ch in UNITS) {
      total += (digit < 0 ? 1 : digit) * UNITS[ch]!
      digit = -1
    } else {
      return Number.NaN
    }
  }
  if (digit > 0) total += digit
  return total
}

/** A year written digit by digit: `二〇二三` → 2023. */
export function chineseYear(text: string): number {
  if (/^\d{4}$/.test(text)) return Number(text)
  let out = ''
  for (const ch of text) {
    if (!(ch in DIGITS)) return Number.NaN
    out += String(DIGITS[ch])
  }
  return out.length === 4 ? Number(out) : Number.NaN
}

const CN_NUM = '[零〇○一二三四五六七八九十两]'

/** `2023年2月8日`, `二〇二三年二月八日`, `2023-02-08`, `2023年5月` → ISO 8601 (day optional). */
export function findDate(text: string): string | undefined {
  let m = /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/.exec(text)
  if (m) return iso(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined)
  m = new RegExp(`(${CN_NUM}{4})年(${CN_NUM}{1,3})月(?:(${CN_NUM}{1,3})日)?`).exec(text)
  if (m) {
    return iso(chineseYear(m[1]!), chineseToNumber(m[2]!), m[3] ? chineseToNumber(m[3]) : undefined)
  }
  m = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(text)
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]))
  return undefined
}

function iso(year: number, month: number, day: number | undefined): string | undefined {
  if (!(year >= 1900 && year <= 2200 && month >= 1 && month <= 12)) return undefined
  const mm = String(month).padStart(2, '0')
  if (day === undefined) return `${year}-${mm}`
  if (!(day >= 1 && day <= 31)) return undefined
  return `${year}-${mm}-${String(day).padStart(2, '0')}`
}
