import { Paragraph, TextRun } from 'docx'
import type { Handler } from '../types.js'

/**
 * `附件1`, `名词解释`, …: the label line in the appendix-label style (outline
 * level 1, so it is in the TOC), on a new page when the preset says so.
 */
export const appendix: Handler<'appendix'> = (node, state) => {
  const [first, ...rest] = node.children
  const labelled = first?.type === 'heading' && first.numbering === null
  const label = new Paragraph({
    style: state.table.byRole.appendixLabel,
    pageBreakBefore: state.table.preset.appendixNewPage,
    children: labelled ? state.inline(first) : [new TextRun(node.label)],
  })
  return [label, ...state.blocks({ children: labelled ? rest : node.children })]
}
