import type { Heading } from '@gongwen/parser'
import type { State } from '../outline-state.js'
import { headingText, toText } from '../text.js'

export function heading(node: Heading, state: State): void {
  state.add({
    kind: 'heading',
    zh: headingText(toText(node)),
    depth: node.depth,
    numbering: node.numbering,
    ...(node.position ? { position: node.position } : {}),
    children: [],
  })
}
