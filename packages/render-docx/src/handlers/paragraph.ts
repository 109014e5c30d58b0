import { Paragraph } from 'docx'
import { PlainParagraph, plainRuns } from '../plain-paragraph.js'
import type { Handler } from '../types.js'

/** Running text: the Normal style is the body style. */
export const paragraph: Handler<'paragraph'> = (node, state) => {
  const runs = plainRuns(node.children)
  return [runs ? new PlainParagraph(undefined, runs) : new Paragraph({ children: state.inline(node) })]
}
