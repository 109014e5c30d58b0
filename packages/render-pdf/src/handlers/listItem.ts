import type { ListItem } from '@gongwen/parser'
import type { Run } from '../layout/types.js'
import type { State } from '../state.js'

export function listItem(node: ListItem, state: State): Run[] {
  const runs: Run[] = [{ text: node.marker, role: 'listItem' }, ...state.runs(node, 'listItem')]
  state.blocks.push({ role: 'listItem', runs, tag: 'P' })
  return []
}
