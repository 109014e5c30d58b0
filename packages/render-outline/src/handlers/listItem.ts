import type { ListItem } from '@gongwen/parser'
import type { State } from '../outline-state.js'
import { firstSentence, toText } from '../text.js'

export function listItem(node: ListItem, state: State): void {
  const zh = firstSentence(toText(node))
  if (!zh) return
  state.addBelow({
    kind: 'lead',
    zh,
    depth: 0,
    numbering: null,
    ...(node.position ? { position: node.position } : {}),
    children: [],
  })
}
