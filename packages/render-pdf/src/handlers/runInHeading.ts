import type { RunInHeading } from '@gongwen/parser'
import { headingRole } from '@gongwen/presets'
import type { Run } from '../layout/types.js'
import type { State } from '../state.js'

/** Drawn in the heading font of its depth, at the size of the paragraph. */
export function runInHeading(node: RunInHeading, state: State): Run[] {
  const role = headingRole(node.depth)
  const marker = node.numbering?.marker ?? ''
  const runs: Run[] = marker ? [{ text: marker, role }] : []
  runs.push(...state.runs(node, role))
  return runs
}
