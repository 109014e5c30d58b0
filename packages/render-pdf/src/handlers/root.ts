import type { Root, RootContent } from '@gongwen/parser'
import type { Run } from '../layout/types.js'
import type { State } from '../state.js'

/** Nodes that form the head of the document, before a generated TOC. */
const FRONT = new Set<RootContent['type']>(['title', 'subtitle', 'speaker', 'docNumber'])

export function root(node: Root, state: State): Run[] {
  let frontDone = false
  for (const child of node.children) {
    if (!frontDone && !FRONT.has(child.type)) {
      frontDone = true
      if (state.preset.coverBlock) coverLine(node, state)
      state.tocAt = state.blocks.length
    }
    state.one(child)
  }
  if (!frontDone) {
    if (state.preset.coverBlock) coverLine(node, state)
    state.tocAt = state.blocks.length
  }
  return []
}

/** The report preset's cover block: region, type and date under the title. */
function coverLine(node: Root, state: State): void {
  const meta = node.data.meta
  const parts = [meta.region, meta.docType, meta.date].filter((p): p is string => Boolean(p))
  if (parts.length === 0) return
  state.blocks.push({ role: 'meta', runs: [{ text: parts.join(' · '), role: 'meta' }], tag: 'P' })
}
