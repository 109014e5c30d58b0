import { Paragraph } from 'docx'
import type { Handler } from '../types.js'

/** 落款: one blank line under the body (GB/T 9704 7.3.5), then the issuer and date lines. */
export const signature: Handler<'signature'> = (node, state) => {
  const style = state.table.byRole.signature
  return [
    new Paragraph({ style }),
    ...node.children.map((line) => new Paragraph({ style, children: state.inline(line) })),
  ]
}
