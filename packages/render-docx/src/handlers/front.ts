import { Paragraph } from 'docx'
import type { Handler, State } from '../types.js'
import type { Addressee, DocNumber, Salutation, Speaker, Subtitle } from '@gongwen/parser'
import type { StyleRole } from '@gongwen/presets'

/** A front-matter line: one paragraph in the style of its role. */
export function frontLine(
  role: StyleRole,
): (node: Subtitle | Speaker | Salutation | DocNumber | Addressee, state: State) => Paragraph[] {
  return (node, state) => [new Paragraph({ style: state.table.byRole[role], children: state.inline(node) })]
}
