import { Paragraph } from 'docx'
import type { Handler } from '../types.js'
import { treeToc } from '../toc.js'
import { textOf } from '../util.js'

/** The document's printed 目录 becomes the Word TOC field (a second one stays printed lines). */
export const toc: Handler<'toc'> = (node, state) => {
  if (state.tocRendered) {
    return node.children.map((line) => new Paragraph({ style: state.table.toc.levels[0], children: state.inline(line) }))
  }
  state.tocRendered = true
  return [treeToc(state, node.children.map((line) => textOf(line)))]
}
