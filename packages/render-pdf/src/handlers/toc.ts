import type { Toc } from '@gongwen/parser'
import type { Run } from '../layout/types.js'
import type { State } from '../state.js'

export function toc(node: Toc, state: State): Run[] {
  const saved = state.paragraphRole
  state.paragraphRole = 'toc'
  state.all(node)
  state.paragraphRole = saved
  return []
}
