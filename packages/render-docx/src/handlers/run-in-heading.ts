import { TextRun } from 'docx'
import type { Handler } from '../types.js'
import { markerText, textOf } from '../util.js'

/** `（一）着力推动……。` at the head of a paragraph, in the face of a heading of its depth. */
export const runInHeading: Handler<'runInHeading'> = (node, state) => {
  const style = state.table.runInHeading[Math.min(node.depth, 4) - 1]
  return [new TextRun({ style, text: markerText(node.numbering) + textOf(node) })]
}
