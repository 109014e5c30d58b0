import { type DocumentState, dropBlock } from '../util/document.js'

/** A repeated line this long is a copy, not a refrain. */
const LONG = 30
/** Shorter repeats count only inside a run of this many repeated lines. */
const RUN = 3
const MIN = 6

/**
 * Some scrapes hold the page's text several times: keep the first complete
 * copy. A long line seen before is a copy; short repeats (`各位代表！`,
 * table units) are copies only inside a run of repeats.
 */
export function duplicates(state: DocumentState): void {
  const blocks = state.blocks
  const seen = new Set<string>()
  const repeated: boolean[] = new Array(blocks.length).fill(false)
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!
    if (b.status !== 'keep' || b.role === 'toc') continue
    const key = b.norm
    if (key.length < MIN) continue
    if (seen.has(key)) repeated[i] = true
    else seen.add(key)
  }
  let i = 0
  while (i < blocks.length) {
    if (!repeated[i]) {
      i++
      continue
    }
    let j = i
    let count = 0
    const run: number[] = []
    while (j < blocks.length && (repeated[j] || blocks[j]!.status !== 'keep' || blocks[j]!.norm.length < MIN)) {
      if (repeated[j]) {
        count++
        run.push(j)
      }
      j++
    }
    for (const k of run) {
      const b = blocks[k]!
      if (count >= RUN || b.norm.length >= LONG) dropBlock(b, 'duplicate')
    }
    i = j
  }
}
