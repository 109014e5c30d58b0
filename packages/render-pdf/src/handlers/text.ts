import type { Text } from '@gongwen/parser'
import type { Run } from '../layout/types.js'
import type { State } from '../state.js'

export function text(node: Text, state: State): Run[] {
  return [{ text: node.value, role: state.role }]
}
