import type { NumberingStyle } from '../ast.js'
import { chineseToNumber } from '../util/chinese-numbers.js'

const CN = '[一二三四五六七八九十百零〇两]{1,4}'

export interface MarkerRule {
  style: NumberingStyle
  /** Group 1: the number; the whole match is the marker. */
  pattern: RegExp
}

/** Heading markers, tested in this order against the start of a line. */
export const markerRules: MarkerRule[] = [
  { style: 'part', pattern: new RegExp(`^第(${CN}|\\d{1,3})部分\\s*`) },
  { style: 'chapter', pattern: new RegExp(`^第(${CN}|\\d{1,3})章\\s*`) },
  { style: 'section', pattern: new RegExp(`^第(${CN}|\\d{1,3})节\\s*`) },
  { style: 'article', pattern: new RegExp(`^第(${CN}|\\d{1,3})条\\s*`) },
  { style: 'cn-comma', pattern: new RegExp(`^(${CN})\\s*[、，．.]\\s*`) },
  { style: 'cn-paren', pattern: new RegExp(`^[（(]\\s*(${CN})\\s*[）)]\\s*[、，]?\\s*`) },
  { style: 'decimal', pattern: /^(\d{1,2}(?:\.\d{1,2}){1,3})(?:\s+|(?=[\u4e00-\u9fff]))/ },
  { style: 'arabic-paren', pattern: /^[（(]\s*(\d{1,3})\s*[）)]\s*/ },
  { style: 'arabic-dot', pattern: /^(\d{1,3})\s*(?:[．.、](?!\d)|\s+(?=[\u4e00-\u9fff]))\s*/ },
  // The official English versions number their top sections `I.`, `II.`…;
  // a capital must follow (`I. A Review of Our Work in 2023`, not `I. think`).
  { style: 'roman', pattern: /^(?=[IVX])(X{0,3}(?:IX|IV|V?I{0,3}))\.\s+(?=[A-Z])/ },
]

export interface MarkerMatch {
  style: NumberingStyle
  marker: string
  ordinal: number
}

export function matchMarker(text: string): MarkerMatch | undefined {
  for (const rule of markerRules) {
    const m = rule.pattern.exec(text)
    if (!m) continue
    const num = m[1]!
    let ordinal: number
    if (rule.style === 'decimal') {
      const parts = num.split('.')
      ordinal = Number(parts[parts.length - 1])
    } else if (rule.style === 'roman') {
      ordinal = romanToNumber(num)
    } else {
      ordinal = chineseToNumber(num)
    }
    if (!Number.isFinite(ordinal) || ordinal < 1) continue
    // `2023年…`, `12月…` and numbers with units are text, not markers.
    const rest = text.slice(m[0].length)
    if (rule.style === 'arabic-dot' && /^[年月日号%％万亿元个项家]/.test(rest)) continue
    if (rule.style === 'cn-comma' && /^[是来则]/.test(rest)) continue
    return { style: rule.style, marker: m[0].trimEnd(), ordinal }
  }
  return undefined
}


const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10 }

/** `XIV` → 14 (the pattern only lets through well-formed numerals up to 39). */
function romanToNumber(numeral: string): number {
  let total = 0
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN_DIGITS[numeral[i]!] ?? 0
    const next = ROMAN_DIGITS[numeral[i + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  return total
}

/** List item markers. */
export const DASH_ITEM = /^(?:——|──|—|－－|--|――)(?=\S)/
export const CIRCLED_ITEM = /^[①-⑳㉑-㉟㊱-㊿]/

/** Does this line open a structure that must start on its own line? */
export function startsStructure(text: string): boolean {
  return DASH_ITEM.test(text) || CIRCLED_ITEM.test(text) || matchMarker(text) !== undefined
}
