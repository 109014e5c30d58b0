import type { Speaker } from '@gongwen/parser'
import type { Run } from '../layout/types.js'
import type { State } from '../state.js'

export function speaker(node: Speaker, state: State): Run[] {
  state.blocks.push({ role: 'speaker', runs: state.runs(node, 'speaker'), tag: 'P', keepWithNext: true })
  return []
}
