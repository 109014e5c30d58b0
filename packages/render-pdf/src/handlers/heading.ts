import type { Heading } from '@gongwen/parser'
import { headingRole } from '@gongwen/presets'
import type { Run, StructTag } from '../layout/types.js'
import { plainText, type State } from '../state.js'

export function heading(node: Heading, state: State): Run[] {
  const role = headingRole(node.depth)
  const marker = node.numbering?.marker ?? ''
  const runs: Run[] = marker ? [{ text: marker, role }] : []
  runs.push(...state.runs(node, role))
  const depth = state.outlineBase + node.depth
  state.blocks.push({
    role,
    runs,
    tag: structHeading(depth + 1),
    outline: { title: marker + plainText(node), depth },
    keepWithNext: true,
  })
  return []
}

/** H1 is the document title, so heading depth d is tagged H(d+1), at most H6. */
export function structHeading(level: number): StructTag {
  return `H${Math.min(6, Math.max(1, level))}` as StructTag
}
