import type { Outline, OutlineEntry } from '../types.js'
import { escapeXml } from './escape.js'
import { frontRows } from './front-rows.js'
import { htmlPage } from './html-page.js'
import { SOURCE_LABEL } from './source-label.js'
import { sameInBothLanguages } from '../text.js'

/** The outline as a standalone HTML5 page; every text is escaped. */
export function outlineToHtml(outline: Outline): string {
  const parts: string[] = []
  const title = outline.front.title
  parts.push('<header>')
  parts.push(`<h1 lang="zh-Hans">${escapeXml(title?.zh ?? '提纲')}</h1>`)
  if (title) parts.push(`<p class="title-en" lang="en">${escapeXml(title.en)}${sourceBadge(title.source)}</p>`)
  const rows = frontRows(outline.front)
  if (rows.length > 0) {
    parts.push('<table class="front">')
    parts.push('<thead><tr><th>项目 <span lang="en">Field</span></th><th>中文</th><th lang="en">English</th></tr></thead>')
    parts.push('<tbody>')
    for (const row of rows) {
      parts.push(
        `<tr><th scope="row">${escapeXml(row.labelZh)} <span lang="en">${escapeXml(row.labelEn)}</span></th>` +
          `<td lang="zh-Hans">${escapeXml(row.zh)}</td><td lang="en">${escapeXml(row.en)}${sourceBadge(row.source)}</td></tr>`,
      )
    }
    parts.push('</tbody>', '</table>')
  }
  parts.push('</header>')
  parts.push('<section class="outline-section">')
  parts.push('<h2>提纲 <span lang="en">Outline</span></h2>')
  parts.push(list(outline.entries, true))
  parts.push('</section>')
  parts.push(
    `<p class="legend" lang="en">Each entry shows the Chinese heading over its English. Lines marked <span class="source">${SOURCE_LABEL.fallback}</span> were put together word by word from a dictionary and need a translator's review.</p>`,
  )
  return htmlPage({ title: title ? `${title.zh} — ${title.en}` : 'Outline', body: parts.join('\n') })
}

function list(entries: OutlineEntry[], top: boolean): string {
  if (entries.length === 0) return ''
  const items = entries.map((entry) => {
    const zhMarker = entry.numbering?.marker ?? (entry.kind === 'lead' ? '——' : '')
    const enMarker = entry.numbering?.en ?? (entry.kind === 'lead' ? '—' : '')
    const marker = (text: string) => (text ? `<span class="marker">${escapeXml(text)}</span>` : '')
    const once = sameInBothLanguages(zhMarker + entry.zh, (enMarker ? enMarker + ' ' : '') + entry.en)
    return (
      `<li class="depth-${entry.depth} ${entry.kind}">` +
      (once ? '' : `<p class="zh" lang="zh-Hans">${marker(zhMarker)}${escapeXml(entry.zh)}</p>`) +
      `<p class="en" lang="en">${marker(enMarker)}${escapeXml(entry.en)}${sourceBadge(entry.source)}</p>` +
      list(entry.children, false) +
      '</li>'
    )
  })
  return `<ol${top ? ' class="outline"' : ''}>\n${items.join('\n')}\n</ol>`
}

function sourceBadge(source: string | undefined): string {
  return source === 'fallback' ? ` <span class="source">${SOURCE_LABEL.fallback}</span>` : ''
}
