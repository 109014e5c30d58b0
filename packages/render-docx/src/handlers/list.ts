import type { Handler, ListDefinition } from '../types.js'

const CIRCLED_ONE = 0x2460

/** The number a circled marker stands for: ① → 1, ⑳ → 20. */
function circledOrdinal(marker: string): number | undefined {
  const code = marker.codePointAt(0) ?? 0
  if (code >= CIRCLED_ONE && code < CIRCLED_ONE + 20) return code - CIRCLED_ONE + 1
  return undefined
}

/**
 * Circled items (①②③) become a Word numbered list, one numbering instance
 * per list so it restarts where the source restarts, counting from the first
 * item's number. `——` lead items keep their dashes as printed text: a Word
 * bullet of `——` is drawn as one narrow dash by LibreOffice, which also drops
 * line-end punctuation in such paragraphs, and the dashes are part of the
 * sentence as these documents print it.
 */
export const list: Handler<'list'> = (node, state) => {
  const first = node.children[0]
  if (!first) return []
  const start = node.style === 'circled' ? circledOrdinal(first.marker) : undefined
  if (start === undefined) return state.blocks(node)
  const definition: ListDefinition = { reference: `gw-circled-${start}`, kind: 'circled', start }
  if (!state.lists.has(definition.reference)) state.lists.set(definition.reference, definition)
  const outer = state.list
  state.list = { reference: definition.reference, instance: ++state.listInstances }
  try {
    return state.blocks(node)
  } finally {
    state.list = outer
  }
}
