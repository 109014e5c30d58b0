import { Paragraph, TextRun } from 'docx'
import type { Handler } from '../types.js'
import { breakTitle } from '../title-lines.js'
import { textOf } from '../util.js'

/**
 * `——2023年2月8日在…会议上`: centred under the title and, when longer than a
 * line, broken into balanced lines at word boundaries like the title, not
 * left with a stub of three characters on its second line.
 */
export const subtitle: Handler<'subtitle'> = (node, state) => {
  const lines = breakTitle(textOf(node), state.table.bodyCharsPerLine)
  return [
    new Paragraph({
      style: state.table.byRole.subtitle,
      children: lines.map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined })),
    }),
  ]
}
