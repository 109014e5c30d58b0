import type { Meta, Root, RootContent, Speaker } from '../ast.js'
import { DOC_TYPES } from '../rules/front.js'
import { findDate } from '../util/chinese-numbers.js'
import type { DocumentState } from '../util/document.js'

/** Compound kinds reported by their base kind. */
const BASE_KIND: Record<string, string> = {
  国民经济和社会发展统计公报: '统计公报', 若干意见: '意见', 指导意见: '意见', 实施意见: '意见', 实施方案: '方案', 工作方案: '方案', 行动方案: '方案',
  管理办法: '办法', 实施办法: '办法', 实施细则: '细则', 工作规则: '规则', 若干措施: '措施', 工作报告: '报告', 规划纲要: '纲要', 发展规划: '规划',
  行动计划: '计划', 工作要点: '要点',
}

const REGION = /^((?:[\u4e00-\u9fff]{1,12}?(?:特别行政区|自治区|自治州|自治县|地区|省|市|州|盟|区|县|旗))+)/

function textOf(node: RootContent | undefined): string {
  if (!node || !('children' in node)) return ''
  return (node.children as Array<{ value?: string; children?: unknown[] }>).map((c) => c.value ?? '').join('')
}

/** Fills `root.data.meta` from the front, the signature and the dropped site lines. */
export function metadata(state: DocumentState, tree: Root): void {
  const meta: Meta = state.meta
  const find = (type: RootContent['type']) => tree.children.find((c) => c.type === type)
  const title = textOf(find('title'))
  if (title) meta.title = title
  const subtitle = tree.children.filter((c) => c.type === 'subtitle').map(textOf).join('')
  const speaker = find('speaker') as Speaker | undefined

  if (meta.title) {
    const kind = DOC_TYPES.find((t) => meta.title!.replace(/[（(][^（()）]*[）)]$/, '').endsWith(t))
    if (kind) meta.docType = BASE_KIND[kind] ?? kind
  }

  if (!meta.docType) {
    // No printed title (a wiki page that starts at the salutation): the opening says what the document is.
    const opening = tree.children.slice(0, 6).map(textOf).join('')
    if (/向大会(?:作|报告)?(?:政府)?工作报告|向大会报告(?:政府)?工作/.test(opening)) meta.docType = '政府工作报告'
    if (!meta.region && /我代表国务院/.test(opening)) meta.region = '全国'
  }

  const meetingMatch = /在(.{4,60}?(?:会议|大会|会))(?:上|开幕)/.exec(subtitle)
  if (meetingMatch) meta.meeting = meetingMatch[1]!

  const date = findDate(subtitle)
  const signature = tree.children.find((c) => c.type === 'signature')
  const signatureText = signature && 'children' in signature ? signature.children.map((p) => textOf(p as RootContent)).join('\n') : ''
  meta.date = date ?? findDate(signatureText) ?? meta.date ?? (title ? findDate(title) : undefined)
  if (!meta.date) delete meta.date

  if (speaker && speaker.name) meta.speaker = { name: speaker.name, role: speaker.role }

  const docNumber = textOf(find('docNumber'))
  if (docNumber) meta.docNumber = docNumber
  if (!meta.issuer && signatureText) {
    const first = signatureText.split('\n')[0]!
    if (!/\d|年/.test(first)) meta.issuer = first
  }

  const region = regionOf(meta, speaker)
  if (region) meta.region = region
  else if (meta.region === undefined) delete meta.region

  for (const r of tree.data.removed) {
    const v = r.value.trim()
    if (!meta.sourceUrl && r.rule === 'boilerplate/url') {
      const m = /(?:[:：]\s*)?((?:https?:\/\/|www\.|\/)\S+)$/.exec(v)
      if (m) meta.sourceUrl = m[1]!
    }
    if (!meta.publishedAt && r.rule === 'boilerplate/publishing' && /(?:发布|发表|时间|日期)/.test(v)) {
      const d = findDate(v)
      if (d) meta.publishedAt = d
    }
    if (!meta.publishedAt && r.rule === 'boilerplate/publishing' && /^\d{4}[-/.年]\d{1,2}/.test(v)) {
      const d = findDate(v)
      if (d) meta.publishedAt = d
    }
    if (!meta.source && r.rule === 'boilerplate/publishing') {
      const m = /(?:^|\s)[（(]?(?:来源|信息来源|文章来源|稿件来源)\s*[:：]\s*([^\s）)]{2,30})/.exec(v)
      if (m) meta.source = m[1]!
    }
  }
  // Stable key order, whatever order the passes filled them in.
  const ordered: Meta = {}
  for (const key of ['title', 'docType', 'region', 'date', 'meeting', 'speaker', 'docNumber', 'issuer', 'sourceUrl', 'publishedAt', 'source'] as const) {
    if (meta[key] !== undefined) (ordered as Record<string, unknown>)[key] = meta[key]
  }
  tree.data.meta = ordered
}

function regionOf(meta: Meta, speaker: Speaker | undefined): string | undefined {
  const title = (meta.title ?? '').replace(/^\d{4}年(?:度)?/, '').replace(/^(?:\d{4}年)?/, '')
  if (/^(?:国务院|中华人民共和国|全国|中共中央)/.test(title)) return '全国'
  const m = REGION.exec(title)
  if (m && !/^(?:人民|政府)/.test(m[1]!)) return trimRegion(m[1]!)
  if (meta.meeting) {
    if (/全国人民代表大会/.test(meta.meeting)) return '全国'
    const mm = REGION.exec(meta.meeting)
    if (mm) return trimRegion(mm[1]!)
  }
  if (speaker) {
    const text = speaker.children.map((c) => ('value' in c ? c.value : '')).join('')
    const ms = REGION.exec(text)
    if (ms) return trimRegion(ms[1]!)
    if (/国务院/.test(text)) return '全国'
  }
  if (meta.issuer && /^国务院/.test(meta.issuer)) return '全国'
  return undefined
}

function trimRegion(region: string): string {
  return region.replace(/(?:人民政府|政府)$/, '')
}
