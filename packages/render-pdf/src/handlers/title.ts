import type { Title } from '@gongwen/parser'
import type { Run } from '../layout/types.js'
import type { State } from '../state.js'

export function title(node: Title, state: State): Run[] {
  state.blocks.push({ role: 'title', runs: state.runs(node, 'title'), tag: 'H1', keepWithNext: true })
  return []
}
