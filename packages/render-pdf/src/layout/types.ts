import type { StyleRole, TextStyle } from '@gongwen/presets'

/** A stretch of text in one style, as the handlers produce it. */
export interface Run {
  text: string
  /** The preset style whose font, weight and colour the run uses. */
  role: StyleRole
}

/** Structure element types used for tagged PDF. */
export type StructTag = 'H1' | 'H2' | 'H3' | 'H4' | 'H5' | 'H6' | 'P' | 'TOCI'

/** One paragraph-like unit of the document, before line breaking. */
export interface Block {
  /** Paragraph style: size, alignment, indent, spacing. */
  role: StyleRole
  runs: Run[]
  tag: StructTag
  /** A bookmark for this block, `depth` 1 = top level. */
  outline?: { title: string; depth: number }
  /** Keep on the same page as the first lines of the next block (headings). */
  keepWithNext?: boolean
  /** Start on a new page. */
  breakBefore?: boolean
  /** For generated table-of-contents entries: the block the entry points at. */
  tocTarget?: number
  /** Indent of the first line in characters, overriding the style (TOC depth). */
  indentChars?: number
  /** Alignment overriding the style. */
  align?: TextStyle['align']
}

/** Consecutive characters of a line drawn with one font file and colour. */
export interface Segment {
  text: string
  /** The font file key, or null for a character no bundled font has. */
  fontKey: string | null
  /** Left edge in pt from the page's left edge. */
  x: number
  /** Natural width in pt, without the justification spacing. */
  width: number
  /** Number of glyphs (code points) in `text`. */
  glyphs: number
  /**
   * Space added after each glyph, in pt (negative where punctuation is
   * compressed, positive where the line is stretched). The last glyph of a
   * line gets 0.
   */
  adjust: number[]
  color: string
}

/** A broken line of a block, positioned horizontally. */
export interface Line {
  segments: Segment[]
  /** Font size of the block. */
  size: number
  /** Left edge of the first glyph. */
  x: number
  /** Space added to each stretchable gap to justify the line (0 when not justified). */
  spacing: number
  /** Sum of glyph advances, without spacing. */
  naturalWidth: number
  /** Right edge of the last glyph: x + naturalWidth + every adjustment but the last glyph's. */
  right: number
  /** Right edge of the line's measure (the text block or the TOC number column). */
  measureRight: number
  /** True when the line was stretched to the full measure. */
  justified: boolean
}

/** A line placed on a page. */
export interface PlacedLine extends Line {
  page: number
  /** Baseline, in pt from the top of the page. */
  baseline: number
  /** Index of the block in `Layout.blocks`. */
  block: number
  /** Index of the line within its block. */
  index: number
}

export interface Layout {
  blocks: Block[]
  pages: PlacedLine[][]
  /** Page index (0-based) of the first line of each block. */
  blockPage: number[]
}
