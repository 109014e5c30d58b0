/**
 * Key figures: the statistics a report states, as data. Every English value
 * is an exact decimal conversion of the Chinese one.
 */
import type { Nodes, Position, Root } from '@gongwen/parser'
import { arabicNumerals } from '../numbers/arabic.js'
import { countWord, parseChineseNumeral, CHINESE_NUMERAL_CHARS } from '../numbers/chinese.js'
import { convertQuantity, unitAlternatives, type Quantity } from '../numbers/units.js'
import { translateOffline } from '../translate/offline.js'
import { toText } from '../text.js'
import type { Bilingual } from '../types.js'

export type FigureQualifier = 'over' | 'nearly' | 'about' | 'at least'

export interface FigureChange {
  direction: 'increase' | 'decrease'
  /** As printed, e.g. `增长0.3%`. */
  zh: string
  value: string
  /** The upper end of a range such as `增长5%—5.5%`. */
  valueTo?: string
  /** `%`, `个百分点`, or a count unit. */
  unit: string
  /** `+0.3%`, `-1.2 percentage points`. */
  en: string
}

export interface KeyFigure {
  indicator: Bilingual
  /** The number as printed (ASCII digits), or null for a change-only figure (`产值增长9.8%`). */
  value: string | null
  /** The upper end of a range such as `3%—5%`. */
  valueTo?: string
  /** Unit as printed with its scale word: `亿元`, `万人`, `%`, `个`. */
  unit: string
  qualifier?: FigureQualifier
  /** Exact English of the value: `229.7 billion yuan`; null for a change-only figure. */
  en: string | null
  /** The exact value in the base unit, `{ value: '229700000000', unit: 'yuan' }`. */
  base?: Quantity['base']
  change?: FigureChange
  period?: { zh: string; en: string }
  /** The source text the figure was read from. */
  zh: string
  /** Position of the paragraph or list item holding the figure. */
  position?: Position
}

const QUALIFIER_EN: Record<FigureQualifier, string> = {
  over: 'over',
  nearly: 'nearly',
  about: 'about',
  'at least': 'at least',
}

let figurePattern: RegExp | undefined
function pattern(): RegExp {
  if (figurePattern) return figurePattern
  const units = unitAlternatives().filter((unit) => !/^(万亿|亿|万)$/.test(unit)).map(escapeRegExp).join('|')
  const number = '(\\d+(?:\\.\\d+)?)'
  // A number starts where its digits start: tried from inside a long run of
  // digits, the pattern would scan the rest of the run from every position.
  figurePattern = new RegExp(
    `(?<![\\d.])${number}(?:(?:%|万|亿)?\\s*[-~～—–至到]\\s*${number})?(万亿|亿|万)?(余|多)?(${units})(以上|左右|以内)?`,
    'g',
  )
  return figurePattern
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const CHANGE_WORD = /(?:同比|比上年|较上年|年均|分别)?(递增|递减|增长|下降|提高|降低|减少|增加|上涨|回落|上升|下滑|增|降)$/
const DECREASE = /下降|降低|减少|回落|下滑|降|递减/
const LEADING = /^(?:其中|全年|全区|全市|全省|全县|全国|我国|今年|去年|当年|累计|共计|合计|共|实现|完成|并|和|及|我们|一年来|分别|新培育|拟安排|但|而|也|还|同时)+/
const TRAILING = /(?:(?<!公)共|实际|比上年|比去年|同比|达到|达|为|突破|超过|增至|提高到|提高至|增长到|增加到|降至|降到|下降到|总量|规模|保持在|保持|稳定在|约|近|接近|共计|合计|累计|实现|完成|分别|超|逾|已|均|将|年均|平均每年|每年平均|每年|平均|达到了|只有|仅|去年同期|上年同期|(?<!占)比|又|即|要|不能|一般|至少|争取|拟定|拟|定|都|已经|还|占)+$/
/**
 * What is left before a number but names no indicator: a comparison or a verb
 * (`超过计划`, `比上年增产`, `上升到`), or a clause cut off at a function word
 * (`可申请最高不`, `由…的`, `扣除标准为每月`).
 */
const NOT_INDICATOR =
  /^(?:比|较|由|从|按|或|每|的|已|而且|但是|虽然|如果|要使|进一步|上升|下降|增长|增加|减少|降低|提高|超过|远远|大大|推动|支持)|^(?:建设|建立)$|(?:的|由|不|和|及|与|同|对|向|把|被|在|到|至|从|按|按照|每月|方面|比去年|比上年|预计|将|了|最高|为|等|于|参加|有|选择)$|^(?:高于|低于|与上年|根据|依据|连续$)/
/** A time alone names nothing: `平均每年`, `四年间`, `五年来`, `上半年`. */
const TIME_ONLY = /^(?:平均)?(?:每年|[上下]半年|[0-9一二三四五六七八九十两几]+年(?:间|中|来|内|里)?)(?:平均)?(?:每年)?$/
/** Counted things whose count comes before their name: `十五个国家`, `11个方面`. */
const COUNT_UNITS = new Set(['个', '家', '项', '件', '所', '座', '条', '处', '批', '只', '支', '场', '篇', '款'])
/** A starting level: the indicator, then 由/从 (`国民收入由`, `比重由上年的`). */
const FROM = /^(.+?)(?:相应地?)?(?:由|从)(?:上年的|去年的|今年预计的|上年|去年|今年的)?$/
/** What stands between the starting level and the level reached (`增加到`, `提高至`). */
const REACHED = /^(?:增加|提高|上升|下降|降低|减少|增长|扩大|缩小|回落)?(?:到|至|为)(?:今年的|明年的)?$/
const YEAR = /(\d{4})年(?:度|末|底)?/
const YEARS = new RegExp(YEAR.source, 'g')
/** What stands before a year that is compared with or started from, not the figure's own. */
const COMPARED = '比较与同从由自'
const SPAN = new RegExp(`连续([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)年`)

interface Context {
  year?: string
  /** The year of the report (its date), for `五年来`. */
  reportYear?: number
  /** The span a block opens with (`五年来，…`, `“十四五”时期，…`), for its figures. */
  span?: KeyFigure['period']
}

/** All key figures of a document, in document order. */
export function extractFigures(tree: Root): KeyFigure[] {
  const figures: KeyFigure[] = []
  const reportYear = Number(tree.data?.meta?.date?.slice(0, 4))
  const context: Context = Number.isInteger(reportYear) && reportYear > 1900 ? { reportYear } : {}
  walk(tree, context, figures)
  return figures
}

function walk(node: Nodes, context: Context, figures: KeyFigure[]): void {
  switch (node.type) {
    case 'heading': {
      const year = YEAR.exec(arabicNumerals(foldWidth(toText(node))).text)
      if (node.depth === 1) context.year = year ? year[1] : undefined
      else if (year) context.year = year[1]
      return
    }
    case 'paragraph':
    case 'listItem': {
      const text = toText(node)
      scanBlock(text, node.position, { ...context, span: openingSpan(text, context.reportYear) }, figures)
      return
    }
    case 'title':
    case 'subtitle':
    case 'speaker':
    case 'toc':
    case 'signature':
    case 'docNumber':
    case 'addressee':
    case 'salutation':
      return
    case 'appendix':
      for (const child of node.children) walk(child, { ...context }, figures)
      return
    default:
      if ('children' in node) for (const child of node.children as Nodes[]) walk(child, context, figures)
  }
}

/** Scan one block's text; exported for tests on plain strings. */
export function scanText(text: string, options: { year?: string } = {}): KeyFigure[] {
  const figures: KeyFigure[] = []
  scanBlock(text, undefined, { year: options.year }, figures)
  return figures
}

/**
 * Full-width ASCII forms (`２０２３`, `％`, `．`) and the ideographic space
 * folded to ASCII, one unit for one, so offsets in the result are offsets in
 * the text as printed. Reports of the 1950s–90s print the decimal point as a
 * middle dot (增长4·5%): a point too.
 */
function foldWidth(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    out += c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : c === 0x3000 ? ' ' : text[i]
  }
  return out.replace(/(?<=\d)[·・](?=\d)/g, '.')
}

function scanBlock(raw: string, position: Position | undefined, context: Context, figures: KeyFigure[]): void {
  const text = foldWidth(raw)
  let at = 0
  for (const sentence of text.split(/(?<=[。！？!?；;])/u)) {
    scanSentence(sentence, raw.slice(at, at + sentence.length), position, context, figures)
    at += sentence.length
  }
}

/**
 * Scans the sentence with its Chinese-numeral quantities in Arabic digits
 * (`增长百分之七点三` is read as `增长7.3%`); a figure's `zh` is the text
 * as printed (`folded` is `printed` with `foldWidth`, unit for unit).
 */
function scanSentence(folded: string, printed: string, position: Position | undefined, context: Context, figures: KeyFigure[]): void {
  const { text: sentence, map } = arabicNumerals(folded)
  const source = (from: number, to: number) => printed.slice(map[from], map[to]).replace(/^[，,、；;：:\s]+/u, '')
  const regex = pattern()
  regex.lastIndex = 0
  let previous: { figure: KeyFigure; start: number; end: number } | undefined
  // `国民收入由3010亿元增加到3480亿元`: the indicator and where the first number ends, waiting for the level it reaches.
  let from: { indicator: string; segmentStart: number; end: number } | undefined
  // What lies before the current number, read once as the scan moves on (a
  // sentence can be a whole flattened table: nothing here may rescan it).
  const before = new Before(sentence)
  let lastIndicator: string | undefined
  let match: RegExpExecArray | null
  while ((match = regex.exec(sentence))) {
    const [all, value, valueTo, scale = '', approx = '', unit, after = ''] = match
    const start = match.index
    const end = start + all.length
    before.advance(start)
    // inside a quotation (“服务业纾困66条”) or an ordinal (第3) it is a name, not a statistic
    if (before.inQuotation || sentence[start - 1] === '第' || /^[年月日号届]/.test(sentence.slice(end, end + 1))) continue
    const reached = from && REACHED.test(sentence.slice(from.end, start)) ? from : undefined
    from = undefined
    // An indicator is a phrase, never longer than MAX_LEAD characters.
    const segmentStart = reached ? reached.segmentStart : Math.max(before.afterDelimiter, previous?.end ?? 0, start - MAX_LEAD)
    let lead = reached ? reached.indicator : sentence.slice(segmentStart, start).replace(/^[，,、；;：:（(\s]+/u, '')
    const starting = reached ? undefined : FROM.exec(lead)
    if (starting && cleanIndicator(starting[1] ?? '').text) {
      from = { indicator: starting[1] ?? '', segmentStart, end }
      previous = undefined
      continue
    }
    const fullUnit = scale + unit
    // `同十五个国家`, `重点做好11个方面`: the count belongs to the noun after it; what stands before names nothing.
    if (!scale && !after && COUNT_UNITS.has(unit) && /^\p{Script=Han}/u.test(sentence.slice(end))) {
      previous = undefined
      continue
    }
    const change = CHANGE_WORD.exec(lead)
    if (change && !/[到至]$/.test(lead)) {
      const figureChange = makeChange(change[0] + all, change[1], value, fullUnit, valueTo)
      if (after === '左右') figureChange.en = `about ${figureChange.en}`
      if (after === '以上') figureChange.en = `over ${figureChange.en}`
      const gap = lead.slice(0, change.index).replace(/[，,、\s]|同比|比上年|较上年/g, '')
      if (previous && !previous.figure.change && gap === '') {
        previous.figure.change = figureChange
        previous.figure.zh = source(previous.start, end) || previous.figure.zh
        previous.end = end
        continue
      }
      lead = lead.slice(0, change.index)
      const indicator = ofPrevious(cleanIndicator(lead), lastIndicator)
      if (!indicator.text) continue
      lastIndicator = indicator.text
      const figure: KeyFigure = {
        indicator: bilingual(indicator.text),
        value: null,
        unit: '',
        en: null,
        change: figureChange,
        period: period(indicator, before.year, context),
        zh: source(segmentStart, end),
        ...(position ? { position } : {}),
      }
      figures.push(figure)
      previous = { figure, start: segmentStart, end }
      continue
    }
    const qualifier = qualifierOf(lead, approx, after)
    const indicator = ofPrevious(cleanIndicator(lead), lastIndicator)
    if (!indicator.text) {
      previous = undefined
      continue
    }
    lastIndicator = indicator.text
    const quantity = convertQuantity(value, fullUnit)
    let en = quantity.en
    if (valueTo) en = `${convertQuantity(value, fullUnit).en.replace(/ .*$/, '')}–${convertQuantity(valueTo, fullUnit).en}`
    if (valueTo && fullUnit === '%') en = `${value}%–${valueTo}%`
    if (qualifier) en = `${QUALIFIER_EN[qualifier]} ${en}`
    const figure: KeyFigure = {
      indicator: bilingual(indicator.text),
      value,
      ...(valueTo ? { valueTo } : {}),
      unit: fullUnit,
      ...(qualifier ? { qualifier } : {}),
      en,
      base: quantity.base,
      period: period(indicator, before.year, context),
      zh: source(segmentStart, end),
      ...(position ? { position } : {}),
    }
    figures.push(figure)
    previous = { figure, start: segmentStart, end }
  }
}

const MAX_LEAD = 100
const DELIMITERS = new Set(['，', ',', '；', ';', '：', ':', '（', '(', ')', '）', '。', '、', '\n'])
/** A year; one compared with (`比2012年`, `同1978年相比`) or started from (`由1978年的`) is not the figure's. */
const PERIOD_YEAR = new RegExp(`(?<![${COMPARED}])(\\d{4})年`, 'g')

/** The text before a position of a sentence, read incrementally as the position moves forward. */
class Before {
  private scanned = 0
  private opened = 0
  private closed = 0
  private readonly years: RegExp
  /** The next year of the sentence not yet passed: undefined before the first search, null when there is none. */
  private next: RegExpExecArray | null | undefined
  /** Just after the last delimiter (`，`, `；`, `（`…) before the position. */
  afterDelimiter = 0
  /** The last year before the position, if any. */
  year: string | undefined

  constructor(private readonly sentence: string) {
    this.years = new RegExp(PERIOD_YEAR.source, 'g')
  }

  /** Inside an open quotation mark (`“服务业纾困66条”`). */
  get inQuotation(): boolean {
    return this.opened > this.closed
  }

  advance(to: number): void {
    for (let i = this.scanned; i < to; i++) {
      const c = this.sentence[i]!
      if (c === '“') this.opened++
      else if (c === '”') this.closed++
      if (DELIMITERS.has(c)) this.afterDelimiter = i + 1
    }
    this.scanned = Math.max(this.scanned, to)
    // The next year waits until the position has passed it.
    if (this.next === undefined) this.next = this.years.exec(this.sentence)
    while (this.next && this.next.index + this.next[0].length <= to) {
      this.year = this.next[1]
      this.next = this.years.exec(this.sentence)
    }
  }
}

/** A change; a range reads `+5% to +5.5%` (`增长5%—5.5%`), `+30,000 to +50,000 tonnes`. */
function makeChange(zh: string, word: string, value: string, unit: string, valueTo?: string): FigureChange {
  const direction = DECREASE.test(word) ? 'decrease' : 'increase'
  const sign = direction === 'decrease' ? '-' : '+'
  const quantity = convertQuantity(value, unit)
  let en = `${sign}${quantity.en}`
  if (valueTo) {
    const upper = convertQuantity(valueTo, unit).en
    // `+30,000 to +50,000 tonnes`: the unit once, when both ends have the same.
    const [lowerNumber, ...lowerUnit] = quantity.en.split(' ')
    const sameUnit = lowerUnit.length > 0 && upper.endsWith(' ' + lowerUnit.join(' '))
    en = `${sign}${sameUnit ? lowerNumber : quantity.en} to ${sign}${upper}`
  }
  return { direction, zh, value, ...(valueTo ? { valueTo } : {}), unit, en }
}

function qualifierOf(lead: string, approx: string, after: string): FigureQualifier | undefined {
  if (approx || /(超过|逾|超|突破)$/.test(lead)) return 'over'
  if (after === '以上') return 'over'
  if (/(近|接近)$/.test(lead)) return 'nearly'
  if (/约$/.test(lead) || after === '左右') return 'about'
  return undefined
}

interface Indicator {
  text: string
  year?: string
  span?: number
  spanZh?: string
}

/** Five-year plans by their short names: “十四五” is 2021–2025. */
const PLAN_START: Record<string, number> = { 六五: 1981, 七五: 1986, 八五: 1991, 九五: 1996, 十五: 2001, 十一五: 2006, 十二五: 2011, 十三五: 2016, 十四五: 2021, 十五五: 2026 }
const OPENING_SPAN = /^(?:(五年来|过去五年|这五年)|“?(六五|七五|八五|九五|十五五|十五|十一五|十二五|十三五|十四五)”?(?:时期|期间|以来|规划实施以来))[，,]/

/**
 * A block that opens with a span (`五年来，…城镇新增就业522万人`) states
 * figures for that span, not for the year of its section.
 */
function openingSpan(text: string, reportYear: number | undefined): KeyFigure['period'] {
  const match = OPENING_SPAN.exec(text.trimStart())
  if (!match) return undefined
  const start = match[2] ? PLAN_START[match[2]] : reportYear === undefined ? undefined : reportYear - 5
  if (start === undefined) return { zh: match[1] ?? '', en: 'the past five years' }
  return { zh: `${start}—${start + 4}年`, en: `${start}–${start + 4}` }
}

/** A word that names the measure of what was just named: `外贸进出口增长8.4%，总额超过8000亿元`. */
const OF_PREVIOUS = /^(?:总额|总量|总值|总数|规模)$/

/** `总额` after `外贸进出口` is `外贸进出口总额`. */
function ofPrevious(indicator: Indicator, previous: string | undefined): Indicator {
  // A share or a rate has no total (`投资比重` … `总额`).
  if (!previous || !OF_PREVIOUS.test(indicator.text) || /(?:比重|占比|率|比例)$/.test(previous)) return indicator
  return { ...indicator, text: previous.replace(/(?:总额|总量|总值|总数|规模)$/, '') + indicator.text }
}

function cleanIndicator(lead: string): Indicator {
  let text = lead.trim()
  const result: Indicator = { text: '' }
  // Every year goes (`1958年又比1957年`); the figure's own is the first that is not compared with.
  const years = [...text.matchAll(YEARS)]
  const own = years.find((year) => year.index === 0 || !COMPARED.includes(text[year.index - 1]!))
  if (own) result.year = own[1]
  if (years.length > 0) text = text.replace(YEARS, '')
  const span = SPAN.exec(text)
  if (span) {
    const n = /^[0-9]+$/.test(span[1]) ? Number(span[1]) : parseChineseNumeral(span[1])
    if (n !== undefined) {
      result.span = n
      result.spanZh = span[0]
    }
    text = text.replace(SPAN, '')
  }
  for (let i = 0; i < 3; i++) {
    text = text.replace(LEADING, '').replace(TRAILING, '').trim()
  }
  text = text.replace(/^[“”"、，,\s]+|[“”"、，,\s]+$/gu, '')
  if (!/\p{Script=Han}/u.test(text) || [...text].length < 2 || NOT_INDICATOR.test(text) || TIME_ONLY.test(text)) return result
  result.text = text
  return result
}

function period(indicator: Indicator, yearBefore: string | undefined, context: Context): KeyFigure['period'] {
  const year = indicator.year ?? yearBefore ?? (indicator.span === undefined && context.span ? undefined : context.year)
  if (year === undefined && indicator.span === undefined && context.span) return context.span
  if (indicator.span !== undefined) {
    const spanEn = `${countWord(indicator.span)} consecutive years`
    return { zh: (year ? `${year}年` : '') + (indicator.spanZh ?? ''), en: year ? `${year} (${spanEn})` : spanEn }
  }
  return year ? { zh: `${year}年`, en: year } : undefined
}

function bilingual(zh: string): Bilingual {
  const translation = translateOffline(zh)
  return { zh, en: translation.en, source: translation.source }
}
