import type { Meta, Root } from '@gongwen/parser'
import { textOf } from './util.js'

/** The document's title: the metadata's, else the title node's text. */
export function documentTitle(tree: Root): string {
  if (tree.data?.meta?.title) return tree.data.meta.title
  const node = tree.children.find((child) => child.type === 'title')
  return node ? textOf(node).replace(/\s+/g, '') : ''
}

/** `2023-02-08` → `2023年2月8日`; other strings as they are. */
export function chineseDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : iso
}

/** Cover metadata lines of the report preset: label and value, only those the document has. */
export function coverLines(meta: Meta): Array<[string, string]> {
  const lines: Array<[string, string]> = []
  if (meta.docType) lines.push(['文种', meta.docType])
  if (meta.region) lines.push(['地区', meta.region])
  if (meta.issuer) lines.push(['发文机关', meta.issuer])
  if (meta.docNumber) lines.push(['文号', meta.docNumber])
  if (meta.speaker?.name) lines.push(['报告人', [meta.speaker.role, meta.speaker.name].filter(Boolean).join(' ')])
  if (meta.meeting) lines.push(['会议', meta.meeting])
  if (meta.date) lines.push(['日期', chineseDate(meta.date)])
  else if (meta.publishedAt) lines.push(['发布日期', chineseDate(meta.publishedAt)])
  return lines
}

/** The `report` preset prints its front matter on a cover page, unless asked not to. */
export function hasCover(state: { table: { preset: { coverBlock: boolean } }; options: { cover: boolean } }): boolean {
  return state.table.preset.coverBlock && state.options.cover
}
