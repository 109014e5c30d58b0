import {
  getPreset,
  headingRole,
  raggedRight,
  textWidth,
  type FontStack,
  type Preset,
  type StyleRole,
  type TextStyle,
} from '@gongwen/presets'
import { runFonts, type RunFonts } from './fonts.js'
import { halfPoints, twips } from './units.js'

/**
 * The Word styles of a preset, as data: every number comes from
 * `@gongwen/presets` or from `LOCAL` below (numbers the presets do not carry,
 * each with its reason). Handlers only name style ids; they never set fonts or
 * sizes themselves.
 */

export type Alignment = 'left' | 'center' | 'right' | 'both'

export interface ParagraphStyleDef {
  /** Word style id, e.g. `Heading1`. */
  id: string
  /** Word style name; built-in names (`heading 1`, `toc 1`) make Word treat them as its own. */
  name: string
  role: StyleRole | 'tocHeading' | 'toc1' | 'toc2' | 'toc3' | 'toc4' | 'coverTitle'
  basedOn?: string
  next?: string
  /** 0-based outline level: Heading N has N − 1; what the navigation pane and TOC read. */
  outlineLevel?: number
  font: RunFonts
  /** The presets' font stack, for the font table. */
  stack: FontStack
  /** In half-points. */
  size: number
  bold: boolean
  color: string
  alignment: Alignment
  /** First-line indent in hundredths of a character (Word) and in twips (LibreOffice, older readers). */
  firstLineChars: number
  firstLine: number
  /** Left and right indents in twips. */
  left: number
  right: number
  /** In twips. */
  before: number
  after: number
  line: number
  lineRule: 'exact' | 'atLeast' | 'auto'
  keepNext: boolean
  keepLines: boolean
  /** Horizontal glyph scale in percent (`w:w`), see `scaleFor`. */
  scale: number
  /** False: lines keep their own spacing instead of snapping to the document grid. */
  snapToGrid: boolean
}

export interface CharacterStyleDef {
  id: string
  name: string
  font: RunFonts
  stack: FontStack
  size: number
  bold: boolean
  color: string
  scale: number
}

export interface DocxStyleTable {
  preset: Preset
  page: {
    width: number
    height: number
    top: number
    bottom: number
    left: number
    right: number
    header: number
    footer: number
  }
  /** `w:docGrid` (a line grid), or null for no grid. */
  grid: { linePitch: number } | null
  paragraphStyles: ParagraphStyleDef[]
  characterStyles: CharacterStyleDef[]
  /** Style id of each role, so handlers can look styles up by role. */
  byRole: Record<StyleRole, string>
  /** Character style id for a run-in heading of each depth 1–4. */
  runInHeading: [string, string, string, string]
  /** Paragraph style ids of TOC levels 1–4, and of the TOC's own heading. */
  toc: { heading: string; levels: [string, string, string, string] }
  /** The right indent of outside page numbers, in twips. */
  pageNumberIndent: number
  /** The longest title line in characters (title size over text width). */
  titleCharsPerLine: number
  /** The longest line of body-sized text in characters. */
  bodyCharsPerLine: number
}

/**
 * Numbers the presets do not have. Tell the presets owner if these should move there.
 */
const LOCAL = {
  /** GB/T 9704 7.3.5: the signature block sits two characters in from the right. */
  signatureRightIndentChars: { official: 2, report: 0 },
  /** TOC entries indent two characters a level, like the body's paragraph indent. */
  tocIndentCharsPerLevel: 2,
  /** Space above the cover title of `report`, as a fraction of the text block height. */
  coverTitleTopFraction: 0.28,
  /** Header distance from the page edge, in pt (report's running header). */
  headerDistance: 36,
  /**
   * Single-spaced line height of a CJK face as a multiple of its size; used for
   * the footer offset so the page number's top sits `belowTextMm` under the text block.
   */
  cjkLineHeight: 1.3,
  /** Line spacing of a multi-line official title, as a multiple of its size (≈ 35 pt for 二号). */
  titleLineFactor: 1.6,
} as const

const STYLE_IDS: Record<StyleRole, { id: string; name: string }> = {
  body: { id: 'Normal', name: 'Normal' },
  title: { id: 'Title', name: 'Title' },
  subtitle: { id: 'Subtitle', name: 'Subtitle' },
  speaker: { id: 'Speaker', name: 'Speaker' },
  salutation: { id: 'Salutation', name: 'Salutation' },
  docNumber: { id: 'DocNumber', name: 'Document Number' },
  addressee: { id: 'Addressee', name: 'Addressee' },
  listItem: { id: 'ListParagraph', name: 'List Paragraph' },
  heading1: { id: 'Heading1', name: 'heading 1' },
  heading2: { id: 'Heading2', name: 'heading 2' },
  heading3: { id: 'Heading3', name: 'heading 3' },
  heading4: { id: 'Heading4', name: 'heading 4' },
  toc: { id: 'TOC1', name: 'toc 1' },
  signature: { id: 'Signature', name: 'Signature' },
  appendixLabel: { id: 'AppendixLabel', name: 'Appendix Label' },
  pageNumber: { id: 'Footer', name: 'footer' },
  header: { id: 'Header', name: 'header' },
  meta: { id: 'CoverMeta', name: 'Cover Meta' },
}

const ALIGN: Record<TextStyle['align'], Alignment> = {
  left: 'left',
  center: 'center',
  right: 'right',
  justify: 'both',
}

const OUTLINE: Partial<Record<StyleRole, number>> = {
  heading1: 0,
  heading2: 1,
  heading3: 2,
  heading4: 3,
  appendixLabel: 0,
}

/**
 * GB/T 9704 puts 28 characters of 16 pt on a 156 mm line, which is 15.79 pt a
 * character. Word does it with a character grid of negative `w:charSpace`,
 * but LibreOffice (7.4) then gives every character two grid cells and the
 * document doubles in length; condensing with negative `w:spacing` makes
 * LibreOffice drop full-width punctuation at line ends. Scaling the glyphs to
 * 98 % (`w:w`) gives 28 a line in both and loses nothing. Returns a percentage.
 */
function scaleFor(preset: Preset, sizePt: number): number {
  if (preset.grid.charsPerLine <= 0 || sizePt !== preset.styles.body.size) return 100
  const pitch = textWidth(preset) / preset.grid.charsPerLine
  return Math.min(100, Math.floor((100 * pitch) / sizePt))
}

function paragraphStyle(
  preset: Preset,
  role: ParagraphStyleDef['role'],
  ids: { id: string; name: string },
  style: TextStyle,
  extra: Partial<ParagraphStyleDef> = {},
): ParagraphStyleDef {
  const pitch = preset.linePitch
  const gridded = preset.grid.linesPerPage > 0
  const line = gridded ? Math.floor(pitch * 20) : twips(pitch)
  return {
    ...ids,
    role,
    basedOn: ids.id === 'Normal' ? undefined : 'Normal',
    next: ids.id === 'Normal' ? undefined : 'Normal',
    font: runFonts(style.font),
    stack: style.font,
    size: halfPoints(style.size),
    bold: style.bold,
    color: style.color,
    alignment: ALIGN[style.align],
    firstLineChars: style.indentChars * 100,
    firstLine: twips(style.indentChars * style.size),
    left: 0,
    right: 0,
    before: twips(style.spaceBeforeLines * pitch),
    after: twips(style.spaceAfterLines * pitch),
    // On the official grid every line is one grid pitch (固定值 28.95 pt), so 22 lines
    // fill the text block whatever the face; the reading layout lets big lines grow.
    line,
    lineRule: gridded ? 'exact' : 'atLeast',
    keepNext: false,
    keepLines: false,
    scale: scaleFor(preset, style.size),
    snapToGrid: true,
    ...extra,
  }
}

function build(preset: Preset): DocxStyleTable {
  const { page, styles } = preset
  const paragraphStyles: ParagraphStyleDef[] = []
  for (const role of Object.keys(STYLE_IDS) as StyleRole[]) {
    const extra: Partial<ParagraphStyleDef> = {}
    const outline = OUTLINE[role]
    if (outline !== undefined) {
      extra.outlineLevel = outline
      extra.keepNext = true
      extra.keepLines = true
    }
    if (role === 'title' || role === 'subtitle' || role === 'speaker') extra.keepNext = true
    if (role === 'title' && preset.grid.linesPerPage > 0) {
      // A 22 pt line is taller than one grid line; off the grid, at a fixed
      // 1.6 × its size, a two-line title reads as one block (not one line per two grid lines).
      extra.snapToGrid = false
      extra.line = twips(styles.title.size * LOCAL.titleLineFactor)
    }
    if (role === 'signature') {
      extra.right = twips(LOCAL.signatureRightIndentChars[preset.name] * styles.signature.size)
    }
    if (role === 'pageNumber' || role === 'header') {
      // Header and footer lines sit off the grid at their natural height.
      extra.line = 240
      extra.lineRule = 'auto'
    }
    if (role === 'toc') continue
    paragraphStyles.push(paragraphStyle(preset, role, STYLE_IDS[role], styles[role], extra))
  }

  const tocLevels = [1, 2, 3, 4].map((level) => {
    const id = `TOC${level}`
    const indent = twips((level - 1) * LOCAL.tocIndentCharsPerLevel * styles.toc.size)
    paragraphStyles.push(
      paragraphStyle(preset, `toc${level}` as ParagraphStyleDef['role'], { id, name: `toc ${level}` }, styles.toc, {
        left: indent,
        next: 'Normal',
      }),
    )
    return id
  }) as [string, string, string, string]
  paragraphStyles.push(
    paragraphStyle(preset, 'tocHeading', { id: 'TOCHeading', name: 'TOC Heading' }, styles.heading1, {
      alignment: 'center',
      firstLine: 0,
      firstLineChars: 0,
      after: twips(preset.linePitch),
      keepNext: true,
    }),
  )
  if (preset.coverBlock) {
    const textHeightPt = page.height - page.marginTop - page.marginBottom
    paragraphStyles.push(
      paragraphStyle(preset, 'coverTitle', { id: 'CoverTitle', name: 'Cover Title' }, styles.title, {
        before: twips(textHeightPt * LOCAL.coverTitleTopFraction),
        keepNext: true,
      }),
    )
  }

  const runInHeading = [1, 2, 3, 4].map((depth) => `RunInHeading${depth}`) as [string, string, string, string]
  const characterStyles: CharacterStyleDef[] = runInHeading.map((id, index) => {
    const style = styles[headingRole(index + 1)]
    return {
      id,
      name: `Run-in Heading ${index + 1}`,
      font: runFonts(style.font),
      stack: style.font,
      // A run-in heading keeps the body size: it shares the body's line.
      size: halfPoints(styles.body.size),
      bold: style.bold,
      color: style.color,
      scale: scaleFor(preset, preset.styles.body.size),
    }
  })

  const pageNumberSizePt = styles.pageNumber.size
  const footerPt = Math.max(
    0,
    page.marginBottom - (preset.pageNumber.belowTextMm * 72) / 25.4 - pageNumberSizePt * LOCAL.cjkLineHeight,
  )
  const gridded = preset.grid.linesPerPage > 0
  const width = textWidth(preset)
  const byRole = Object.fromEntries(
    (Object.keys(STYLE_IDS) as StyleRole[]).map((role) => [role, STYLE_IDS[role].id]),
  ) as Record<StyleRole, string>

  return {
    preset,
    page: {
      width: twips(page.width),
      height: twips(page.height),
      top: twips(page.marginTop),
      bottom: twips(page.marginBottom),
      left: twips(page.marginLeft),
      right: twips(page.marginRight),
      header: twips(LOCAL.headerDistance),
      footer: twips(footerPt),
    },
    // Rounded down so 22 lines fit in the 225 mm block (580 twips would leave 21).
    grid: gridded ? { linePitch: Math.floor(preset.linePitch * 20) } : null,
    paragraphStyles,
    characterStyles,
    byRole,
    runInHeading,
    toc: { heading: 'TOCHeading', levels: tocLevels },
    pageNumberIndent: twips(preset.pageNumber.outsideIndentChars * pageNumberSizePt),
    titleCharsPerLine: Math.floor(width / styles.title.size + 0.01),
    bodyCharsPerLine:
      preset.grid.charsPerLine > 0 ? preset.grid.charsPerLine : Math.floor(width / styles.body.size + 0.01),
  }
}

const cache = new Map<string, DocxStyleTable>()

/** The Word style table of a preset, its justified styles flush left if asked (built once per process). */
export function docxStyleTable(presetName: string = 'official', ragged = false): DocxStyleTable {
  const key = ragged ? `${presetName}:ragged` : presetName
  let table = cache.get(key)
  if (!table) {
    const preset = getPreset(presetName)
    table = build(ragged ? raggedRight(preset) : preset)
    cache.set(key, table)
  }
  return table
}

/** Every font stack a table uses, for the font table. */
export function stacksOf(table: DocxStyleTable): FontStack[] {
  const seen = new Set<FontStack>()
  for (const style of table.paragraphStyles) seen.add(style.stack)
  for (const style of table.characterStyles) seen.add(style.stack)
  return [...seen]
}
