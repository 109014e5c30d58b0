import type { Appendix } from '@gongwen/parser'
import type { PendingEntry, State } from '../outline-state.js'
import { headingText, toText } from '../text.js'

/**
 * An appendix is one entry (its label heading); the headings inside it are
 * ranked on their own, so they nest under it with a fresh stack.
 */
export function appendix(node: Appendix, state: State): void {
  const [label, ...rest] = node.children
  const labelIsHeading = label?.type === 'heading'
  const entry: PendingEntry = {
    kind: 'appendix',
    zh: labelIsHeading ? headingText(toText(label)) || node.label : node.label,
    depth: labelIsHeading ? label.depth : 1,
    numbering: labelIsHeading ? label.numbering : null,
    ...(labelIsHeading && label.position ? { position: label.position } : node.position ? { position: node.position } : {}),
    children: [],
  }
  state.stack = []
  state.entries.push(entry)
  // A depth-0 sentinel keeps the appendix's own depth-1 headings inside it.
  const sentinel: PendingEntry = { ...entry, depth: 0 }
  state.stack = [sentinel]
  for (const child of labelIsHeading ? rest : node.children) state.one(child)
  entry.children = sentinel.children
  state.stack = []
}
