import type { List } from '@gongwen/parser'
import type { State } from '../outline-state.js'

/** `——` lead items go in only when asked for (`leads`). */
export function list(node: List, state: State): void {
  if (state.leads && node.style === 'dash') state.all(node)
}
