import type { Signature } from '@gongwen/parser'
import type { Run } from '../layout/types.js'
import type { State } from '../state.js'

export function signature(node: Signature, state: State): Run[] {
  const saved = state.paragraphRole
  state.paragraphRole = 'signature'
  state.all(node)
  state.paragraphRole = saved
  return []
}
