import type { List } from '@gongwen/parser'
import type { Run } from '../layout/types.js'
import type { State } from '../state.js'

export function list(node: List, state: State): Run[] {
  state.all(node)
  return []
}
