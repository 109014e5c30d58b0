import type { Handler, ListDefinition } from '../types.js'

const CIRCLED_ONE = 0x2460

/** The number a circled marker stands for: ① → 1, ⑳ → 20. */
function circledOrdinal(marker: string): number | undefined {
  const code = marker.codePointAt(0) ?? 0
  if (code >= CIRCLED_ONE && code < CIRCLED_ONE + 20) return code - CIRCLED_ONE + 1
  return undefined
}

/**
 * A Word list: each list is a numbering instance of its own, so ①… restarts
 * where the source restarts. `——` items are a bullet list whose bullet is the
 * printed dash; circled items count from the first item's number.
 */
export const list: Handler<'list'> = (node, state) => {
  const first = node.children[0]
  if (!first) return []
  const start = node.style === 'circled' ? circledOrdinal(first.marker) : undefined
  const definition: ListDefinition =
    start !== undefined
      ? { reference: `gw-circled-${start}`, kind: 'circled', text: '%1', start }
      : { reference: `gw-bullet-${first.marker}`, kind: 'bullet', text: first.marker, start: 1 }
  if (!state.lists.has(definition.reference)) state.lists.set(definition.reference, definition)
  const outer = state.list
  state.list = { reference: definition.reference, instance: ++state.listInstances }
  try {
    return state.blocks(node)
  } finally {
    state.list = outer
  }
}
