import type { Root } from '@gongwen/parser'
import { getPreset, raggedRight, type Preset } from '@gongwen/presets'
import { draw } from './draw.js'
import { layoutDocument } from './layout/index.js'
import type { Layout } from './layout/types.js'

export type { Block, Layout, Line, PlacedLine, Run, Segment, StructTag } from './layout/types.js'
export type { Handler, Handlers, State } from './state.js'
export { handlers } from './handlers/index.js'
export { breakOpportunities, NO_LINE_END, NO_LINE_START } from './layout/kinsoku.js'
export { loadedFontFileCount, preloadFonts, resolveGlyph } from './fonts/index.js'
export type { FaceName, FontFile } from './fonts/index.js'
export { documentDate } from './draw.js'

export interface Options {
  /** Page and style preset (default `official`, GB/T 9704-2012). */
  preset?: 'official' | 'report'
  /** Add a table of contents with page numbers after the front matter. */
  toc?: boolean
  /** Write PDF/A-2b (XMP metadata, sRGB output intent). */
  pdfa?: boolean
  /**
   * Set the preset's justified text flush left (default false): for text
   * that pairs Chinese with English line by line, such as the reading brief.
   */
  raggedRight?: boolean
}

function presetOf(options: Options): Preset {
  const preset = getPreset(options.preset ?? 'official')
  return options.raggedRight ? raggedRight(preset) : preset
}

/** Lay out a tree without drawing it: pages of positioned lines. */
export function layoutPdf(tree: Root, options: Options = {}): Layout {
  return layoutDocument(tree, presetOf(options), { toc: options.toc ?? false })
}

/** Render a gongwen tree as a PDF. The same tree and options give the same bytes. */
export async function toPdf(tree: Root, options: Options = {}): Promise<Uint8Array> {
  const preset = presetOf(options)
  const layout = layoutDocument(tree, preset, { toc: options.toc ?? false })
  return draw(tree, preset, layout, { pdfa: options.pdfa ?? false })
}
