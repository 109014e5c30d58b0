import type { Paragraph } from '@gongwen/parser'
import type { Block, Run } from '../layout/types.js'
import { plainText, type State } from '../state.js'

export function paragraph(node: Paragraph, state: State): Run[] {
  const role = state.paragraphRole
  const block: Block = { role, runs: state.runs(node, role), tag: 'P' }
  const first = node.children[0]
  if (first && first.type === 'runInHeading') {
    const marker = first.numbering?.marker ?? ''
    block.outline = { title: marker + plainText(first), depth: state.outlineBase + first.depth }
  }
  state.blocks.push(block)
  return []
}
