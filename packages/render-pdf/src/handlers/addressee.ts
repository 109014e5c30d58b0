import type { Addressee } from '@gongwen/parser'
import type { Run } from '../layout/types.js'
import type { State } from '../state.js'

export function addressee(node: Addressee, state: State): Run[] {
  state.blocks.push({ role: 'addressee', runs: state.runs(node, 'addressee'), tag: 'P', keepWithNext: false })
  return []
}
