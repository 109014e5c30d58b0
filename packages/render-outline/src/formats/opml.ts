import type { Outline, OutlineEntry } from '../types.js'
import { escapeXml } from './escape.js'

/**
 * OPML 2.0: `text` is the Chinese line, `_en` the English one (outliners show
 * `text`; the underscore attributes are the OPML convention for extra data).
 */
export function outlineToOpml(outline: Outline): string {
  const attr = (name: string, value: string) => ` ${name}="${escapeXml(value)}"`
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">', '  <head>']
  const title = outline.front.title
  lines.push(`    <title>${escapeXml(title ? `${title.zh} / ${title.en}` : 'Outline')}</title>`)
  // The document's own date keeps the output deterministic.
  if (outline.front.date) lines.push(`    <dateCreated>${escapeXml(rfc822(outline.front.date.iso))}</dateCreated>`)
  lines.push('  </head>', '  <body>')
  const walk = (entries: OutlineEntry[], level: number) => {
    for (const entry of entries) {
      const indent = '  '.repeat(level + 2)
      const zh = (entry.numbering?.marker ?? (entry.kind === 'lead' ? '——' : '')) + entry.zh
      const en = (entry.numbering ? entry.numbering.en + ' ' : entry.kind === 'lead' ? '— ' : '') + entry.en
      const attributes =
        attr('text', `${zh} | ${en}`) +
        attr('_zh', zh) +
        attr('_en', en) +
        attr('_depth', String(entry.depth)) +
        attr('_kind', entry.kind) +
        attr('_source', entry.source)
      if (entry.children.length === 0) lines.push(`${indent}<outline${attributes}/>`)
      else {
        lines.push(`${indent}<outline${attributes}>`)
        walk(entry.children, level + 1)
        lines.push(`${indent}</outline>`)
      }
    }
  }
  walk(outline.entries, 0)
  lines.push('  </body>', '</opml>', '')
  return lines.join('\n')
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function rfc822(iso: string): string {
  const [year, month = '01', day = '01'] = iso.split('-')
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  if (Number.isNaN(date.getTime())) return iso
  return `${DAYS[date.getUTCDay()]}, ${String(date.getUTCDate()).padStart(2, '0')} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} 00:00:00 GMT`
}
