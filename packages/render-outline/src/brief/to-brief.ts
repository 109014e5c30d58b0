/**
 * The reading brief: a new gongwen tree (only node types of ast.ts, no
 * positions) that any gongwen renderer can write, DOCX and PDF included.
 */
import { AST_VERSION } from '@gongwen/parser'
import type { Heading, List, ListItem, Nodes, Paragraph, Root, RootContent, Text } from '@gongwen/parser'
import { extractFigures, type KeyFigure } from '../figures/extract.js'
import { sameInBothLanguages, toText } from '../text.js'
import { toOutline, type OutlineOptions } from '../to-outline.js'
import type { Outline, OutlineEntry } from '../types.js'

export interface BriefOptions {
  translator?: OutlineOptions['translator']
  /** Deepest outline level listed in the brief (default 2), to keep it to one or two pages. */
  maxDepth?: number
  /** Most outline lines before deeper levels are left out (default 16). */
  maxOutlineLines?: number
  /** Most key figures listed (default 10). */
  maxFigures?: number
  /** Most lead sentences listed (default 5). */
  maxLeads?: number
}

/** Data a brief's key-figures list carries so table-aware renderers can draw a table. */
export interface BriefTableData {
  columns: string[]
  rows: string[][]
}

const text = (value: string): Text => ({ type: 'text', value })
const paragraph = (value: string): Paragraph => ({ type: 'paragraph', children: [text(value)] })
const CN_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

function sectionHeading(ordinal: number, value: string): Heading {
  return {
    type: 'heading',
    depth: 1,
    numbering: { marker: `${CN_ORDINALS[ordinal - 1]}、`, style: 'cn-comma', ordinal },
    children: [text(value)],
  }
}

export async function toBrief(tree: Root, options: BriefOptions = {}): Promise<Root> {
  const maxDepth = options.maxDepth ?? 2
  const maxFigures = options.maxFigures ?? 10
  const maxLeads = options.maxLeads ?? 5
  const outline = await toOutline(tree, { leads: true, ...(options.translator ? { translator: options.translator } : {}) })
  const front = outline.front
  const children: RootContent[] = []

  // A scrape of the body alone has no title; the kind of document the parser
  // recognised (政府工作报告) names the brief better than "文件" does.
  const named = front.title ?? front.docType
  const titleZh = named?.zh ?? '文件'
  children.push({ type: 'title', children: [text(`${titleZh}阅读简报`)] })
  children.push({
    type: 'subtitle',
    children: [text(`Reading Brief: ${named?.en ?? 'Document'}`)],
  })
  if (front.date) children.push(paragraph(`日期 Date：${front.date.iso}（${front.date.en}）`))
  if (front.meeting) children.push(paragraph(`会议 Meeting：${front.meeting.zh}（${front.meeting.en}）`))
  if (front.speaker) {
    const zh = [front.speaker.role.zh, front.speaker.name.zh].filter(Boolean).join(' ')
    const en = [front.speaker.name.en, front.speaker.role.en].filter(Boolean).join(', ')
    children.push(paragraph(`报告人 Speaker：${zh}（${en}）`))
  }
  if (front.docNumber) children.push(paragraph(`文号 Document number：${front.docNumber}`))

  let section = 0
  children.push(sectionHeading(++section, '提纲 Outline'))
  const countUpTo = (entries: OutlineEntry[], depth: number): number =>
    entries.reduce((sum, entry) => sum + (entry.kind !== 'lead' && entry.depth <= depth ? 1 : 0) + countUpTo(entry.children, depth), 0)
  const outlineAt = (depthShown: number): Paragraph[] => {
    const lines: Paragraph[] = []
    const walk = (entries: OutlineEntry[]) => {
      for (const entry of entries) {
        if (entry.kind === 'lead') continue
        if (entry.depth <= depthShown || (entry.kind === 'appendix' && depthShown > 1)) {
          const zh = (entry.numbering?.marker ?? '') + entry.zh
          const en = (entry.numbering ? entry.numbering.en + ' ' : '') + entry.en + (entry.source === 'fallback' ? ' [fallback]' : '')
          lines.push({
            type: 'paragraph',
            children: [text(sameInBothLanguages(zh, en) ? en : `${zh}　${en}`)],
            data: { gongwenBrief: { role: 'outline-entry', depth: entry.depth } },
          } as Paragraph)
        }
        walk(entry.children)
      }
    }
    walk(outline.entries)
    return lines
  }
  // A long report lists only its parts, so the brief stays within two pages.
  let depthShown = maxDepth
  while (depthShown > 1 && countUpTo(outline.entries, depthShown) > (options.maxOutlineLines ?? 16)) depthShown--
  let outlineLines = outlineAt(depthShown)
  while (depthShown > 1 && totalLines(outlineLines) > MAX_OUTLINE_LINES) outlineLines = outlineAt(--depthShown)
  // Top-level parts alone can be too many too (a text of hundreds of numbered
  // items): the first ones are listed, and how many more the outline has.
  if (totalLines(outlineLines) > MAX_OUTLINE_LINES) {
    let used = 0
    let kept = 0
    while (kept < outlineLines.length && used + linesOf(outlineLines[kept]!) <= MAX_OUTLINE_LINES - 1) used += linesOf(outlineLines[kept++]!)
    const more = outlineLines.length - kept
    outlineLines = [...outlineLines.slice(0, kept), paragraph(`……另有${more}项（${more} more in the outline）`)]
  }
  children.push(...(outlineLines.length > 0 ? outlineLines : [paragraph('（无标题 No headings）')]))

  // What is left of two pages goes to the leads and the figures; the
  // legend is kept room for as soon as a line needs it.
  const hasFallback = (value: string) => value.includes('[fallback]')
  let legend = outlineLines.some((line) => hasFallback(toText(line)))
  let room = TWO_PAGES - totalLines(children) - 2 * HEADING_LINES - (legend ? LEGEND_LINES : 0)
  const leads: OutlineEntry[] = []
  for (const lead of reviewLeads(outline).slice(0, maxLeads)) {
    const line = leadLine(lead)
    const cost = estimateLines(line, 2) + PARAGRAPH_GAP + (!legend && hasFallback(line) ? LEGEND_LINES : 0)
    // Leave the figures about ten lines.
    if (leads.length >= 1 && cost > room - 10) break
    if (!legend && hasFallback(line)) legend = true
    leads.push(lead)
    room -= cost
  }
  // The best figures get the room first; they are listed in document order.
  const chosen: Array<{ figure: KeyFigure; index: number }> = []
  // A report may state the same figure twice (工业总产值增长6%, later 比上年增长6%): it is listed once.
  // Two statements are the same figure when indicator and numbers agree and
  // their periods do, or one of them has none.
  const seen = new Map<string, Array<string | undefined>>()
  for (const ranked of rankFigures(extractFigures(tree), targetBlocks(tree))) {
    if (chosen.length >= maxFigures) break
    const key = [ranked.figure.indicator.zh, ranked.figure.en, ranked.figure.change?.en].join('|')
    const period = ranked.figure.period?.en
    const periods = seen.get(key) ?? []
    if (periods.some((other) => other === period || other === undefined || period === undefined)) continue
    seen.set(key, [...periods, period])
    const cost = estimateLines(figureLine(ranked.figure), 2) + PARAGRAPH_GAP
    if (chosen.length >= 3 && cost > room) break
    chosen.push(ranked)
    room -= cost
  }
  const figures = chosen.sort((a, b) => a.index - b.index).map((item) => item.figure)
  if (figures.length > 0) {
    children.push(sectionHeading(++section, '主要数据 Key figures'))
    const table: BriefTableData = {
      columns: ['指标 Indicator', '数值 Value', 'English', '变化 Change', '时期 Period'],
      rows: figures.map((figure) => [
        `${figure.indicator.zh} ${figure.indicator.en}`,
        figure.value === null ? '' : `${figure.value}${figure.valueTo ? '–' + figure.valueTo : ''}${figure.unit}`,
        figure.en ?? '',
        figure.change ? `${figure.change.zh}（${figure.change.en}）` : '',
        figure.period?.en ?? '',
      ]),
    }
    const items: ListItem[] = figures.map((figure) => ({
      type: 'listItem',
      marker: '——',
      children: [text(figureLine(figure))],
    }))
    const list: List = {
      type: 'list',
      style: 'dash',
      ordered: false,
      children: items,
      data: { gongwenBrief: { role: 'key-figures', table } },
    } as List
    children.push(list)
  }

  if (leads.length > 0) {
    children.push(sectionHeading(++section, '工作回顾要点 Highlights of the Review'))
    children.push({
      type: 'list',
      style: 'dash',
      ordered: false,
      children: leads.map((lead) => ({
        type: 'listItem',
        marker: '——',
        children: [text(leadLine(lead))],
      })),
    })
  }

  // Only a brief with word-by-word lines needs the note about them.
  if (legend) children.push(paragraph(LEGEND))

  return {
    type: 'root',
    children,
    data: {
      astVersion: AST_VERSION,
      meta: {
        ...(named ? { title: `${named.zh}阅读简报` } : {}),
        docType: '阅读简报',
        ...(tree.data?.meta?.region ? { region: tree.data.meta.region } : {}),
        ...(front.date ? { date: front.date.iso } : {}),
      },
      removed: [],
    },
  }
}

const LEGEND = '说明：标注 [fallback] 的英文为逐词直译，需人工审校。Lines marked [fallback] are word-by-word and need review.'

/*
 * A page model of the `report` preset, in body lines (12 pt text on a 21 pt
 * pitch, 453 pt wide: about 37 Chinese characters a line, 33 lines a page).
 * Two pages hold 66; four lines are kept back for where the renderer breaks
 * pages (a heading is kept with its first line). Measured over the corpus:
 * with the old budget (44 lines besides the front and headings) 29 of 158
 * briefs ran onto a third page, 17 of them with only the legend there.
 */
const TWO_PAGES = 62
/** An 18 pt heading with a line before and half a line after it. */
const HEADING_LINES = 2.8
/** Space after a paragraph or list item. */
const PARAGRAPH_GAP = 0.3
const LEGEND_LINES = 3.3
/** An outline longer than this lists one level less. */
const MAX_OUTLINE_LINES = 40

/** Printed lines at about 36 Chinese characters a line (less the first line's indent), Latin letters half as wide. */
function estimateLines(value: string, indentChars = 0, perLine = 36): number {
  let width = indentChars
  for (const char of value) width += /[\u0000-\u024f]/.test(char) ? 0.55 : 1
  return Math.max(1, Math.ceil(width / perLine))
}

function totalLines(nodes: RootContent[]): number {
  return nodes.reduce((sum, node) => sum + linesOf(node), 0)
}

/** Body lines a node of the brief takes in the `report` preset. */
function linesOf(node: RootContent): number {
  switch (node.type) {
    // 24 pt: 18 characters a line on a 36 pt pitch, half a line after; the cover line (region · 阅读简报 · date) follows.
    case 'title':
      return estimateLines(toText(node), 0, 18) * 1.7 + 0.5 + 1.5
    case 'subtitle':
      return estimateLines(toText(node))
    case 'heading':
      return HEADING_LINES
    case 'paragraph':
      return estimateLines(toText(node), 2) + PARAGRAPH_GAP
    case 'list':
      return node.children.reduce((sum, item) => sum + estimateLines(toText(item), 2) + PARAGRAPH_GAP, 0)
    default:
      return 1
  }
}

function leadLine(lead: OutlineEntry): string {
  return `${lead.zh}。${lead.en}.${lead.source === 'fallback' ? ' [fallback]' : ''}`
}

function figureLine(figure: KeyFigure): string {
  const value =
    figure.value === null
      ? ''
      : `${figure.qualifier ? qualifierZh(figure.qualifier) : ''}${figure.value}${figure.valueTo ? '–' + figure.valueTo : ''}${figure.unit}（${figure.en}）`
  const change = figure.change ? `${value ? '，' : ''}${figure.change.zh}（${figure.change.en}）` : ''
  // The period is in the table data; the printed line stays short so the brief fits two pages.
  return `${figure.indicator.zh} ${figure.indicator.en}：${value}${change}`
}

function qualifierZh(qualifier: NonNullable<KeyFigure['qualifier']>): string {
  return { over: '超过', nearly: '近', about: '约', 'at least': '至少' }[qualifier]
}

/** The paragraph that sets the year's targets (`今年发展主要预期目标是：…`). */
const TARGETS = /预期目标|主要目标是|发展目标是/
/** Indicators a reader of any report looks for first. */
const HEADLINE = /^(?:国内生产总值|地区生产总值|生产总值|国民生产总值|工农业总产值|居民消费价格|城镇新增就业|城镇调查失业率|赤字率|财政赤字|粮食(?:总)?产量|居民人均可支配收入|财政收入)/

/** Start offsets of the paragraphs and list items that state the year's targets. */
function targetBlocks(tree: Root): Set<number> {
  const offsets = new Set<number>()
  const visit = (node: Nodes): void => {
    if ((node.type === 'paragraph' || node.type === 'listItem') && node.position && TARGETS.test(toText(node))) offsets.add(node.position.start.offset ?? -1)
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child)
  }
  visit(tree)
  return offsets
}

/**
 * The year's targets first, then the headline indicators, then figures
 * with an established English name and amounts, percentages or changes;
 * within a rank, in document order.
 */
function rankFigures(figures: KeyFigure[], targets: Set<number>): Array<{ figure: KeyFigure; index: number }> {
  const score = (figure: KeyFigure) =>
    (figure.position && targets.has(figure.position.start.offset ?? -1) ? 3 : 0) +
    (HEADLINE.test(figure.indicator.zh) ? 2 : 0) +
    (figure.indicator.source === 'glossary' ? 2 : 0) +
    (/元|%/.test(figure.unit) || figure.change ? 1 : 0)
  return figures
    .map((figure, index) => ({ figure, index, score: score(figure) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
}

/** Lead sentences of the review part: the first top-level section mentioning 回顾, else the first with leads. */
function reviewLeads(outline: Outline): OutlineEntry[] {
  const collect = (entry: OutlineEntry): OutlineEntry[] =>
    entry.children.flatMap((child) => (child.kind === 'lead' ? [child] : collect(child)))
  const review = outline.entries.find((entry) => /回顾/.test(entry.zh))
  if (review) return collect(review)
  for (const entry of outline.entries) {
    const leads = collect(entry)
    if (leads.length > 0) return leads
  }
  return outline.entries.filter((entry) => entry.kind === 'lead')
}
