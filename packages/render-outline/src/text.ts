import type { Nodes } from '@gongwen/parser'

/** The text of a node, children concatenated. */
export function toText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node) {
    let out = ''
    for (const child of node.children as Nodes[]) out += toText(child)
    return out
  }
  return ''
}

/** Heading text as shown in an outline: no letter-spacing, no closing full stop. */
export function headingText(text: string): string {
  return text
    .replace(/(?<=[\p{Script=Han}])[ \u3000\u00a0]+(?=[\p{Script=Han}])/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[。．.;；：:]+$/u, '')
    .trim()
}

/** The first sentence of a lead item: `——坚定不移…，…。始终…` → `坚定不移…，…`. */
export function firstSentence(text: string): string {
  const trimmed = text.trim()
  const end = trimmed.search(/[。！？!?]/u)
  return headingText(end < 0 ? trimmed : trimmed.slice(0, end))
}

/**
 * An entry whose source is already English (the official English versions)
 * reads the same in both lines: formats that print the two lines print it once.
 */
export function sameInBothLanguages(zhLine: string, enLine: string): boolean {
  return zhLine.trim() === enLine.trim() && !/\p{Script=Han}/u.test(zhLine)
}
