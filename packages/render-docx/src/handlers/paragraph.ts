import { Paragraph } from 'docx'
import type { Handler } from '../types.js'

/** Running text: the Normal style is the body style. */
export const paragraph: Handler<'paragraph'> = (node, state) => [new Paragraph({ children: state.inline(node) })]
