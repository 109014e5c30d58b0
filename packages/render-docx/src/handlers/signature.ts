import { Paragraph } from 'docx'
import type { Handler } from '../types.js'
import { displayWidth } from '../title-lines.js'
import { textOf } from '../util.js'

/**
 * 落款: one blank line under the body (GB/T 9704 7.3.5), then the issuer and
 * date lines at the right, each shorter line centred over the longest (the
 * issuer name sits centred above the date, as the standard's examples show).
 */
export const signature: Handler<'signature'> = (node, state) => {
  const style = state.table.paragraphStyles.find((s) => s.id === state.table.byRole.signature)
  const id = state.table.byRole.signature
  const charTwips = (style?.size ?? 32) * 10
  const widths = node.children.map((line) => displayWidth(textOf(line)))
  const widest = Math.max(0, ...widths)
  return [
    new Paragraph({ style: id }),
    ...node.children.map(
      (line, index) =>
        new Paragraph({
          style: id,
          indent: { right: (style?.right ?? 0) + Math.round(((widest - widths[index]) / 2) * charTwips) },
          children: state.inline(line),
        }),
    ),
  ]
}
