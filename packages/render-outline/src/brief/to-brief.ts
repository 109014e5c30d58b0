/**
 * The reading brief: a new gongwen tree (only node types of ast.ts, no
 * positions) that any gongwen renderer can write, DOCX and PDF included.
 */
import { AST_VERSION } from '@gongwen/parser'
import type { Heading, List, ListItem, Paragraph, Root, RootContent, Text } from '@gongwen/parser'
import { extractFigures, type KeyFigure } from '../figures/extract.js'
import { toOutline, type OutlineOptions } from '../to-outline.js'
import type { Outline, OutlineEntry } from '../types.js'

export interface BriefOptions {
  translator?: OutlineOptions['translator']
  /** Deepest outline level listed in the brief (default 2), to keep it to one or two pages. */
  maxDepth?: number
  /** Most key figures listed (default 16). */
  maxFigures?: number
  /** Most lead sentences listed (default 8). */
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
  const maxFigures = options.maxFigures ?? 16
  const maxLeads = options.maxLeads ?? 8
  const outline = await toOutline(tree, { leads: true, ...(options.translator ? { translator: options.translator } : {}) })
  const figures = pickFigures(extractFigures(tree), maxFigures)
  const front = outline.front
  const children: RootContent[] = []

  const titleZh = front.title?.zh ?? '文件'
  children.push({ type: 'title', children: [text(`${titleZh}阅读简报`)] })
  children.push({
    type: 'subtitle',
    children: [text(`Reading Brief: ${front.title?.en ?? 'Document'}`)],
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
  const outlineLines: Paragraph[] = []
  const walk = (entries: OutlineEntry[]) => {
    for (const entry of entries) {
      if (entry.kind === 'lead') continue
      if (entry.depth <= maxDepth || entry.kind === 'appendix') {
        const zh = (entry.numbering?.marker ?? '') + entry.zh
        const en = (entry.numbering ? entry.numbering.en + ' ' : '') + entry.en + (entry.source === 'fallback' ? ' [fallback]' : '')
        outlineLines.push({
          type: 'paragraph',
          children: [text(`${zh}　${en}`)],
          data: { gongwenBrief: { role: 'outline-entry', depth: entry.depth } },
        } as Paragraph)
      }
      walk(entry.children)
    }
  }
  walk(outline.entries)
  children.push(...(outlineLines.length > 0 ? outlineLines : [paragraph('（无标题 No headings）')]))

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

  const leads = reviewLeads(outline).slice(0, maxLeads)
  if (leads.length > 0) {
    children.push(sectionHeading(++section, '工作回顾要点 Highlights of the Review'))
    children.push({
      type: 'list',
      style: 'dash',
      ordered: false,
      children: leads.map((lead) => ({
        type: 'listItem',
        marker: '——',
        children: [text(`${lead.zh}。${lead.en}.${lead.source === 'fallback' ? ' [fallback]' : ''}`)],
      })),
    })
  }

  children.push(
    paragraph(
      '说明 Note：英文为离线术语表与规则生成，标注 [fallback] 者为逐词直译，需人工审校。English from the offline glossary and rules; lines marked [fallback] are word-by-word and need review.',
    ),
  )

  return {
    type: 'root',
    children,
    data: {
      astVersion: AST_VERSION,
      meta: {
        ...(front.title ? { title: `${front.title.zh}阅读简报` } : {}),
        docType: '阅读简报',
        ...(tree.data?.meta?.region ? { region: tree.data.meta.region } : {}),
        ...(front.date ? { date: front.date.iso } : {}),
      },
      removed: [],
    },
  }
}

function figureLine(figure: KeyFigure): string {
  const value =
    figure.value === null
      ? ''
      : `${figure.qualifier ? qualifierZh(figure.qualifier) : ''}${figure.value}${figure.valueTo ? '–' + figure.valueTo : ''}${figure.unit}（${figure.en}）`
  const change = figure.change ? `${value ? '，' : ''}${figure.change.zh}（${figure.change.en}）` : ''
  const period = figure.period ? `，${figure.period.en}` : ''
  return `${figure.indicator.zh} ${figure.indicator.en}：${value}${change}${period}`
}

function qualifierZh(qualifier: NonNullable<KeyFigure['qualifier']>): string {
  return { over: '超过', nearly: '近', about: '约', 'at least': '至少' }[qualifier]
}

/**
 * Headline numbers first: figures whose indicator is a known term (glossary)
 * and whose unit is money, a percentage or that carry a change, in document order.
 */
function pickFigures(figures: KeyFigure[], max: number): KeyFigure[] {
  const score = (figure: KeyFigure) =>
    (figure.indicator.source === 'glossary' ? 2 : 0) +
    (/元|%/.test(figure.unit) || figure.change ? 1 : 0)
  const ranked = figures
    .map((figure, index) => ({ figure, index, score: score(figure) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, max)
    .sort((a, b) => a.index - b.index)
  return ranked.map((item) => item.figure)
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
