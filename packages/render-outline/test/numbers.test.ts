import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { convertQuantity } from '../src/numbers/units.js'
import { findDate, parseChineseNumeral, toRoman } from '../src/numbers/chinese.js'
import { formatDecimal, parseDecimal, shift } from '../src/numbers/decimal.js'

describe('exact unit conversion', () => {
  it.each([
    ['2297', '亿元', '229.7 billion yuan', '229700000000'],
    ['930', '亿元', '93 billion yuan', '93000000000'],
    ['13.65', '万亿元', '13.65 trillion yuan', '13650000000000'],
    ['1314', '万人', '13.14 million people', '13140000'],
    ['48647', '元', '48,647 yuan', '48647'],
    ['6.2', '亿元', '620 million yuan', '620000000'],
    ['1.6', '万个', '16,000', '16000'],
    ['0.3', '%', '0.3%', '0.3'],
    ['1.54', '万亿元', '1.54 trillion yuan', '1540000000000'],
    ['170', '万平方米', '1.7 million square meters', '1700000'],
    ['126', '万亿元', '126 trillion yuan', '126000000000000'],
    ['0.05', '亿元', '5 million yuan', '5000000'],
  ])('%s%s → %s', (value, unit, en, base) => {
    const quantity = convertQuantity(value, unit)
    expect(quantity.en).toBe(en)
    expect(quantity.base.value).toBe(base)
  })

  it('writes percentage points with the right number', () => {
    expect(convertQuantity('1', '个百分点').en).toBe('1 percentage point')
    expect(convertQuantity('0.5', '个百分点').en).toBe('0.5 percentage points')
  })

  it('agrees with BigInt arithmetic for any value and scale', () => {
    const scales: Array<[string, bigint]> = [['万', 4n], ['亿', 8n], ['万亿', 12n], ['', 0n]]
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(...scales),
        (digits, decimals, [scale, power]) => {
          const text = digits.toString().padStart(decimals + 1, '0')
          const value = decimals ? `${text.slice(0, -decimals)}.${text.slice(-decimals)}` : text
          const base = convertQuantity(value, `${scale}元`).base.value
          // value × 10^power, computed independently: digits × 10^(power − decimals)
          const exponent = power - BigInt(decimals)
          const expected =
            exponent >= 0n
              ? (digits * 10n ** exponent).toString()
              : (() => {
                  const divisor = 10n ** -exponent
                  const fraction = (digits % divisor).toString().padStart(Number(-exponent), '0').replace(/0+$/, '')
                  return `${digits / divisor}${fraction ? '.' + fraction : ''}`
                })()
          expect(base).toBe(expected)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('shifts decimals without floating-point error', () => {
    expect(formatDecimal(shift(parseDecimal('0.1'), 1))).toBe('1')
    expect(formatDecimal(shift(parseDecimal('2297'), -1))).toBe('229.7')
    expect(formatDecimal(shift(parseDecimal('0.07'), 2))).toBe('7')
    expect(() => parseDecimal('12a')).toThrow()
  })
})

describe('Chinese numerals and dates', () => {
  it.each([
    ['二〇二三', 2023],
    ['三', 3],
    ['十四', 14],
    ['二十', 20],
    ['一百零八', 108],
    ['两千', 2000],
    ['十九', 19],
    ['八十五万六千', 856000],
    ['三亿五千万', 350000000],
    ['一万六千七百七十亿', 1677000000000],
    ['两万亿', 2000000000000],
  ])('%s = %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value)
  })

  it('reads dates in both scripts', () => {
    expect(findDate('——二〇二三年二月八日在…')?.iso).toBe('2023-02-08')
    expect(findDate('2023年2月8日')?.en).toBe('February 8, 2023')
    expect(findDate('（2023年5月）')?.en).toBe('May 2023')
  })

  it('writes Roman numerals', () => {
    expect([1, 4, 9, 12, 14].map(toRoman)).toEqual(['I', 'IV', 'IX', 'XII', 'XIV'])
  })
})
