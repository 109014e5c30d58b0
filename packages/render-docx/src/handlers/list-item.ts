import { Paragraph, TextRun } from 'docx'
import type { Handler } from '../types.js'

export const listItem: Handler<'listItem'> = (node, state) => {
  const style = state.table.byRole.listItem
  if (!state.list) {
    // An item outside a list (not made by the parser): print its marker.
    return [new Paragraph({ style, children: [new TextRun(node.marker), ...state.inline(node)] })]
  }
  return [
    new Paragraph({
      style,
      numbering: { reference: state.list.reference, level: 0, instance: state.list.instance },
      children: state.inline(node),
    }),
  ]
}
