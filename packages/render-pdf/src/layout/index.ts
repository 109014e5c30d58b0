import type { Root } from '@gongwen/parser'
import type { Preset } from '@gongwen/presets'
import { textWidth } from '@gongwen/presets'
import { handlers } from '../handlers/index.js'
import { createState, type RenderOptions } from '../state.js'
import { breakLines } from './lines.js'
import { paginate, pitchFor, type BrokenBlock } from './paginate.js'
import type { Block, Layout, Line } from './types.js'

/** Title of the generated table of contents. */
export const TOC_TITLE = '目　录'

/** Styles whose text may be set over several lines by newlines in the text. */
const HARD_BREAK_ROLES = new Set<Block['role']>(['title', 'subtitle', 'speaker', 'signature', 'meta'])

/** Characters reserved at the right of a TOC entry for its page number. */
const TOC_NUMBER_CHARS = 3

/**
 * Lay a tree out into pages of positioned lines: handlers → blocks → lines →
 * pages. With `toc`, entries are broken with a fixed number column, so their
 * page numbers are known after one pagination (pass 1) and only filled in
 * when drawing (pass 2).
 */
export function layoutDocument(tree: Root, preset: Preset, options: RenderOptions): Layout {
  const state = createState(tree, preset, options, handlers)
  state.one(tree)
  let blocks = state.blocks
  if (options.toc) blocks = withToc(blocks, Math.max(0, state.tocAt))
  const broken = blocks.map((block) => breakBlock(block, preset))
  const { pages, blockPage } = paginate(broken, preset)
  return { blocks, pages, blockPage }
}

function breakBlock(block: Block, preset: Preset): BrokenBlock {
  const style = preset.styles[block.role]
  const size = style.size
  const body = preset.styles.body.size
  const isTocEntry = block.tocTarget !== undefined
  const reserve = isTocEntry ? TOC_NUMBER_CHARS * size : 0
  const indentChars = block.indentChars ?? style.indentChars
  // Only body-size text sits on the character grid; titles are set on their own size.
  const gridPitch = preset.grid.charsPerLine > 0 && size === body ? textWidth(preset) / preset.grid.charsPerLine : 0
  const charWidth = gridPitch || size
  const align = isTocEntry ? 'left' : (block.align ?? style.align)
  const measure = {
    left: preset.page.marginLeft,
    width: textWidth(preset) - reserve,
    firstIndent: indentChars * charWidth,
    // A wrapped TOC entry hangs one character in from its first line.
    restIndent: isTocEntry ? (indentChars + 1) * charWidth : 0,
    // TOC entries run ragged: the leader takes up the slack.
    align,
    gridPitch,
    hardBreaks: HARD_BREAK_ROLES.has(block.role),
  }
  let lines = breakLines(block.runs, preset, size, measure)
  if (align === 'center' && lines.length > 1) lines = balance(block, preset, size, measure, lines)
  return {
    block,
    lines,
    pitch: pitchFor(preset, size),
    spaceBefore: style.spaceBeforeLines * preset.linePitch * (size >= body ? 1 : size / body),
    spaceAfter: style.spaceAfterLines * preset.linePitch,
  }
}

/**
 * Centred titles over several lines read best with lines of even length
 * (not a full line and a stub): narrow the measure until one more character
 * would add a line.
 */
function balance(block: Block, preset: Preset, size: number, measure: Parameters<typeof breakLines>[3], lines: Line[]): Line[] {
  const count = lines.length
  const total = lines.reduce((sum, l) => sum + l.naturalWidth, 0)
  for (let width = Math.ceil(total / count / size) * size; width < measure.width; width += size) {
    const left = measure.left + (measure.width - width) / 2
    const tried = breakLines(block.runs, preset, size, { ...measure, left, width })
    if (tried.length === count) return tried.map((l) => ({ ...l, measureRight: measure.left + measure.width }))
  }
  return lines
}

/** Insert a TOC (title + one entry per bookmarked block) at `at`; the body after it starts a page. */
function withToc(blocks: Block[], at: number): Block[] {
  const targets = blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.outline)
  if (targets.length === 0) return blocks
  const entries: Block[] = [
    { role: 'heading1', runs: [{ text: TOC_TITLE, role: 'heading1' }], tag: 'H2', keepWithNext: true, indentChars: 0, align: 'center' },
  ]
  const shift = targets.length + 1
  for (const { b, i } of targets) {
    const outline = b.outline as { title: string; depth: number }
    entries.push({
      role: 'toc',
      runs: [{ text: outline.title, role: 'toc' }],
      tag: 'TOCI',
      tocTarget: i >= at ? i + shift : i,
      indentChars: outline.depth - 1,
    })
  }
  const after = blocks.slice(at)
  const first = after[0]
  if (first) after[0] = { ...first, breakBefore: true }
  return [...blocks.slice(0, at), ...entries, ...after]
}
