import type { DocNumber } from '@gongwen/parser'
import type { Run } from '../layout/types.js'
import type { State } from '../state.js'

export function docNumber(node: DocNumber, state: State): Run[] {
  state.blocks.push({ role: 'docNumber', runs: state.runs(node, 'docNumber'), tag: 'P', keepWithNext: true })
  return []
}
