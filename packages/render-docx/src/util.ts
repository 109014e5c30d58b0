import type { Nodes } from '@gongwen/parser'

/** The plain text of a node (text values joined, in order). */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('')
  return ''
}

/** Numbering styles printed with a full-width space before the heading text: `第一章　总则`. */
const SPACED = new Set(['chapter', 'section', 'article', 'part'])

/** A heading marker as it is printed before the heading text. */
export function markerText(numbering: { marker: string; style: string } | null): string {
  if (!numbering) return ''
  return SPACED.has(numbering.style) ? `${numbering.marker}\u3000` : numbering.marker
}
