import type { Paragraph } from '@gongwen/parser'
import type { State } from '../outline-state.js'

/** Only a run-in heading at the start of a paragraph belongs in the outline. */
export function paragraph(node: Paragraph, state: State): void {
  const first = node.children[0]
  if (first && first.type === 'runInHeading') state.one(first)
}
