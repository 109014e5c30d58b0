import { type DocumentState, dropBlock } from '../util/document.js'

/** A repeated line this long is a copy on its own, not a refrain. */
const LONG = 30
/** A run of repeats is a copy when it holds this many lines of at least `MEDIUM` units. */
const RUN = 3
const MEDIUM = 10

/**
 * Some scrapes hold the page's text several times: keep the first complete
 * copy. A line is a repeat when its text stood earlier (kept or dropped).
 * A run of repeats with enough substance is a copy, short lines and all
 * (`各位代表：`, `）`); a long repeat is a copy alone; short repeats
 * elsewhere (`各位代表！`, table units) stay.
 */
export function duplicates(state: DocumentState): void {
  const blocks = state.blocks
  const seen = new Set<string>()
  const repeated: boolean[] = new Array(blocks.length).fill(false)
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!
    if (b.role === 'toc') continue
    const key = b.norm
    if (seen.has(key)) repeated[i] = b.status === 'keep'
    else seen.add(key)
  }
  let i = 0
  while (i < blocks.length) {
    if (!repeated[i]) {
      i++
      continue
    }
    // A run: repeats, with lines already dropped allowed in between.
    let j = i
    const run: number[] = []
    let medium = 0
    while (j < blocks.length && (repeated[j] || blocks[j]!.status === 'drop')) {
      if (repeated[j]) {
        run.push(j)
        if (blocks[j]!.norm.length >= MEDIUM) medium++
      }
      j++
    }
    for (const k of run) {
      const b = blocks[k]!
      if (medium >= RUN || b.norm.length >= LONG) dropBlock(b, 'duplicate')
    }
    i = j
  }
}
