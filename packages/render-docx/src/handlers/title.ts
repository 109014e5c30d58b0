import { Paragraph, TextRun } from 'docx'
import type { Handler } from '../types.js'
import { breakTitle } from '../title-lines.js'
import { textOf } from '../util.js'
import { hasCover } from '../meta.js'

/**
 * The title, broken at word boundaries into balanced lines (GB/T 9704 7.3.3)
 * rather than wherever Word runs out of room.
 */
export const title: Handler<'title'> = (node, state) => {
  const lines = breakTitle(textOf(node), state.table.titleCharsPerLine)
  const style = hasCover(state) ? 'CoverTitle' : state.table.byRole.title
  return [
    new Paragraph({
      style,
      children: lines.map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined })),
    }),
  ]
}
