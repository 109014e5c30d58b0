/**
 * Page and style presets shared by render-docx and render-pdf, as data.
 *
 * `official` follows GB/T 9704-2012 《党政机关公文格式》: A4, text block
 * 156 × 225 mm, 三号 (16 pt) 仿宋 body, 28 characters × 22 lines a page,
 * page numbers 四号 `— 1 —`. `report` is a modern reading layout.
 *
 * Lengths are in points (1 pt = 1/72 in) unless the name says otherwise.
 */

export const MM = 72 / 25.4

/** A font family as a list of names to try, best first. */
export interface FontStack {
  /** Names for word processors (the first one installed wins). */
  names: string[]
  /** The bundled font file role the PDF renderer embeds for this stack. */
  embed: 'serif' | 'serif-bold' | 'sans' | 'sans-bold' | 'kai'
  /** Latin-script name for `w:ascii` / `w:hAnsi`. */
  latin: string
}

export interface TextStyle {
  font: FontStack
  /** Font size in pt. */
  size: number
  bold: boolean
  align: 'left' | 'center' | 'right' | 'justify'
  /** First-line indent in characters of this style's size. */
  indentChars: number
  /** Space before and after, in lines of the body pitch. */
  spaceBeforeLines: number
  spaceAfterLines: number
  /** RGB hex without `#`. */
  color: string
}

export type StyleRole =
  | 'title'
  | 'subtitle'
  | 'speaker'
  | 'salutation'
  | 'docNumber'
  | 'addressee'
  | 'body'
  | 'listItem'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'heading4'
  | 'toc'
  | 'signature'
  | 'appendixLabel'
  | 'pageNumber'
  | 'header'
  | 'meta'

export interface PageNumberStyle {
  /** Text around the number: `— 1 —`. */
  prefix: string
  suffix: string
  /** `outside`: odd pages right and even pages left (GB/T 9704); `center`. */
  placement: 'outside' | 'center'
  /** Indent from the outside edge of the text block, in characters of the page-number size. */
  outsideIndentChars: number
  /** Distance of the number's baseline below the text block, in mm (GB/T 9704: 7 mm). */
  belowTextMm: number
}

export interface Preset {
  name: 'official' | 'report'
  page: {
    /** A4 in pt. */
    width: number
    height: number
    marginTop: number
    marginBottom: number
    marginLeft: number
    marginRight: number
  }
  /** Baseline-to-baseline distance of body lines, in pt. */
  linePitch: number
  /** Document grid: characters a line and lines a page (0 = no grid). */
  grid: { charsPerLine: number; linesPerPage: number }
  styles: Record<StyleRole, TextStyle>
  pageNumber: PageNumberStyle
  /** Show a running header with the short title (report preset). */
  runningHeader: boolean
  /** Show a cover block with title and metadata (report preset). */
  coverBlock: boolean
  /** Appendices start on a new page. */
  appendixNewPage: boolean
}

export const FONTS = {
  fangsong: {
    names: ['仿宋_GB2312', '仿宋', 'FangSong', 'STFangsong', 'Noto Serif SC', 'Noto Serif CJK SC'],
    embed: 'serif',
    latin: 'Times New Roman',
  },
  xiaobiaosong: {
    names: ['方正小标宋简体', '方正小标宋_GBK', '华文中宋', '宋体', 'SimSun', 'Noto Serif SC', 'Noto Serif CJK SC'],
    embed: 'serif-bold',
    latin: 'Times New Roman',
  },
  heiti: {
    names: ['黑体', 'SimHei', 'STHeiti', 'Noto Sans SC', 'Noto Sans CJK SC'],
    embed: 'sans',
    latin: 'Arial',
  },
  heitiBold: {
    names: ['黑体', 'SimHei', 'STHeiti', 'Noto Sans SC', 'Noto Sans CJK SC'],
    embed: 'sans-bold',
    latin: 'Arial',
  },
  kaiti: {
    names: ['楷体_GB2312', '楷体', 'KaiTi', 'STKaiti', 'LXGW WenKai', 'Noto Serif SC'],
    embed: 'kai',
    latin: 'Times New Roman',
  },
  songti: {
    names: ['宋体', 'SimSun', 'STSong', 'Noto Serif SC', 'Noto Serif CJK SC'],
    embed: 'serif',
    latin: 'Times New Roman',
  },
} as const satisfies Record<string, FontStack>

const A4 = { width: 210 * MM, height: 297 * MM }

function style(font: FontStack, size: number, rest: Partial<TextStyle> = {}): TextStyle {
  return {
    font,
    size,
    bold: false,
    align: 'justify',
    indentChars: 0,
    spaceBeforeLines: 0,
    spaceAfterLines: 0,
    color: '000000',
    ...rest,
  }
}

/** GB/T 9704-2012: 三号 = 16 pt, 二号 = 22 pt, 四号 = 14 pt. */
const SIZE_3 = 16
const SIZE_2 = 22
const SIZE_4 = 14

/**
 * The text block is 225 mm high and holds 22 lines, so the pitch is
 * 225 mm / 22 ≈ 28.95 pt, and 156 mm / 28 characters ≈ 15.7 pt a character
 * (16 pt characters with the grid squeezing them slightly).
 */
export const official: Preset = {
  name: 'official',
  page: {
    ...A4,
    marginTop: 37 * MM,
    marginBottom: 35 * MM,
    marginLeft: 28 * MM,
    marginRight: 26 * MM,
  },
  linePitch: (225 * MM) / 22,
  grid: { charsPerLine: 28, linesPerPage: 22 },
  styles: {
    title: style(FONTS.xiaobiaosong, SIZE_2, { align: 'center', spaceAfterLines: 1 }),
    subtitle: style(FONTS.kaiti, SIZE_3, { align: 'center' }),
    speaker: style(FONTS.kaiti, SIZE_3, { align: 'center', spaceAfterLines: 1 }),
    salutation: style(FONTS.fangsong, SIZE_3, { align: 'left' }),
    docNumber: style(FONTS.fangsong, SIZE_3, { align: 'center', spaceAfterLines: 1 }),
    addressee: style(FONTS.fangsong, SIZE_3, { align: 'left' }),
    body: style(FONTS.fangsong, SIZE_3, { indentChars: 2 }),
    listItem: style(FONTS.fangsong, SIZE_3, { indentChars: 2 }),
    heading1: style(FONTS.heiti, SIZE_3, { align: 'left', indentChars: 2 }),
    heading2: style(FONTS.kaiti, SIZE_3, { align: 'left', indentChars: 2 }),
    heading3: style(FONTS.fangsong, SIZE_3, { align: 'left', indentChars: 2, bold: true }),
    heading4: style(FONTS.fangsong, SIZE_3, { align: 'left', indentChars: 2 }),
    toc: style(FONTS.fangsong, SIZE_3, { align: 'left' }),
    signature: style(FONTS.fangsong, SIZE_3, { align: 'right', indentChars: 0 }),
    appendixLabel: style(FONTS.heiti, SIZE_3, { align: 'left' }),
    pageNumber: style(FONTS.songti, SIZE_4, { align: 'right' }),
    header: style(FONTS.fangsong, 10.5, { align: 'center', color: '555555' }),
    meta: style(FONTS.fangsong, SIZE_3, { align: 'center' }),
  },
  pageNumber: {
    prefix: '— ',
    suffix: ' —',
    placement: 'outside',
    outsideIndentChars: 1,
    belowTextMm: 7,
  },
  runningHeader: false,
  coverBlock: false,
  appendixNewPage: true,
}

/** A modern reading layout: sans headings, airy lines, cover block and running header. */
export const report: Preset = {
  name: 'report',
  page: {
    ...A4,
    marginTop: 25 * MM,
    marginBottom: 25 * MM,
    marginLeft: 25 * MM,
    marginRight: 25 * MM,
  },
  linePitch: 12 * 1.75,
  grid: { charsPerLine: 0, linesPerPage: 0 },
  styles: {
    title: style(FONTS.heitiBold, 24, { align: 'left', spaceAfterLines: 0.5, color: '1F3864' }),
    subtitle: style(FONTS.songti, 12, { align: 'left', color: '444444' }),
    speaker: style(FONTS.songti, 12, { align: 'left', color: '444444', spaceAfterLines: 1 }),
    salutation: style(FONTS.songti, 12, { align: 'left' }),
    docNumber: style(FONTS.songti, 12, { align: 'left', color: '444444' }),
    addressee: style(FONTS.songti, 12, { align: 'left' }),
    body: style(FONTS.songti, 12, { indentChars: 2, spaceAfterLines: 0.3 }),
    listItem: style(FONTS.songti, 12, { indentChars: 2, spaceAfterLines: 0.3 }),
    heading1: style(FONTS.heitiBold, 18, { align: 'left', spaceBeforeLines: 1, spaceAfterLines: 0.5, color: '1F3864' }),
    heading2: style(FONTS.heitiBold, 14, { align: 'left', spaceBeforeLines: 0.6, spaceAfterLines: 0.3, color: '2F5496' }),
    heading3: style(FONTS.heiti, 12.5, { align: 'left', spaceBeforeLines: 0.4, bold: true }),
    heading4: style(FONTS.heiti, 12, { align: 'left', spaceBeforeLines: 0.3 }),
    toc: style(FONTS.songti, 12, { align: 'left' }),
    signature: style(FONTS.songti, 12, { align: 'right' }),
    appendixLabel: style(FONTS.heitiBold, 16, { align: 'left', color: '1F3864' }),
    pageNumber: style(FONTS.heiti, 10, { align: 'center', color: '555555' }),
    header: style(FONTS.heiti, 9, { align: 'center', color: '777777' }),
    meta: style(FONTS.songti, 11, { align: 'left', color: '444444' }),
  },
  pageNumber: {
    prefix: '',
    suffix: '',
    placement: 'center',
    outsideIndentChars: 0,
    belowTextMm: 10,
  },
  runningHeader: true,
  coverBlock: true,
  appendixNewPage: true,
}

export const presets = { official, report } as const

export type PresetName = keyof typeof presets

/** Look a preset up by name; throws a one-line error for an unknown name. */
export function getPreset(name: string = 'official'): Preset {
  if (name === 'official' || name === 'report') return presets[name]
  throw new Error(`unknown preset "${name}": use official or report`)
}

const raggedPresets = new WeakMap<Preset, Preset>()

/**
 * The preset with its justified styles set flush left (ragged right), for
 * text that pairs Chinese with English line by line, such as the bilingual
 * reading brief: justified, a line that breaks before a long English word
 * is spaced out, and Word and LibreOffice space out its Chinese. The same
 * object for the same preset, so renderers can cache by it.
 */
export function raggedRight(preset: Preset): Preset {
  let ragged = raggedPresets.get(preset)
  if (!ragged) {
    const styles = { ...preset.styles }
    for (const role of Object.keys(styles) as StyleRole[]) {
      if (styles[role].align === 'justify') styles[role] = { ...styles[role], align: 'left' }
    }
    ragged = { ...preset, styles }
    raggedPresets.set(preset, ragged)
  }
  return ragged
}

/** The style role of a heading at `depth` (depths beyond 4 use heading4). */
export function headingRole(depth: number): StyleRole {
  if (depth <= 1) return 'heading1'
  if (depth === 2) return 'heading2'
  if (depth === 3) return 'heading3'
  return 'heading4'
}

/** Width of the text block in pt. */
export function textWidth(preset: Preset): number {
  return preset.page.width - preset.page.marginLeft - preset.page.marginRight
}

/** Height of the text block in pt. */
export function textHeight(preset: Preset): number {
  return preset.page.height - preset.page.marginTop - preset.page.marginBottom
}
