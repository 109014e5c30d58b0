import type { Outline, OutlineEntry } from '../types.js'
import { escapeMarkdown } from './escape.js'
import { frontRows } from './front-rows.js'
import { sameInBothLanguages } from '../text.js'

/** The outline as Markdown: a front table, then a nested list, Chinese over English. */
export function outlineToMarkdown(outline: Outline): string {
  const lines: string[] = []
  const title = outline.front.title
  lines.push(`# ${escapeMarkdown(title?.zh ?? '提纲')}`, '')
  if (title) lines.push(`**${escapeMarkdown(title.en)}**${title.source === 'fallback' ? ' *(fallback)*' : ''}`, '')
  const rows = frontRows(outline.front)
  if (rows.length > 0) {
    lines.push('| 项目 Field | 中文 | English |', '| --- | --- | --- |')
    for (const row of rows) {
      const en = escapeMarkdown(row.en) + (row.source === 'fallback' ? ' *(fallback)*' : '')
      lines.push(`| ${row.labelZh} ${row.labelEn} | ${escapeMarkdown(row.zh)} | ${en} |`)
    }
    lines.push('')
  }
  lines.push('## 提纲 Outline', '')
  const walk = (entries: OutlineEntry[], level: number) => {
    const indent = '  '.repeat(level)
    for (const entry of entries) {
      const zh = (entry.numbering?.marker ?? (entry.kind === 'lead' ? '——' : '')) + entry.zh
      const en = (entry.numbering ? entry.numbering.en + ' ' : entry.kind === 'lead' ? '— ' : '') + entry.en
      const flag = entry.source === 'fallback' ? ' *(fallback)*' : ''
      const once = sameInBothLanguages(zh, en)
      lines.push(`${indent}- ${entry.kind === 'lead' ? '' : '**'}${escapeMarkdown(zh)}${entry.kind === 'lead' ? '' : '**'}${once ? flag : '  '}`)
      if (!once) lines.push(`${indent}  ${escapeMarkdown(en).replace(/^(\d+)\./, '$1\\.')}${flag}`)
      walk(entry.children, level + 1)
    }
  }
  walk(outline.entries, 0)
  lines.push('')
  return lines.join('\n')
}
