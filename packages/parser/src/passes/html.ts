import { createRequire } from 'node:module'
import type { Element, Nodes as HastNodes } from 'hast'

/** Elements whose content a reader never sees. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object', 'canvas', 'select', 'option', 'button', 'input', 'textarea'])
/** Elements that end a line of text. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'th',
  'thead', 'tfoot', 'tr', 'ul', 'caption', 'center', 'title',
])

/** An HTML page rather than text: a doctype or `<html>` up front, or paragraphs of tags. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048)
  if (/^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<html)/i.test(head)) return true
  if (/^\s*<!--[\s\S]{0,400}?-->\s*<(?:!doctype|html)/i.test(head)) return true
  const tags = head.match(/<\/?(?:p|div|span|br|td|tr|table|a|li|h[1-6])\b[^>]*>/gi)
  return /^\s*</.test(head) && (tags?.length ?? 0) >= 8
}

// Loaded on first use: most inputs are text, and the HTML parser costs ~100 ms to load.
let fromHtml: ((html: string) => HastNodes) | undefined

/**
 * The text a reader sees in an HTML page, one line per block element and
 * table cell (as scrapers flatten them); scripts, styles and the head are
 * left out. The parser then reads this text as usual.
 */
export function htmlToText(html: string): string {
  if (!fromHtml) {
    const require = createRequire(import.meta.url)
    fromHtml = (require('hast-util-from-html') as { fromHtml: (html: string) => HastNodes }).fromHtml
  }
  const tree = fromHtml(html)
  const out: string[] = []
  let line = ''
  const flush = () => {
    const t = line.replace(/[ \t\r\n\f]+/g, ' ').trim()
    if (t) out.push(t)
    line = ''
  }
  const walk = (node: HastNodes): void => {
    if (node.type === 'text') {
      line += node.value
      return
    }
    if (node.type === 'element') {
      const el = node as Element
      if (SKIP.has(el.tagName)) return
      const block = BLOCK.has(el.tagName)
      if (block) flush()
      for (const child of el.children) walk(child as HastNodes)
      if (block) flush()
      return
    }
    if (node.type === 'root') for (const child of node.children) walk(child as HastNodes)
  }
  walk(tree)
  flush()
  return out.join('\n') + '\n'
}
