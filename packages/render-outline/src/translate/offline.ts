/**
 * The built-in offline engine: glossary, heading-shape patterns, exact
 * numbers, and CC-CEDICT as the word-level last resort. It always answers,
 * and its answer never contains a Han character.
 */
import { convertQuantity, unitAlternatives } from '../numbers/units.js'
import { CHINESE_NUMERAL_CHARS, countWord, findDate, ordinalSuffix, parseChineseNumeral, toRoman } from '../numbers/chinese.js'
import type { Translation, Translator } from '../types.js'
import { cedictGloss, cedictHasCommonWord, cedictMaxLength, charPinyin } from './cedict.js'
import { loadLexicon, type Lexicon } from './lexicon.js'

export const HAN = /[\p{Script=Han}〇]/u
const HAN_GLOBAL = /[\p{Script=Han}〇]/gu

type TokenKind = 'term' | 'verb' | 'adverb' | 'and' | 'comma' | 'of' | 'number' | 'latin' | 'quote' | 'fallback' | 'skip'

interface Token {
  zh: string
  en: string
  kind: TokenKind
  /** Also usable as a verb (发展 is both a term and a verb). */
  verb?: { gerund: string; nominal: string }
  adverb?: string
}

interface Result {
  en: string
  fallback: boolean
  /** How the clause reads after a comma, when it reports an outcome (`…, with X markedly improved`). */
  after?: string
}

const CONNECTORS: Record<string, TokenKind> = { 和: 'and', 与: 'and', 及: 'and', 以及: 'and', 并: 'and', '、': 'comma', 的: 'of' }
/** Chinese puts the action noun last (产业体系建设); English puts it first (development of …). */
const HEAD_NOUNS: Record<string, string> = {
  建设: 'the development of',
  发展: 'the development of',
  改革: 'the reform of',
  治理: 'the governance of',
  保护: 'the protection of',
  转型: 'the transformation of',
  升级: 'the upgrading of',
  管理: 'the management of',
  融合: 'the integration of',
  创新: 'innovation in',
  深度融合: 'the deep integration of',
  水平: 'the level of',
  品质: 'the quality of',
  整体效能: 'the overall efficiency of',
  根基: 'the foundation of',
  动力活力: 'the impetus and vitality of',
  影响力: 'the influence of',
  吸引力: 'the appeal of',
  能级: 'the standing of',
  底线: 'the bottom line of',
  防线: 'the line of defense of',
  有机结合: 'the organic integration of',
  融合发展: 'the integrated development of',
  吸引力和影响力: 'the appeal and influence of',
  落地: 'the implementation of',
  良性互动: 'positive interaction between',
  生动图景: 'a vivid picture of',
  提质增效: 'better quality and efficiency of',
  步伐: 'the pace of',
  比重: 'the share of',
  所占比重: 'the share of',
  执行情况: 'the implementation of',
  完成情况: 'the fulfilment of',
  平稳发展: 'the steady development of',
}
/** Verbs that open a modifier before 的 (体现江西特色的产业体系): the English puts it after the noun. */
const MODIFIER_VERBS: Record<string, string> = { 体现: 'reflecting', 具有: 'with', 有: 'with', 彰显: 'showcasing', 符合: 'suited to' }
const SKIPPED = new Set(['了', '着', '地', '之'])

let unitPattern: RegExp | undefined
function numberPattern(): RegExp {
  unitPattern ??= new RegExp(
    `^(\\d+(?:\\.\\d+)?)(万亿|亿|万)?(余|多)?(${unitAlternatives().filter((unit) => !/^(万亿|亿|万)$/.test(unit)).map(escapeRegExp).join('|')})?`,
  )
  return unitPattern
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** NFKC, drop letter-spacing between Han characters, trim closing punctuation. */
export function normaliseSource(zh: string): string {
  return zh
    .normalize('NFKC')
    .replace(/[\u00a0\u3000]/g, ' ')
    .replace(/(?<=[\p{Script=Han}])\s+(?=[\p{Script=Han}])/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[。.;；!！]+$/u, '')
    .trim()
}

// ---------------------------------------------------------------------------
// Whole-line patterns for the formulaic shapes of report headings and fronts.

const NUM = `[0-9]+|[${CHINESE_NUMERAL_CHARS}]+`

function readNum(text: string): number | undefined {
  return /^[0-9]+$/.test(text) ? Number(text) : parseChineseNumeral(text)
}

const ORDINAL_WORDS = ['', 'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth']

function ordinalWord(value: number): string {
  return ORDINAL_WORDS[value] ?? ordinalSuffix(value)
}

interface Pattern {
  test: RegExp
  build: (match: RegExpExecArray, inner: (zh: string) => Result) => Result | undefined
}

const fixed = (en: string): Result => ({ en, fallback: false })


/** Inner phrases come back lower-case except names and titled shapes; only a leading article needs lowering. */
const lowerFirst = (text: string): string => text.replace(/^The /, 'the ')

/** “十四五”(时期) → the 14th Five-Year Plan Period; undefined when it is not a plan period. */
function planPeriod(zh: string): string | undefined {
  const key = zh.replace(/(?:时期|期间)$/, '')
  const en = loadLexicon().terms.get(key)
  return en && /Five-Year Plan$/.test(en) ? `the ${en} Period` : undefined
}

/** Outcomes a review heading reports (社会文明程度明显提升): participle after its subject. */
const OUTCOME_VERBS: Record<string, string> = {
  得到提升: 'improved',
  巩固拓展: 'consolidated and expanded',
  发展壮大: 'grown stronger',
  加快构建: 'taking shape faster',
  扎实推进: 'advanced solidly',
  做大做优做强: 'grown bigger, better and stronger',
  持续激发: 'continuously unleashed',
  稳步增进: 'steadily improved',
  提升: 'improved',
  增强: 'strengthened',
  更强: 'stronger',
  提高: 'improved',
  加快: 'accelerated',
  巩固: 'consolidated',
  激发: 'unleashed',
  改善: 'improved',
  深化: 'deepened',
  夯实: 'consolidated',
  展现: 'on display',
  增进: 'improved',
  加速绘就: 'taking shape faster',
  保持安定稳定: 'kept stable',
  保持稳定: 'kept stable',
}
const OUTCOME_ADVERBS: Record<string, string> = {
  明显: 'markedly',
  显著: 'significantly',
  不断: 'steadily',
  持续: 'continuously',
  稳步: 'steadily',
  日益: 'increasingly',
  进一步: 'further',
  全面: 'comprehensively',
  生动: 'vividly',
  稳中: 'steadily',
}
const OUTCOME_PATTERN = new RegExp(
  `^([^，,；;：:、]{2,}?)(${Object.keys(OUTCOME_ADVERBS).join('|')})?(${Object.keys(OUTCOME_VERBS).join('|')})$`,
)
/** 取得新进展, 实现新突破, 迈出坚实步伐: the gain, named as a noun. */
const GAIN_ADJECTIVES: Record<string, string> = {
  新的更大: 'greater',
  新: 'new',
  显著: 'notable',
  重大: 'major',
  决定性: 'decisive',
  明显: 'marked',
  积极: 'positive',
  坚实: 'solid',
}
const GAIN_NOUNS: Record<string, string> = { 进展: 'progress', 成效: 'results', 突破: 'breakthroughs', 成果: 'results', 步伐: 'steps' }

/** The first token of a clause opens a task (a verb or an adverb) rather than naming a subject. */
function opensWithAction(zh: string): boolean {
  const first = segment(zh, loadLexicon())[0]
  return !first || first.verb !== undefined || first.adverb !== undefined || first.kind === 'and' || first.kind === 'of'
}

const PATTERNS: Pattern[] = [
  {
    // 2025年工作和“十四五”发展回顾
    test: /^(\d{4})年工作(?:和|及|与)(.+?)(经济社会)?发展回顾$/,
    build: (m) => {
      const period = planPeriod(m[2])
      return period ? fixed(`Review of Our Work in ${m[1]} and of ${m[3] ? 'Economic and Social ' : ''}Development during ${period}`) : undefined
    },
  },
  {
    // “十四五”时期发展成就, “十四五”发展主要成绩
    test: /^(.+?)(经济社会)?发展(?:的)?(?:主要)?(?:成就|成绩)$/,
    build: (m) => {
      const period = planPeriod(m[1])
      return period ? fixed(`Achievements in ${m[2] ? 'Economic and Social ' : ''}Development during ${period}`) : undefined
    },
  },
  {
    // “十四五”时期经济社会发展回顾, “九五”时期国民经济和社会发展的回顾
    test: /^(.+?)(经济社会|国民经济和社会)?发展(?:的)?回顾$/,
    build: (m) => {
      const period = planPeriod(m[1])
      const what = m[2] === '国民经济和社会' ? 'National Economic and Social ' : m[2] ? 'Economic and Social ' : ''
      return period ? fixed(`Review of ${what}Development during ${period}`) : undefined
    },
  },
  {
    // “十五五”时期发展的总体要求, “十五五”时期经济社会发展把握的重要要求
    test: /^(.+?)(经济社会)?发展(?:的|把握的)?(主要考虑|总体要求|主要目标|重点任务|时代背景|重要要求)$/,
    build: (m) => {
      const period = planPeriod(m[1])
      const what = { 主要考虑: 'Main Considerations for', 总体要求: 'Overall Requirements for', 主要目标: 'Main Targets for', 重点任务: 'Priority Tasks for', 时代背景: 'The Context of', 重要要求: 'Important Requirements for' }[m[3]]
      return period && what ? fixed(`${what} ${m[2] ? 'Economic and Social ' : ''}Development during ${period}`) : undefined
    },
  },
  {
    // “十五五”时期主要目标, “十五五”时期主要目标和重大任务
    test: /^(.+?)(?:的)?主要目标(?:(?:和|与)?(?:重点|重大)?(任务))?$/,
    build: (m) => {
      const period = planPeriod(m[1])
      return period ? fixed(`Major Targets ${m[2] ? 'and Tasks ' : ''}for ${period}`) : undefined
    },
  },
  { test: /^(?:关于)?(\d{4})年(?:的)?工作$/, build: (m) => fixed(`Our Work for ${m[1]}`) },

  {
    // ——2023年2月8日在重庆市渝北区第十九届人民代表大会第三次会议上
    test: /^[—―\-–]*\s*([0-9〇零一二三四五六七八九十]{4}年[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,3}日)?)?\s*在(.+?)上$/,
    build: (m, inner) => {
      const meeting = inner(m[2])
      const date = m[1] ? findDate(m[1]) : undefined
      return { en: `Delivered at ${meeting.en.replace(/^The /, 'the ')}${date ? ` on ${date.en}` : ''}`, fallback: meeting.fallback }
    },
  },
  {
    // （2023年5月）
    test: /^[(（]\s*([0-9〇零一二三四五六七八九十]{4}年[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,3}日)?)\s*[)）]$/,
    build: (m) => {
      const date = findDate(m[1])
      return date ? fixed(`(${date.en})`) : undefined
    },
  },
  { test: /^(\d{4})年工作回顾$/, build: (m) => fixed(`Review of Our Work in ${m[1]}`) },
  { test: /^过去一年(?:的)?工作回顾$/, build: () => fixed('Review of Our Work in the Past Year') },
  { test: /^过去五年(?:的)?工作回顾$/, build: () => fixed('Review of Our Work in the Past Five Years') },
  { test: /^(\d{4})年(?:经济社会发展)?的?总体要求和政策取向$/, build: (m) => fixed(`Overall Requirements and Policy Orientation for Economic and Social Development in ${m[1]}`) },
  { test: /^(\d{4})年(?:经济社会发展)?的?总体要求和主要(?:预期)?目标$/, build: (m) => fixed(`Overall Requirements and Main Targets for Economic and Social Development in ${m[1]}`) },
  { test: /^(\d{4})年(?:政府)?(?:的)?(?:重点|主要)?工作任务$/, build: (m) => fixed(`Major Tasks for ${m[1]}`) },
  { test: /^(\d{4})年(?:的)?(?:重点|主要)工作(?:安排)?$/, build: (m) => fixed(`Priorities for ${m[1]}`) },
  { test: /^(\d{4})年(?:的)?工作安排$/, build: (m) => fixed(`Work Plan for ${m[1]}`) },
  { test: /^(\d{4})年(?:的)?(?:经济社会发展)?主要(?:预期)?目标(和|与)?(?:重点)?(任务)?$/, build: (m) => fixed(`Major ${m[2] ? 'Targets and Tasks' : 'Targets'} for ${m[1]}`) },
  {
    // 2025年和“十四五”时期工作回顾
    test: /^(.+?)(?:的)?工作回顾$/,
    build: (m, inner) => {
      if (/[和及与]/.test(m[1])) return undefined
      const period = inner(m[1])
      return { en: `Review of Our Work in ${period.en}`, fallback: period.fallback }
    },
  },
  {
    // “十五五”时期主要目标任务
    test: /^(.+?)(?:的)?主要目标(?:和|与)?(?:重点|重大)?任务$/,
    build: (m, inner) => {
      if (/[和及与]/.test(m[1])) return undefined
      const period = inner(m[1])
      return { en: `Major Targets and Tasks for ${period.en}`, fallback: period.fallback }
    },
  },
  {
    // 国务院关于印发《…》的通知
    test: /^(.+?)关于(.+)的(通知|意见|指导意见|实施意见|决定|批复|通报|报告|决议|公告)$/,
    build: (m, inner) => {
      const kind = { 通知: 'Circular', 意见: 'Guidelines', 指导意见: 'Guidelines', 实施意见: 'Implementation Guidelines', 决定: 'Decision', 批复: 'Official Reply', 通报: 'Bulletin', 报告: 'Report', 决议: 'Resolution', 公告: 'Announcement' }[m[3]] ?? 'Document'
      const issuer = inner(m[1])
      const subject = inner(m[2])
      return { en: `${kind} of the ${issuer.en} on ${subject.en.replace(/^[A-Z]/, (c) => c.toLowerCase())}`.replace(/of the the /i, 'of the '), fallback: issuer.fallback || subject.fallback }
    },
  },
  { test: /^今后五年(?:的)?(?:工作建议|主要目标任务|总体要求)?$/, build: () => fixed('Our Work for the Next Five Years') },
  { test: /^附件\s*([0-9]+)?$/, build: (m) => fixed(m[1] ? `Annex ${m[1]}` : 'Annex') },
  { test: /^第([0-9一二三四五六七八九十百]+)([章节条部分]+)$/, build: (m) => {
    const n = readNum(m[1]) ?? 1
    const word = { 章: 'Chapter', 节: 'Section', 条: 'Article', 部分: 'Part' }[m[2]] ?? 'Part'
    return fixed(`${word} ${word === 'Part' ? toRoman(n) : n}`)
  } },
  {
    // 重庆市渝北区人民政府工作报告, 政府工作报告
    test: /^(.*?)(?:人民)?政府工作报告$/,
    build: (m, inner) => {
      const year = /(\d{4})年(?:度)?/.exec(m[1])
      const place = m[1].replace(/(\d{4})年(?:度)?/, '').trim()
      const suffix = year ? ` (${year[1]})` : ''
      if (!place) return fixed(`Report on the Work of the Government${suffix}`)
      const region = inner(place)
      return { en: `Report on the Work of the Government of ${region.en}${suffix}`, fallback: region.fallback }
    },
  },
  {
    test: /^(.*?)(\d{4})年国民经济和社会发展统计公报$/,
    build: (m, inner) => {
      const region = m[1] ? inner(m[1]) : undefined
      return {
        en: `Statistical Communiqué${region ? ' of ' + region.en : ''} on the ${m[2]} National Economic and Social Development`,
        fallback: region?.fallback ?? false,
      }
    },
  },
  {
    // 第十九届人民代表大会第三次会议, 第十四届全国人民代表大会第二次会议
    test: new RegExp(`^(?:在)?(.*?)第(${NUM})届(全国)?人民代表大会第(${NUM})次会议(?:上)?$`),
    build: (m, inner) => {
      const term = readNum(m[2])
      const session = readNum(m[4])
      if (term === undefined || session === undefined) return undefined
      if (m[3]) return fixed(`the ${ordinalWord(session)} Session of the ${ordinalSuffix(term)} National People's Congress`)
      const region = m[1] ? inner(m[1]) : undefined
      return {
        en: `the ${ordinalWord(session)} Session of the ${ordinalSuffix(term)} People's Congress${region ? ' of ' + region.en : ''}`,
        fallback: region?.fallback ?? false,
      }
    },
  },
  {
    // 关于《…规划纲要（草案）》的说明
    test: /^关于(.+)的说明$/,
    build: (m, inner) => {
      const subject = inner(m[1])
      return { en: `Explanatory Notes on ${subject.en}`, fallback: subject.fallback }
    },
  },
  {
    // 《政府工作报告》有关内容名词注释
    test: /^(.+?)(?:有关内容)?名词(?:注释|解释)$/,
    build: (m, inner) => {
      const subject = inner(m[1])
      return { en: `Notes on Terms in ${subject.en}`, fallback: subject.fallback }
    },
  },
  {
    // 努力在推进全面绿色转型中实现新突破, 在推动高质量发展中积厚成势、整体跃升
    test: /^(?:努力|奋力)?在([^，,；;：:]+?)中(?![国心央华流])([^，,；;：:]+)$/,
    build: (m, inner) => {
      const scene = inner(m[1])
      const task = inner(m[2])
      return { en: `${task.en} in ${lowerFirst(scene.en)}`, fallback: scene.fallback || task.fallback }
    },
  },
  {
    // 现代化产业体系建设取得决定性进展, 经济增长迈出坚实步伐, …策源地实现新突破
    test: /^([^，,；;：:]{2,}?)(持续)?(?:取得|实现|迈出)(新的更大|新|显著|重大|决定性|明显|积极|坚实)?(进展|成效|突破|成果|步伐)(新成效)?$/,
    build: (m, inner) => {
      const adjective = m[3] ? GAIN_ADJECTIVES[m[3]] : ''
      const gain = `${m[2] ? 'continued ' : ''}${adjective} ${GAIN_NOUNS[m[4]]}${m[5] ? ' and results' : ''}`.trim()
      // 推动绿色发展取得新突破: the verb brings the gain about → promoting new breakthroughs in green development
      const causative = /^(推动|促进)(.{2,})$/.exec(m[1])
      if (causative) {
        const object = inner(causative[2])
        const verb = causative[1] === '推动' ? 'promoting' : 'fostering'
        return { en: `${verb} ${gain} in ${lowerFirst(object.en)}`, fallback: object.fallback }
      }
      const subject = inner(m[1])
      const phrase = `${gain} in ${lowerFirst(subject.en)}`
      return { en: phrase, fallback: subject.fallback, after: `with ${phrase}` }
    },
  },
  {
    // 社会文明程度明显提升, 回升向好态势巩固拓展, 新质生产力发展壮大
    test: OUTCOME_PATTERN,
    build: (m, inner) => {
      if (opensWithAction(m[1])) return undefined
      const subject = inner(m[1])
      const adverb = m[2] ? OUTCOME_ADVERBS[m[2]] + ' ' : ''
      const phrase = `${lowerFirst(subject.en)} ${adverb}${OUTCOME_VERBS[m[3]]}`
      return { en: phrase, fallback: subject.fallback, after: `with ${phrase}` }
    },
  },
  {
    // 把民生工作摆在更加突出位置
    test: /^把([^，,；;：:]+?)摆在(?:更加)?突出(?:的)?位置$/,
    build: (m, inner) => {
      const subject = inner(m[1])
      return { en: `giving greater prominence to ${lowerFirst(subject.en)}`, fallback: subject.fallback }
    },
  },
  {
    // 始终把忠诚作为为政之魂
    test: /^(始终)?把([^，,；;：:]+?)作为([^，,；;：:]+)$/,
    build: (m, inner) => {
      const subject = inner(m[2])
      const role = inner(m[3])
      return { en: `${m[1] ? 'always ' : ''}taking ${lowerFirst(subject.en)} as ${lowerFirst(role.en)}`, fallback: subject.fallback || role.fallback }
    },
  },
  {
    // 把坚持党的全面领导贯穿政府工作各方面全过程
    test: /^把([^，,；;：:]+?)贯穿(?:于|到)?([^，,；;：:]+)$/,
    build: (m, inner) => {
      const subject = inner(m[1])
      const scope = inner(m[2])
      return { en: `integrating ${lowerFirst(subject.en)} into ${lowerFirst(scope.en)}`, fallback: subject.fallback || scope.fallback }
    },
  },
  {
    // 加大保障和改善民生力度
    test: /^(不断|持续|进一步)?加大([^，,；;：:]+?)力度$/,
    build: (m, inner) => {
      const task = inner(m[2])
      const adverb = m[1] ? OUTCOME_ADVERBS[m[1]] ?? 'further' : ''
      return { en: `${adverb ? adverb + ' ' : ''}stepping up efforts in ${lowerFirst(task.en)}`, fallback: task.fallback }
    },
  },
  {
    // 以创建中国（内蒙古）自由贸易试验区为牵引, 以优化营商环境为基础
    test: /^以([^，,；;：:]+?)为(牵引|引领|抓手|基础|重点|主线|支撑|核心)$/,
    build: (m, inner) => {
      const means = inner(m[1])
      const how = { 牵引: 'driven by', 引领: 'guided by', 抓手: 'with a focus on', 基础: 'on the basis of', 重点: 'with a focus on', 主线: 'with the main thread of', 支撑: 'supported by', 核心: 'centered on' }[m[2]] ?? 'through'
      return { en: `${how} ${lowerFirst(means.en)}`, fallback: means.fallback }
    },
  },
  {
    // 关于工资制度问题: the "question" is the heading's frame, not its subject
    test: /^关于(.+?)(?:的)?问题$/,
    build: (m, inner) => {
      const subject = inner(m[1])
      return { en: `On ${lowerFirst(subject.en)}`, fallback: subject.fallback }
    },
  },
  {
    // 关于2026年工作, 关于“十五五”时期发展的总体要求
    test: /^关于(.+)$/,
    build: (m, inner) => {
      const subject = inner(m[1])
      return { en: `On ${lowerFirst(subject.en)}`, fallback: subject.fallback }
    },
  },
]

/** `A和B` where each half is a heading shape of its own (…成就和…主要目标任务). */
function matchCoordination(text: string, lexicon: Lexicon): Result | undefined {
  for (let index = 1; index < text.length - 1; index++) {
    if (!'和及与'.includes(text[index])) continue
    const left = matchPattern(text.slice(0, index), lexicon)
    if (!left) continue
    const right = matchPattern(text.slice(index + 1), lexicon) ?? matchCoordination(text.slice(index + 1), lexicon)
    if (right) return { en: `${left.en} and ${right.en}`, fallback: left.fallback || right.fallback }
  }
  return undefined
}

// ---------------------------------------------------------------------------

export function translateOffline(zh: string): Translation {
  const result = translateLine(zh)
  return { en: result.en, source: result.fallback ? 'fallback' : 'glossary' }
}

/** The offline engine as a `Translator`. */
export function createOfflineTranslator(): Translator {
  return {
    async translate(lines) {
      return lines.map((line) => translateOffline(line))
    },
  }
}

/**
 * Lines already translated in this process. Headings recur within a batch
 * (`一、过去一年工作回顾`), but a large cache only grows a long batch's memory
 * (each entry holds its line twice): 2,000 lines are plenty.
 */
const LINE_CACHE_LIMIT = 2000
const lineCache = new Map<string, Result>()

function translateLine(zh: string): Result {
  const cached = lineCache.get(zh)
  if (cached) return cached
  let result = translateText(normaliseSource(zh))
  result = { en: finish(result.en), fallback: result.fallback }
  if (result.en === '') result = { en: '(untitled)', fallback: true }
  if (lineCache.size >= LINE_CACHE_LIMIT) lineCache.clear()
  lineCache.set(zh, result)
  return result
}

/** Headings may still carry their marker when a caller passes them whole. */
function splitMarker(text: string): { marker: string; rest: string } {
  let match = /^([一二三四五六七八九十]+)[、,]\s*(.+)$/.exec(text)
  if (match) return { marker: `${toRoman(parseChineseNumeral(match[1]) ?? 1)}.`, rest: match[2] }
  match = /^\(([一二三四五六七八九十]+)\)\s*(.+)$/.exec(text)
  if (match) return { marker: `${parseChineseNumeral(match[1]) ?? 1}.`, rest: match[2] }
  match = /^(\d+)[.、]\s*(?!\d)(.+)$/.exec(text)
  if (match) return { marker: `${match[1]}.`, rest: match[2] }
  match = /^\((\d+)\)\s*(.+)$/.exec(text)
  if (match) return { marker: `(${match[1]})`, rest: match[2] }
  return { marker: '', rest: text }
}

function translateText(text: string): Result {
  const { marker, rest } = splitMarker(text)
  const body = translateBody(rest)
  return marker ? { en: `${marker} ${capitalise(body.en)}`, fallback: body.fallback } : body
}

function translateBody(text: string): Result {
  const lexicon = loadLexicon()
  const whole = matchWhole(text, lexicon)
  if (whole) return whole
  // Clauses: headings join two tasks with a comma; the English joins them with "and".
  const clauses = text.split(/[,;:，；：]/).map((clause) => clause.trim()).filter(Boolean)
  if (clauses.length > 1) {
    const parts = clauses.map((clause) => translateClause(clause, lexicon))
    const fallback = parts.some((part) => part.fallback)
    // A closing outcome clause (新质生产力发展壮大) hangs on the tasks before it: "…, with …".
    const last = parts[parts.length - 1]
    const outcome = parts.length > 1 && last.after !== undefined && !parts.slice(0, -1).some((part) => part.after !== undefined)
    const tasks = (outcome ? parts.slice(0, -1) : parts).map((part) => part.en).filter(Boolean)
    let joined =
      tasks.length <= 2 ? tasks.join(' and ') : `${tasks.slice(0, -1).join(', ')}, and ${tasks[tasks.length - 1]}`
    if (outcome) joined += `, ${last.after}`
    return { en: joined, fallback }
  }
  return translateClause(text, lexicon)
}

function matchWhole(text: string, lexicon: Lexicon): Result | undefined {
  const term = lexicon.terms.get(text)
  if (term) return fixed(term)
  return matchPattern(text, lexicon) ?? matchCoordination(text, lexicon)
}

function matchPattern(text: string, lexicon: Lexicon): Result | undefined {
  for (const pattern of PATTERNS) {
    const match = pattern.test.exec(text)
    if (!match) continue
    const result = pattern.build(match, (inner) => translateClause(inner, lexicon))
    if (result) return result
  }
  return undefined
}

function translateClause(clause: string, lexicon: Lexicon): Result {
  const whole = matchWhole(clause, lexicon)
  if (whole) return whole
  const tokens = segment(clause, lexicon)
  const fallback = tokens.some((token) => token.kind === 'fallback')
  const words: string[] = []
  let index = 0
  // Leading adverbs, then the heading verb as a gerund.
  const adverbs: string[] = []
  while (
    index + 1 < tokens.length &&
    tokens[index].adverb !== undefined &&
    (tokens[index + 1].verb !== undefined || tokens[index + 1].adverb !== undefined || tokens[index].verb === undefined)
  ) {
    adverbs.push(tokens[index].adverb as string)
    index++
  }
  const head = tokens[index]
  if (head?.verb) {
    const next = tokens[index + 1]
    words.push(...adverbs)
    if (next?.verb && next.kind !== 'term' && !(next.zh in MODIFIER_VERBS) && index + 2 < tokens.length) {
      // 加快 发展 新质生产力 → accelerating the development of new quality productive forces
      words.push(head.verb.gerund, next.verb.nominal)
      index += 2
    } else {
      words.push(head.verb.gerund)
      index += 1
    }
    // 保障和改善 民生: a second verb joined by 和 shares the object
    while (tokens[index]?.kind === 'and' && tokens[index + 1]?.verb && index + 2 < tokens.length) {
      words.push('and', tokens[index + 1].verb!.gerund)
      index += 2
    }
    words.push(nounPhrase(tokens.slice(index)))
  } else {
    words.push(...adverbs)
    words.push(nounPhrase(tokens.slice(index)))
  }
  return { en: words.filter(Boolean).join(' '), fallback }
}

/** `A 的 B` reads `B of A` in English; other tokens keep their order. */
function nounPhrase(tokens: Token[]): string {
  const of = findLastIndex(tokens, (token) => token.kind === 'of')
  if (of > 0 && of < tokens.length - 1) {
    const modifier = MODIFIER_VERBS[tokens[0].zh]
    if (modifier !== undefined && of > 1) {
      // 体现江西特色和优势的现代化产业体系 → modernized industrial system reflecting …
      return `${nounPhrase(tokens.slice(of + 1))} ${modifier} ${nounPhrase(tokens.slice(1, of))}`
    }
    if (tokens[of - 1].zh === '赋予' && of > 1) {
      return `${nounPhrase(tokens.slice(of + 1))} assigned by ${nounPhrase(tokens.slice(0, of - 1))}`
    }
    const before = nounPhrase(tokens.slice(0, of))
    const rest = tokens.slice(of + 1)
    // 对外经济技术交流的扩大 → the expansion of …
    if (rest.length === 1 && rest[0].verb && rest[0].kind !== 'term') return `${rest[0].verb.nominal} ${before}`
    const after = nounPhrase(rest)
    // 我国的外交工作 → China's diplomatic work
    if (/'s$/.test(before)) return `${before} ${after}`
    return `${after} of ${before}`
  }
  const last = tokens[tokens.length - 1]
  if (tokens.length >= 2 && last && HEAD_NOUNS[last.zh] && tokens[tokens.length - 2].kind !== 'and') {
    return `${HEAD_NOUNS[last.zh]} ${nounPhrase(tokens.slice(0, -1))}`
  }
  const parts: string[] = []
  for (const token of tokens) {
    if (token.kind === 'of' || token.kind === 'skip') continue
    if (token.kind === 'and') parts.push('and')
    else if (token.kind === 'comma') parts.push(',')
    else if (token.kind === 'verb' && token.verb) parts.push(token.verb.gerund)
    else parts.push(token.en)
  }
  return parts.join(' ')
}

function findLastIndex<T>(list: T[], predicate: (item: T) => boolean): number {
  for (let index = list.length - 1; index >= 0; index--) if (predicate(list[index])) return index
  return -1
}

/** Longest-match segmentation: glossary, verbs, adverbs, numbers, then CC-CEDICT, then single characters. */
function segment(text: string, lexicon: Lexicon): Token[] {
  const tokens: Token[] = []
  let position = 0
  while (position < text.length) {
    const rest = text.slice(position)
    const char = rest[0]
    if (/\s/.test(char)) {
      position++
      continue
    }
    const number = matchNumber(rest)
    if (number) {
      tokens.push(number.token)
      position += number.length
      continue
    }
    const latin = /^[^\p{Script=Han}〇\s“”"「」『』《》‘’、，,；;：:]+/u.exec(rest)
    if (latin) {
      tokens.push({ zh: latin[0], en: latin[0], kind: 'latin' })
      position += latin[0].length
      continue
    }
    const known = matchLexicon(rest, lexicon)
    if (known) {
      tokens.push(known)
      position += known.zh.length
      continue
    }
    const ordinal = matchOrdinal(rest)
    if (ordinal) {
      tokens.push(ordinal)
      position += ordinal.zh.length
      continue
    }
    const counted = matchCounted(rest)
    if (counted) {
      tokens.push(counted)
      position += counted.zh.length
      continue
    }
    const word = char in CONNECTORS ? wordOpenedByConnector(rest, lexicon) : undefined
    if (word) {
      tokens.push(word)
      position += word.zh.length
      continue
    }
    if (char in CONNECTORS) {
      const kind = CONNECTORS[char]
      tokens.push({ zh: char, en: kind === 'and' ? 'and' : kind === 'comma' ? ',' : 'of', kind })
      position++
      continue
    }
    if ('“”"「」『』《》‘’'.includes(char)) {
      tokens.push({ zh: char, en: '"', kind: 'quote' })
      position++
      continue
    }
    if (SKIPPED.has(char)) {
      tokens.push({ zh: char, en: '', kind: 'skip' })
      position++
      continue
    }
    if (!HAN.test(char)) {
      tokens.push({ zh: char, en: char, kind: 'latin' })
      position++
      continue
    }
    const fallback = matchDictionary(rest, lexicon)
    tokens.push(fallback)
    position += fallback.zh.length
  }
  return tokens
}

/**
 * A word that starts with a connector character (及时 promptly, 和谐
 * harmonious, 与时俱进, 并网): taken as the word when the text after the
 * connector does not start with a word of its own. 与其他地区 stays
 * 与 + 其他 (and other), 经济和社会 stays 和 + 社会; 及时开展 was read as
 * "and o'clock carrying out".
 */
function wordOpenedByConnector(text: string, lexicon: Lexicon): Token | undefined {
  if (startsWithWord(text.slice(1), lexicon)) return undefined
  const word = matchDictionary(text, lexicon)
  return word.zh.length >= 2 && (lexicon.words.has(word.zh) || cedictHasCommonWord(word.zh)) ? word : undefined
}

function startsWithWord(text: string, lexicon: Lexicon): boolean {
  const first = text[0]
  if (first === undefined || !HAN.test(first) || matchNumber(text) || matchCounted(text)) return true
  if (matchLexicon(text, lexicon)) return true
  for (let length = Math.min(cedictMaxLength(), text.length); length >= 2; length--) {
    const word = text.slice(0, length)
    if (lexicon.words.has(word) || cedictGloss(word)) return true
  }
  return false
}

function matchLexicon(text: string, lexicon: Lexicon): Token | undefined {
  for (let length = Math.min(lexicon.maxLength, text.length); length >= 2; length--) {
    const key = text.slice(0, length)
    const term = lexicon.terms.get(key)
    const verb = lexicon.verbs.get(key)
    const adverb = lexicon.adverbs.get(key)
    if (term !== undefined || verb !== undefined || adverb !== undefined) {
      // A trailing 的/和 glued onto a longer match would hide a connector; lexicon keys never end with them.
      return {
        zh: key,
        en: term ?? verb?.gerund ?? adverb ?? '',
        kind: term !== undefined ? 'term' : verb !== undefined ? 'verb' : 'adverb',
        verb,
        adverb,
      }
    }
  }
  return undefined
}

function matchNumber(text: string): { token: Token; length: number } | undefined {
  // 2022年 → 2022; 三年 → three years; 930亿元 → 93 billion yuan
  const year = /^(\d{4})年(?:度)?/.exec(text)
  if (year) return { token: { zh: year[0], en: year[1], kind: 'number' }, length: year[0].length }
  // 一九五七年: a year written digit by digit in Chinese numerals.
  const chineseYear = /^([〇○零一二三四五六七八九]{4})年(?:度)?(?![0-9一二三四五六七八九十]{1,2}月)/.exec(text)
  if (chineseYear) {
    return { token: { zh: chineseYear[0], en: String(parseChineseNumeral(chineseYear[1])), kind: 'number' }, length: chineseYear[0].length }
  }

  const date = /^[0-9〇零一二三四五六七八九十]{1,4}年[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,3}日)?/.exec(text)
  if (date) {
    const found = findDate(date[0])
    if (found) return { token: { zh: date[0], en: found.en, kind: 'number' }, length: date[0].length }
  }
  const chineseYears = new RegExp(`^([${CHINESE_NUMERAL_CHARS}]+)(年|个月|天)`).exec(text)
  if (chineseYears) {
    const value = parseChineseNumeral(chineseYears[1])
    if (value !== undefined && value > 0 && value < 1000) {
      const unit = { 年: 'year', 个月: 'month', 天: 'day' }[chineseYears[2]] ?? 'year'
      return { token: { zh: chineseYears[0], en: `${countWord(value)} ${unit}${value === 1 ? '' : 's'}`, kind: 'number' }, length: chineseYears[0].length }
    }
  }
  const match = numberPattern().exec(text)
  if (!match) return undefined
  const [all, value, scale = '', approx = '', unit = ''] = match
  if (!scale && !unit) return { token: { zh: all, en: value, kind: 'number' }, length: all.length }
  const quantity = convertQuantity(value, scale + unit)
  const en = (approx ? 'over ' : '') + quantity.en
  return { token: { zh: all, en, kind: 'number' }, length: all.length }
}

/** 第三 → third; tried after the lexicon, so 第三产业 stays tertiary industry. */
function matchOrdinal(text: string): Token | undefined {
  // 第六个五年计划 → the Sixth Five-Year Plan
  const plan = new RegExp(`^第([${CHINESE_NUMERAL_CHARS}]+)个五年(?:计划|规划)`).exec(text)
  const planNumber = plan ? readNum(plan[1]) : undefined
  if (plan && planNumber !== undefined && planNumber > 0) return { zh: plan[0], en: `the ${ordinalWord(planNumber)} Five-Year Plan`, kind: 'term' }
  const ordinal = new RegExp(`^第([${CHINESE_NUMERAL_CHARS}]+|\\d+)(?![${CHINESE_NUMERAL_CHARS}0-9]*[年月日届次])`).exec(text)
  if (!ordinal) return undefined
  const value = readNum(ordinal[1])
  return value !== undefined && value > 0 ? { zh: ordinal[0], en: ordinalWord(value).toLowerCase(), kind: 'number' } : undefined
}

const COUNTED = new RegExp(`^([${CHINESE_NUMERAL_CHARS}]+)(?:项|大|条|个)(?=[\\p{Script=Han}])`, 'u')

/** 七项重点工作 → seven …: a counted noun; the measure word has no English. Tried after the lexicon (五个中心 is a term). */
function matchCounted(text: string): Token | undefined {
  const counted = COUNTED.exec(text)
  if (!counted) return undefined
  const value = parseChineseNumeral(counted[1])
  return value !== undefined && value > 1 && value < 100 ? { zh: counted[0], en: countWord(value), kind: 'number' } : undefined
}

function matchDictionary(text: string, lexicon: Lexicon): Token {
  const maxLength = Math.min(cedictMaxLength(), text.length)
  for (let length = maxLength; length >= 1; length--) {
    const word = text.slice(0, length)
    if (length > 1 && !HAN.test(word[length - 1])) continue
    // curated word glosses first, then the dictionary's first usable sense
    const curated = lexicon.words.get(word)
    if (curated !== undefined) return { zh: word, en: curated, kind: 'fallback' }
    const gloss = cedictGloss(word)
    if (gloss) return { zh: word, en: gloss, kind: 'fallback' }
  }
  const char = text[0]
  return { zh: char, en: charPinyin(char) ?? '', kind: 'fallback' }
}

/** Tidy spacing and punctuation, and make sure no Han character survives. */
function finish(text: string): string {
  let out = text
    .replace(HAN_GLOBAL, (char) => charPinyin(char) ?? '')
    .replace(/\s+([,.;:!?%)])/g, '$1')
    .replace(/([(])\s+/g, '$1')
    .replace(/,\s*,/g, ',')
    .replace(/,(?=[^\s\d])/g, ', ')
    .replace(/\b(\w+) \1\b/gi, '$1')
    .replace(/\b(the|a|an|of|and) (the|a|an|of|and)\b/gi, (all, first: string, second: string) =>
      /^(of|and)$/i.test(first) && /^(the|a|an)$/i.test(second) ? all : first,
    )
    .replace(/^(and|,|of)\s+/i, '')
    .replace(/\s+(and|of|,)$/i, '')
    .replace(/\s+/g, ' ')
    .trim()
  // Quotes: pair them up as straight quotes hugging their words.
  out = out.replace(/"\s*([^"]*?)\s*"/g, '"$1"')
  return capitalise(out)
}

function capitalise(text: string): string {
  return text ? text[0].toUpperCase() + text.slice(1) : text
}

/** The tokens the offline engine read a line as; `fallback` tokens came from the dictionary. */
export function explainOffline(zh: string): Array<{ zh: string; en: string; kind: string }> {
  const { rest } = splitMarker(normaliseSource(zh))
  return rest
    .split(/[,;:，；：]/)
    .flatMap((clause) => segment(clause.trim(), loadLexicon()))
    .map(({ zh: text, en, kind }) => ({ zh: text, en, kind }))
}
