/**
 * Units of Chinese statistics and their exact English conversion.
 */
import { parseDecimal, shift, toEnglishQuantity, formatDecimal, type Decimal } from './decimal.js'

export interface UnitInfo {
  /** English unit after the number; empty for plain counts (个, 家, 项). */
  en: string
  /** English unit for a quantity of exactly 1. */
  enSingular?: string
}

/** Base units, longest first where one is a prefix of another. */
export const BASE_UNITS: Record<string, UnitInfo> = {
  千瓦小时: { en: 'kWh' },
  千瓦时: { en: 'kWh' },
  人公里: { en: 'passenger-kilometers', enSingular: 'passenger-kilometer' },
  吨公里: { en: 'ton-kilometers', enSingular: 'ton-kilometer' },
  千瓦: { en: 'kW' },
  平方公里: { en: 'square kilometers', enSingular: 'square kilometer' },
  平方米: { en: 'square meters', enSingular: 'square meter' },
  立方米: { en: 'cubic meters', enSingular: 'cubic meter' },
  公里: { en: 'kilometers', enSingular: 'kilometer' },
  千米: { en: 'kilometers', enSingular: 'kilometer' },
  千克: { en: 'kilograms', enSingular: 'kilogram' },
  公斤: { en: 'kilograms', enSingular: 'kilogram' },
  公顷: { en: 'hectares', enSingular: 'hectare' },
  美元: { en: 'US dollars', enSingular: 'US dollar' },
  元: { en: 'yuan' },
  人次: { en: 'person-times' },
  家次: { en: 'visits', enSingular: 'visit' },
  户: { en: 'households', enSingular: 'household' },
  人: { en: 'people', enSingular: 'person' },
  名: { en: 'people', enSingular: 'person' },
  吨: { en: 'tonnes', enSingular: 'tonne' },
  亩: { en: 'mu' },
  标箱: { en: 'TEUs', enSingular: 'TEU' },
  辆: { en: 'vehicles', enSingular: 'vehicle' },
  台: { en: 'units', enSingular: 'unit' },
  套: { en: 'units', enSingular: 'unit' },
  天: { en: 'days', enSingular: 'day' },
  个月: { en: 'months', enSingular: 'month' },
  小时: { en: 'hours', enSingular: 'hour' },
  倍: { en: 'times' },
  个: { en: '' },
  家: { en: '' },
  项: { en: '' },
  件: { en: '' },
  所: { en: '' },
  座: { en: '' },
  条: { en: '' },
  处: { en: '' },
  批: { en: '' },
  只: { en: '' },
  支: { en: '' },
  场: { en: '' },
  次: { en: 'times', enSingular: 'time' },
  篇: { en: '' },
  款: { en: '' },
}

/** Chinese scale words: 万 = 10^4, 亿 = 10^8, 万亿 = 10^12. */
export const SCALES: Record<string, number> = { 万亿: 12, 亿: 8, 万: 4 }

export interface Quantity {
  /** The decimal as printed, e.g. `2297`, `13.65`. */
  value: string
  /** The unit as printed, with its scale word, e.g. `亿元`, `万人`, `个`. */
  unit: string
  /** Exact English, e.g. `229.7 billion yuan`, `13.14 million people`, `100`. */
  en: string
  /** The exact value in the base unit (`229700000000`) and that unit (`yuan`). */
  base: { value: string; unit: string }
}

export function splitUnit(unit: string): { scale: string; base: string } {
  for (const scale of Object.keys(SCALES)) {
    if (unit.startsWith(scale) && (unit.length === scale.length || unit.slice(scale.length) in BASE_UNITS)) {
      return { scale, base: unit.slice(scale.length) }
    }
  }
  return { scale: '', base: unit }
}

function scaled(value: string, unit: string): { amount: Decimal; info: UnitInfo | undefined; base: string } {
  const { scale, base } = splitUnit(unit)
  const amount = shift(parseDecimal(value), scale ? SCALES[scale] : 0)
  return { amount, info: base ? BASE_UNITS[base] : { en: '' }, base }
}

/** Exact English for `value` + `unit` (`2297`, `亿元` → `229.7 billion yuan`). */
export function convertQuantity(value: string, unit: string): Quantity {
  if (unit === '%') {
    return { value, unit, en: `${formatDecimal(parseDecimal(value))}%`, base: { value: formatDecimal(parseDecimal(value)), unit: 'percent' } }
  }
  if (unit === '个百分点' || unit === '百分点') {
    const amount = formatDecimal(parseDecimal(value))
    return {
      value,
      unit,
      en: `${amount} percentage ${amount === '1' ? 'point' : 'points'}`,
      base: { value: amount, unit: 'percentage points' },
    }
  }
  const { amount, info } = scaled(value, unit)
  const quantity = toEnglishQuantity(amount)
  const exact = formatDecimal(amount)
  const enUnit = info ? (exact === '1' && info.enSingular ? info.enSingular : info.en) : ''
  return {
    value,
    unit,
    en: enUnit ? `${quantity} ${enUnit}` : quantity,
    base: { value: exact, unit: info?.en ?? '' },
  }
}

/** Every unit the figure scanner accepts, longest first (so 万亿元 wins over 万). */
export function unitAlternatives(): string[] {
  const units = new Set<string>(['%', '个百分点', '百分点'])
  for (const base of Object.keys(BASE_UNITS)) {
    units.add(base)
    for (const scale of Object.keys(SCALES)) units.add(scale + base)
  }
  for (const scale of Object.keys(SCALES)) units.add(scale)
  return [...units].sort((a, b) => b.length - a.length)
}
