import type { Subtitle } from '@gongwen/parser'
import type { Run } from '../layout/types.js'
import type { State } from '../state.js'

export function subtitle(node: Subtitle, state: State): Run[] {
  state.blocks.push({ role: 'subtitle', runs: state.runs(node, 'subtitle'), tag: 'P', keepWithNext: true })
  return []
}
