import type { Root } from '@gongwen/parser'
import { documentTitle } from './meta.js'

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Used when the document states no date: a fixed instant, never the clock. */
const FIXED_EPOCH = '1980-01-01T00:00:00Z'

/** The document's own date (`meta.date`, else `meta.publishedAt`) as a W3C date-time. */
export function documentDate(tree: Root): string {
  const meta = tree.data?.meta ?? {}
  for (const value of [meta.date, meta.publishedAt]) {
    const match = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null
    if (match) return `${match[1]}T00:00:00Z`
  }
  return FIXED_EPOCH
}

/**
 * `docProps/core.xml`, written here because docx.js stamps it with the
 * wall clock: title, subject (the document type), creator (issuer, else the
 * speaker, else the region), keywords, and created/modified = the document's date.
 */
export function corePropertiesXml(tree: Root): string {
  const meta = tree.data?.meta ?? {}
  const date = documentDate(tree)
  const creator = meta.issuer || meta.speaker?.name || meta.region || ''
  const keywords = [...new Set([meta.docType, meta.region, meta.meeting].filter((value): value is string => !!value))]
  const fields: Array<[string, string]> = [
    ['dc:title', documentTitle(tree)],
    ['dc:subject', meta.docType ?? ''],
    ['dc:creator', creator],
    ['cp:keywords', keywords.join('; ')],
    ['dc:description', meta.meeting ?? ''],
    ['cp:lastModifiedBy', 'gongwen'],
    ['cp:revision', '1'],
    ['dc:language', 'zh-CN'],
  ]
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    fields
      .filter(([, value]) => value !== '')
      .map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`)
      .join('') +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>` +
    '</cp:coreProperties>'
  )
}
