import type { Appendix } from '@gongwen/parser'
import type { Run } from '../layout/types.js'
import { plainText, type State } from '../state.js'

/**
 * The label heading opens the appendix (on a new page when the preset says
 * so); the appendix's own headings are bookmarked under it.
 */
export function appendix(node: Appendix, state: State): Run[] {
  const [first, ...rest] = node.children
  const firstBlock = state.blocks.length
  if (first && first.type === 'heading') {
    const label = (first.numbering?.marker ?? '') + plainText(first)
    state.blocks.push({
      role: 'appendixLabel',
      runs: [{ text: label, role: 'appendixLabel' }],
      tag: 'H2',
      outline: { title: label, depth: state.outlineBase + 1 },
      keepWithNext: true,
    })
  } else if (first) {
    state.one(first)
  }
  const saved = state.outlineBase
  state.outlineBase = saved + 1
  for (const child of rest) state.one(child)
  state.outlineBase = saved
  const opening = state.blocks[firstBlock]
  if (opening && state.preset.appendixNewPage) opening.breakBefore = true
  return []
}
