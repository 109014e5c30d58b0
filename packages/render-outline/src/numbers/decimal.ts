/**
 * Exact decimal arithmetic on digit strings. Unit conversions such as
 * 2297亿 → 229.7 billion only ever move the decimal point, so a shift by a
 * power of ten is all we need, and doing it on strings keeps it exact
 * (floating point turns 0.1 + 0.2 into 0.30000000000000004).
 */

export interface Decimal {
  /** Digits without sign, leading or trailing zeros trimmed, e.g. `2297`. */
  digits: string
  /** Power of ten of the last digit: value = digits × 10^exponent. */
  exponent: number
  negative: boolean
}

const DECIMAL_PATTERN = /^([+-]?)(\d*)(?:\.(\d*))?$/

/** Parse `2297`, `13.65`, `-0.3`, `.5`; throws on anything else. */
export function parseDecimal(input: string): Decimal {
  const match = DECIMAL_PATTERN.exec(input.replace(/,/g, ''))
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) {
    throw new Error(`Not a decimal number: ${JSON.stringify(input)}`)
  }
  const whole = match[2]
  const fraction = match[3] ?? ''
  return normalise({
    digits: whole + fraction,
    exponent: -fraction.length,
    negative: match[1] === '-',
  })
}

function normalise(value: Decimal): Decimal {
  let digits = value.digits.replace(/^0+/, '')
  let exponent = value.exponent
  if (digits === '') return { digits: '0', exponent: 0, negative: false }
  const trailing = /0+$/.exec(digits)
  if (trailing) {
    digits = digits.slice(0, -trailing[0].length)
    exponent += trailing[0].length
  }
  return { digits, exponent, negative: value.negative }
}

/** Multiply by 10^places (divide when negative). */
export function shift(value: Decimal, places: number): Decimal {
  return normalise({ ...value, exponent: value.exponent + places })
}

/** Plain decimal notation without exponent: `229.7`, `48647`, `0.05`. */
export function formatDecimal(value: Decimal, options: { grouping?: boolean } = {}): string {
  const { digits, exponent } = value
  let whole: string
  let fraction: string
  if (exponent >= 0) {
    whole = digits + '0'.repeat(exponent)
    fraction = ''
  } else if (-exponent >= digits.length) {
    whole = '0'
    fraction = '0'.repeat(-exponent - digits.length) + digits
  } else {
    whole = digits.slice(0, digits.length + exponent)
    fraction = digits.slice(digits.length + exponent)
  }
  if (options.grouping && whole.length > 3) {
    whole = whole.replace(/\B(?=(\d{3})+$)/g, ',')
  }
  const sign = value.negative && digits !== '0' ? '-' : ''
  return sign + whole + (fraction ? '.' + fraction : '')
}

/** Number of digits left of the decimal point (magnitude order), 0 for values < 1. */
export function integerDigits(value: Decimal): number {
  return Math.max(0, value.digits.length + value.exponent)
}

export function isZero(value: Decimal): boolean {
  return value.digits === '0'
}

/** Compare magnitudes; -1, 0 or 1. */
export function compareMagnitude(a: Decimal, b: Decimal): number {
  const orderA = a.digits.length + a.exponent
  const orderB = b.digits.length + b.exponent
  if (isZero(a) || isZero(b)) return isZero(a) === isZero(b) ? 0 : isZero(a) ? -1 : 1
  if (orderA !== orderB) return orderA < orderB ? -1 : 1
  const length = Math.max(a.digits.length, b.digits.length)
  const left = a.digits.padEnd(length, '0')
  const right = b.digits.padEnd(length, '0')
  return left === right ? 0 : left < right ? -1 : 1
}

const ENGLISH_SCALES: Array<{ power: number; word: string }> = [
  { power: 12, word: 'trillion' },
  { power: 9, word: 'billion' },
  { power: 6, word: 'million' },
]

/**
 * Write an absolute quantity the way official English translations do:
 * `229.7 billion`, `13.65 trillion`, `13.14 million`, `48,647`, `16,000`.
 * Quantities below a million are written out in full with thousands
 * separators; larger ones use the largest scale word that leaves a whole
 * part of at least 1.
 */
export function toEnglishQuantity(value: Decimal): string {
  const order = value.digits.length + value.exponent
  for (const scale of ENGLISH_SCALES) {
    if (order > scale.power) {
      return `${formatDecimal(shift(value, -scale.power))} ${scale.word}`
    }
  }
  return formatDecimal(value, { grouping: true })
}
