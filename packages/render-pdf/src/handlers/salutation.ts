import type { Salutation } from '@gongwen/parser'
import type { Run } from '../layout/types.js'
import type { State } from '../state.js'

export function salutation(node: Salutation, state: State): Run[] {
  state.blocks.push({ role: 'salutation', runs: state.runs(node, 'salutation'), tag: 'P', keepWithNext: false })
  return []
}
