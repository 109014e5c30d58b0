import { Paragraph, TextRun, type FileChild, type ISectionOptions } from 'docx'
import type { Nodes, RootContent } from '@gongwen/parser'
import type { Handler } from '../types.js'
import { coverLines, documentTitle, hasCover } from '../meta.js'
import { footers, headers, sectionProperties } from '../page.js'
import { generatedToc } from '../toc.js'

const FRONT = new Set<RootContent['type']>(['title', 'subtitle', 'speaker', 'docNumber'])

function has(node: Nodes, type: Nodes['type']): boolean {
  if (node.type === type) return true
  return 'children' in node && (node.children as Nodes[]).some((child) => has(child, type))
}

/**
 * The sections: an unnumbered front section (the report's cover, and the
 * generated TOC when the tree has no 目录 of its own), then the body, whose
 * page numbers start at 1.
 */
export const root: Handler<'root'> = (node, state) => {
  const { table } = state
  let split = 0
  while (split < node.children.length && FRONT.has(node.children[split].type)) split++
  const front = node.children.slice(0, split)
  const rest = node.children.slice(split)
  const toc = state.options.toc && !has(node, 'toc') && has(node, 'heading')

  const frontChildren: FileChild[] = []
  const bodyChildren: FileChild[] = []
  if (hasCover(state)) {
    frontChildren.push(...state.blocks({ children: front }))
    for (const [label, value] of coverLines(node.data?.meta ?? {})) {
      frontChildren.push(
        new Paragraph({ style: table.byRole.meta, children: [new TextRun(`${label}\u3000`), new TextRun(value)] }),
      )
    }
    if (toc) frontChildren.push(...generatedToc(state, frontChildren.length > 0))
    bodyChildren.push(...state.blocks({ children: rest }))
  } else {
    if (toc) frontChildren.push(...generatedToc(state, false))
    bodyChildren.push(...state.blocks({ children: [...front, ...rest] }))
  }

  const sections: ISectionOptions[] = []
  if (frontChildren.length > 0) {
    sections.push({ properties: sectionProperties(table, false), children: frontChildren })
  }
  sections.push({
    properties: sectionProperties(table, true),
    headers: headers(table, documentTitle(node)),
    footers: footers(table),
    children: bodyChildren,
  })
  return sections
}
