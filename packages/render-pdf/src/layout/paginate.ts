import type { Preset } from '@gongwen/presets'
import { textHeight } from '@gongwen/presets'
import type { Block, Line, PlacedLine } from './types.js'

/** A block after line breaking, with its vertical metrics. */
export interface BrokenBlock {
  block: Block
  lines: Line[]
  /** Baseline-to-baseline distance of its lines. */
  pitch: number
  spaceBefore: number
  spaceAfter: number
}

/** Lines a paragraph keeps together at the foot and at the head of a page. */
const MIN_LINES = 2

const EPSILON = 0.01

/**
 * The pitch of a block's lines. On a document grid (official) every line
 * takes a whole number of grid lines; otherwise 1.5 × the size, at least the
 * body pitch.
 */
export function pitchFor(preset: Preset, size: number): number {
  if (preset.grid.linesPerPage > 0) return preset.linePitch * Math.max(1, Math.ceil((size * 1.3) / preset.linePitch - EPSILON))
  return Math.max(preset.linePitch, size * 1.5)
}

/**
 * Distribute lines over pages. Rules, in order: a block marked `breakBefore`
 * opens a page; a `keepWithNext` block (heading) moves to the next page unless
 * it fits together with the first lines of what follows; a paragraph split by
 * a page end leaves at least two lines on each page (no widows or orphans),
 * and one of three lines or fewer moves whole.
 */
export function paginate(broken: BrokenBlock[], preset: Preset): { pages: PlacedLine[][]; blockPage: number[] } {
  const top = preset.page.marginTop
  const bottom = top + textHeight(preset)
  const pages: PlacedLine[][] = [[]]
  const blockPage: number[] = []
  let y = top // top of the next line box
  let pageEmpty = true

  const newPage = (): void => {
    pages.push([])
    y = top
    pageEmpty = true
  }
  const room = (): number => bottom - y + EPSILON

  /** Height needed to place block `i` and enough of the blocks it is kept with. */
  const keepHeight = (i: number, first: boolean): number => {
    const b = broken[i] as BrokenBlock
    const before = first && pageEmpty ? 0 : b.spaceBefore
    if (!b.block.keepWithNext || i + 1 >= broken.length) {
      const n = first ? b.lines.length : Math.min(b.lines.length, b.lines.length <= MIN_LINES + 1 ? b.lines.length : MIN_LINES)
      return before + n * b.pitch
    }
    const next = broken[i + 1] as BrokenBlock
    if (next.block.breakBefore) return before + b.lines.length * b.pitch
    return before + b.lines.length * b.pitch + b.spaceAfter + keepHeight(i + 1, false)
  }

  for (let i = 0; i < broken.length; i++) {
    const b = broken[i] as BrokenBlock
    if (b.block.breakBefore && !pageEmpty) newPage()
    if (b.block.keepWithNext && !pageEmpty) {
      const need = keepHeight(i, true)
      if (need > room()) newPage()
    }
    let before = pageEmpty ? 0 : b.spaceBefore
    const n = b.lines.length
    let placed = 0
    blockPage[i] = -1
    while (placed < n) {
      const left = n - placed
      const fit = Math.max(0, Math.floor((room() - before) / b.pitch))
      let take: number
      if (fit >= left) take = left
      else if (pageEmpty) {
        // Nothing better than this page: fill it, but leave two lines for the next.
        take = left - fit >= MIN_LINES ? Math.max(1, fit) : Math.max(1, Math.min(fit, left - MIN_LINES))
      }
      else if (left <= MIN_LINES * 2 - 1 && placed === 0) take = 0
      else {
        take = Math.min(fit, left - MIN_LINES)
        if (placed === 0 && take < MIN_LINES) take = 0
        if (take < 1) take = 0
      }
      if (take === 0) {
        newPage()
        before = 0
        continue
      }
      y += before
      for (let k = 0; k < take; k++) {
        const line = b.lines[placed + k] as Line
        const page = pages.length - 1
        if (blockPage[i] === -1) blockPage[i] = page
        // Lines are made in the shape of placed lines (see makeLine), and each is placed once.
        const placedLine = line as PlacedLine
        placedLine.page = page
        placedLine.baseline = baselineIn(y, b.pitch, line.size)
        placedLine.block = i
        placedLine.index = placed + k
        ;(pages[page] as PlacedLine[]).push(placedLine)
        y += b.pitch
      }
      placed += take
      pageEmpty = false
      before = 0
      if (placed < n) newPage()
    }
    y += b.spaceAfter
  }
  if (pages.length > 1 && (pages[pages.length - 1] as PlacedLine[]).length === 0) pages.pop()
  return { pages, blockPage }
}

/**
 * Baseline inside a line box: the em box (ideographic, 0.88 em above the
 * baseline in Noto CJK) centred in the pitch, as on a word-processor grid.
 */
function baselineIn(boxTop: number, pitch: number, size: number): number {
  return boxTop + (pitch - size) / 2 + size * 0.88
}
