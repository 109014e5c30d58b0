import { matchMarker } from '../rules/numbering.js'
import type { DocumentState } from '../util/document.js'

const TOC_LABEL = /^目\s*录$/
/** A TOC entry: short, maybe with dot leaders and a page number. */
const ENTRY = /^[^。！？]{1,60}?(?:[.．…·\s]{2,}\d{1,4}|\s*\d{1,4})?$/

/**
 * A printed `目录` block lists the headings that follow: mark it as a table
 * of contents so its entries are neither headings nor, later, the headings
 * they announce taken for a duplicate copy.
 */
export function toc(state: DocumentState): void {
  const blocks = state.blocks
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.status !== 'keep' || !TOC_LABEL.test(blocks[i]!.norm)) continue
    const entries: string[] = []
    let j = i + 1
    for (; j < blocks.length; j++) {
      const b = blocks[j]!
      if (b.status !== 'keep') continue
      const t = b.norm.replace(/[.．…·\s]*\d{1,4}$/, '')
      if (!ENTRY.test(b.norm) || b.norm.length > 60) break
      // The block ends where its first entry is printed again as a heading.
      if (entries.length > 0 && t === entries[0]) break
      entries.push(t)
    }
    if (entries.length < 2 || !entries.some((e) => matchMarker(e))) continue
    blocks[i]!.role = 'toc'
    for (let k = i + 1; k < j; k++) if (blocks[k]!.status === 'keep') blocks[k]!.role = 'toc'
    i = j - 1
  }
}
