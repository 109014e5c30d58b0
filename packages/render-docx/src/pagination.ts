import type { Heading, Nodes, Root } from '@gongwen/parser'
import type { DocxStyleTable, ParagraphStyleDef } from './style-table.js'
import { breakTitle, displayWidth } from './title-lines.js'
import { markerText, textOf } from './util.js'

/**
 * Estimates the page each heading starts on, so the TOC's cached entries can
 * carry page numbers before Word updates the field. On the official grid every
 * line is one 28.95 pt step and holds 28 characters, so counting lines is
 * close to what Word and LibreOffice do; the report layout is estimated the
 * same way from its styles. Word replaces the numbers when fields are updated.
 */

/** Natural single-line height of a CJK face as a multiple of its size. */
const LINE_HEIGHT = 1.3
/** Lines of the next paragraph a heading keeps with it (Word's keep-with-next). */
const KEEP_WITH = 2

interface Block {
  style: ParagraphStyleDef
  lines: number
  pageBreakBefore: boolean
  /** Set on headings: the heading this block is. */
  heading?: Heading
}

function styleOf(table: DocxStyleTable, id: string): ParagraphStyleDef {
  const style = table.paragraphStyles.find((s) => s.id === id)
  if (!style) throw new Error(`style table has no style ${id}`)
  return style
}

/**
 * Word and LibreOffice put a quarter of a character between Chinese and Latin
 * letters or digits (`w:autoSpaceDE`/`autoSpaceDN`, on by default).
 */
const AUTOSPACE = 0.25

function setWidth(text: string): number {
  const transitions = text.match(/[\u2e80-\u9fff\uff00-\uffef][A-Za-z0-9]|[A-Za-z0-9][\u2e80-\u9fff\uff00-\uffef]/g)
  return displayWidth(text) + AUTOSPACE * (transitions?.length ?? 0)
}

function lineCount(table: DocxStyleTable, style: ParagraphStyleDef, text: string): number {
  const width = table.page.width - table.page.left - table.page.right - style.left - style.right
  const char = (style.size * 10 * style.scale) / 100
  const chars = setWidth(text)
  if (chars === 0) return 1
  return Math.max(1, Math.ceil((chars * char + style.firstLine) / width))
}

function lineHeight(style: ParagraphStyleDef): number {
  const natural = style.size * 10 * LINE_HEIGHT
  if (style.lineRule === 'exact') return style.line
  if (style.lineRule === 'atLeast') return Math.max(style.line, natural)
  return (natural * style.line) / 240
}

/** The blocks of the body section, in order, as the handlers lay them out. */
function blocksOf(tree: Root, table: DocxStyleTable, cover: boolean): Block[] {
  const blocks: Block[] = []
  const role = table.byRole
  const para = (id: string, text: string, extra: Partial<Block> = {}) => {
    const style = styleOf(table, id)
    blocks.push({ style, lines: lineCount(table, style, text), pageBreakBefore: false, ...extra })
  }
  const walk = (node: Nodes, inAppendix: boolean) => {
    switch (node.type) {
      case 'title': {
        const style = styleOf(table, role.title)
        blocks.push({ style, lines: breakTitle(textOf(node), table.titleCharsPerLine).length, pageBreakBefore: false })
        return
      }
      case 'subtitle': {
        const style = styleOf(table, role.subtitle)
        blocks.push({ style, lines: breakTitle(textOf(node), table.bodyCharsPerLine).length, pageBreakBefore: false })
        return
      }
      case 'speaker':
      case 'salutation':
      case 'docNumber':
      case 'addressee':
        para(role[node.type], textOf(node))
        return
      case 'heading':
        if (inAppendix && node.numbering === null) {
          para(role.appendixLabel, textOf(node), { heading: node, pageBreakBefore: table.preset.appendixNewPage })
        } else {
          para(`Heading${Math.min(node.depth, 4)}`, markerText(node.numbering) + textOf(node), { heading: node })
        }
        return
      case 'paragraph':
        para('Normal', textOf(node))
        return
      case 'listItem':
        para(role.listItem, node.marker + textOf(node))
        return
      case 'toc':
        for (const line of node.children) para(table.toc.levels[0], textOf(line))
        return
      case 'signature':
        para(role.signature, '')
        for (const line of node.children) para(role.signature, textOf(line))
        return
      case 'appendix':
        for (const child of node.children) walk(child, true)
        return
      case 'list':
        for (const child of node.children) walk(child, inAppendix)
        return
      default:
        return
    }
  }
  const front = new Set(['title', 'subtitle', 'speaker', 'docNumber'])
  for (const child of tree.children) {
    // The report's front matter is on its cover, outside the numbered body.
    if (cover && front.has(child.type)) continue
    walk(child, false)
  }
  return blocks
}

/** The estimated body page (from 1) of each heading of the tree. */
export function headingPages(tree: Root, table: DocxStyleTable, cover = table.preset.coverBlock): Map<Heading, number> {
  const blocks = blocksOf(tree, table, cover)
  const pitch = table.grid?.linePitch
  const rawHeight = table.page.height - table.page.top - table.page.bottom
  const pageHeight = pitch ? Math.floor(rawHeight / pitch) * pitch : rawHeight
  const pages = new Map<Heading, number>()
  let page = 1
  let y = 0
  blocks.forEach((block, index) => {
    let line = lineHeight(block.style)
    let lines = block.lines
    // Off the grid (the title), the next paragraph starts on the next grid line.
    if (pitch && !block.style.snapToGrid) {
      lines = Math.ceil((lines * line) / pitch)
      line = pitch
    }
    if (block.pageBreakBefore && y > 0) {
      page++
      y = 0
    }
    if (y > 0) y += block.style.before
    if (block.style.keepNext && y > 0) {
      const next = blocks[index + 1]
      const kept = next ? Math.min(next.lines, KEEP_WITH) * lineHeight(next.style) : 0
      if (y + lines * line + kept > pageHeight) {
        page++
        y = 0
      }
    }
    // Fill pages line by line, with Word's widow and orphan control: never one
    // line of a paragraph alone at the foot or at the head of a page.
    let remaining = lines
    let first: number | undefined
    while (remaining > 0) {
      const capacity = Math.max(0, Math.floor((pageHeight - y) / line))
      if (remaining <= capacity) {
        first ??= page
        y += remaining * line
        break
      }
      let take = capacity
      if (take === 1 && remaining === lines && lines >= 2) take = 0
      if (remaining - take === 1 && take >= 2 && lines >= 3) take -= 1
      if (take > 0) first ??= page
      remaining -= take
      page++
      y = 0
    }
    if (block.heading) pages.set(block.heading, first ?? page)
    y += block.style.after
  })
  return pages
}
