import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from '@gongwen/parser'
import type { Nodes, Root } from '@gongwen/parser'
import { inflateEntry, readZip } from '../src/zip.js'

export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))

let sampleTree: Root | undefined
/** The reference input, parsed once per test file. */
export function sample(): Root {
  sampleTree ??= parse(readFileSync(fixture('yubei-2023.txt'))).tree
  return sampleTree
}

/** The parts of a DOCX package as text. */
export function unzipDocx(bytes: Uint8Array): Map<string, string> {
  const decoder = new TextDecoder()
  return new Map(readZip(bytes).map((entry) => [entry.name, decoder.decode(inflateEntry(entry))]))
}

export function part(parts: Map<string, string>, name: string): string {
  const xml = parts.get(name)
  if (xml === undefined) throw new Error(`no part ${name} in package (have ${[...parts.keys()].join(', ')})`)
  return xml
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

export interface XmlParagraph {
  xml: string
  style: string | undefined
  text: string
}

/** The paragraphs of a part, in order, with their style id and text (`w:t` only, so field codes are left out). */
export function paragraphs(xml: string): XmlParagraph[] {
  const out: XmlParagraph[] = []
  for (const match of xml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const inner = match[1] ?? ''
    const style = /<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1]
    const text = [...inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1])).join('')
    out.push({ xml: match[0], style, text })
  }
  return out
}

/** `document.xml` without its TOC content control, for checks on the body alone. */
export function withoutToc(xml: string): string {
  return xml.replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, '')
}

/**
 * The TOC content control's entry paragraphs (those with a TOC N style), with
 * `text` the entry's title (before the tab) and `page` the number after it.
 */
export function tocEntries(xml: string): Array<XmlParagraph & { page: number | undefined }> {
  const sdt = /<w:sdt>[\s\S]*?<\/w:sdt>/.exec(xml)?.[0] ?? ''
  return paragraphs(sdt)
    .filter((p) => /^TOC\d$/.test(p.style ?? '') && p.text !== '')
    .map((p) => {
      const [title, after = ''] = p.xml.split('<w:tab/>')
      const texts = (part: string) => [...part.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')
      const page = texts(after)
      return { ...p, text: unescapeXml(texts(title)), page: page === '' ? undefined : Number(page) }
    })
}

export function squash(text: string): string {
  return text.replace(/\s+/g, '')
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('')
  return ''
}

const LINE_TYPES = new Set<Nodes['type']>([
  'title',
  'subtitle',
  'speaker',
  'salutation',
  'docNumber',
  'addressee',
  'heading',
  'paragraph',
  'listItem',
])

/** The text of every line-level node of the tree, in document order (what must reach the page). */
export function lineTexts(node: Nodes, out: string[] = []): string[] {
  if (LINE_TYPES.has(node.type)) {
    out.push(squash(textOf(node)))
    return out
  }
  if ('children' in node) for (const child of node.children as Nodes[]) lineTexts(child, out)
  return out
}

/**
 * Checks that `expected` appear in `haystack` in order, each inside one item.
 * Returns the first text that is missing or out of order, or undefined.
 */
export function firstMissingInOrder(expected: string[], haystack: string[]): string | undefined {
  let at = 0
  for (const text of expected) {
    if (text === '') continue
    while (at < haystack.length && !haystack[at].includes(text)) at++
    if (at === haystack.length) return text
  }
  return undefined
}
