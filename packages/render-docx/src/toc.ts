import { LeaderType, Paragraph, TableOfContents, TextRun } from 'docx'
import type { Heading, Nodes } from '@gongwen/parser'
import { headingPages } from './pagination.js'
import { hasCover } from './meta.js'
import type { State } from './types.js'
import { markerText, textOf } from './util.js'

export interface TocEntry {
  title: string
  level: number
  /** Estimated body page (see pagination.ts); Word puts the real one in on update. */
  page?: number
}

/**
 * Word's TOC field over Heading 1–4 and paragraphs with an outline level
 * (`\u`: the appendix labels), with dot leaders. Its entries are written
 * cached, so the TOC shows before anyone updates fields; Word rebuilds it,
 * with page numbers, when they are.
 */
function field(cachedEntries: TocEntry[]): TableOfContents {
  return new TableOfContents('目录', {
    hyperlink: true,
    headingStyleRange: '1-4',
    useAppliedParagraphOutlineLevel: true,
    tabLeader: LeaderType.DOT,
    cachedEntries,
  })
}

/** What Word's TOC field lists, in order: headings (marker and text) and appendix labels. */
export function entriesOf(node: Nodes, pages: Map<Heading, number>, out: TocEntry[] = []): TocEntry[] {
  if (node.type === 'heading') {
    const page = pages.get(node)
    out.push({
      title: markerText(node.numbering) + textOf(node),
      level: Math.min(node.depth, 4),
      ...(page !== undefined ? { page } : {}),
    })
  } else if ('children' in node) {
    for (const child of node.children as Nodes[]) entriesOf(child, pages, out)
  }
  return out
}

/** `目　录` over a TOC of the tree's headings. */
export function generatedToc(state: State, newPage: boolean): Array<Paragraph | TableOfContents> {
  return [
    new Paragraph({ style: state.table.toc.heading, pageBreakBefore: newPage, children: [new TextRun('目\u3000\u3000录')] }),
    field(entriesOf(state.tree, headingPages(state.tree, state.table, hasCover(state)))),
  ]
}

function squash(text: string): string {
  return text.replace(/[\s\u3000]+/g, '')
}

/** Headings of the tree as printed (marker + text), for matching 目录 lines. */
function headingsOf(node: Nodes, out: Array<{ text: string; node: Heading }> = []) {
  if (node.type === 'heading') out.push({ text: squash(markerText(node.numbering) + textOf(node)), node })
  else if ('children' in node) for (const child of node.children as Nodes[]) headingsOf(child, out)
  return out
}

/**
 * The tree's own 目录 block, as the TOC field whose cached entries are its
 * printed lines: the reader sees the document's own 目录 until fields are
 * updated, and Word rebuilds it from the headings when they are. A line's level
 * is that of the heading it names (level 1 when none matches).
 */
export function treeToc(state: State, lines: string[]): TableOfContents {
  const headings = headingsOf(state.tree)
  const pages = headingPages(state.tree, state.table, hasCover(state))
  const entries = lines.map((line): TocEntry => {
    // Printed 目录 lines may end in a page number after dots: `一、总体要求……3`.
    const key = squash(line).replace(/[.…·．]*\d*$/, '')
    const match = headings.find((heading) => heading.text === key || (key.length > 1 && heading.text.startsWith(key)))
    const page = match ? pages.get(match.node) : undefined
    return { title: line, level: Math.min(match?.node.depth ?? 1, 4), ...(page !== undefined ? { page } : {}) }
  })
  return field(entries)
}
