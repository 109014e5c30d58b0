import type { RunInHeading } from '@gongwen/parser'
import type { State } from '../outline-state.js'
import { headingText, toText } from '../text.js'

export function runInHeading(node: RunInHeading, state: State): void {
  state.add({
    kind: 'runInHeading',
    zh: headingText(toText(node)),
    depth: node.depth,
    numbering: node.numbering,
    ...(node.position ? { position: node.position } : {}),
    children: [],
  })
}
