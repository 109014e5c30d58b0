import { Paragraph, TextRun } from 'docx'
import { PlainParagraph, plainRuns } from '../plain-paragraph.js'
import type { Handler } from '../types.js'

export const listItem: Handler<'listItem'> = (node, state) => {
  const style = state.table.byRole.listItem
  if (!state.list) {
    // A `——` item (or one outside a list): its marker is printed text.
    const runs = plainRuns(node.children)
    if (runs && node.marker !== '') return [new PlainParagraph(style, [node.marker, ...runs])]
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
