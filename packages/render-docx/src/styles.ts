import { AlignmentType, LevelFormat, LevelSuffix, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx'
import type { Alignment, CharacterStyleDef, DocxStyleTable, ParagraphStyleDef } from './style-table.js'
import type { ListDefinition } from './types.js'
import type { RunFonts } from './fonts.js'
import type { FontStack } from '@gongwen/presets'

/** The fonts a style's runs are written with (its own, or the embedded family's). */
export type FontChoice = (style: { font: RunFonts; stack: FontStack }) => RunFonts

const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  both: AlignmentType.BOTH,
} as const satisfies Record<Alignment, unknown>

const LINE_RULE = {
  exact: LineRuleType.EXACT,
  atLeast: LineRuleType.AT_LEAST,
  auto: LineRuleType.AUTO,
} as const

function indentOf(style: ParagraphStyleDef) {
  return {
    firstLine: style.firstLine,
    ...(style.firstLineChars ? { firstLineChars: style.firstLineChars } : {}),
    ...(style.left ? { left: style.left } : {}),
    ...(style.right ? { right: style.right } : {}),
  }
}

function cjkEverywhere(font: RunFonts): RunFonts {
  return { ...font, ascii: font.eastAsia, hAnsi: font.eastAsia }
}

function runOf(style: ParagraphStyleDef | CharacterStyleDef, fontName: FontChoice) {
  return {
    font: fontName(style),
    size: style.size,
    ...(style.bold ? { bold: true } : {}),
    ...(style.color !== '000000' ? { color: style.color } : {}),
    ...(style.scale !== 100 ? { scale: style.scale } : {}),
  }
}

/** The style table as docx.js styles: document defaults (fonts, zh-CN) and every paragraph and character style. */
export function stylesOptions(table: DocxStyleTable, fontName: FontChoice): IStylesOptions {
  const body = table.paragraphStyles.find((style) => style.id === 'Normal')
  if (!body) throw new Error('style table has no Normal style')
  return {
    default: {
      document: {
        // Set here so nothing falls back to the theme's Calibri/等线 or to en-US for Chinese text.
        run: {
          font: fontName(body),
          size: body.size,
          language: { value: 'en-US', eastAsia: 'zh-CN' },
        },
      },
    },
    paragraphStyles: table.paragraphStyles.map((style) => ({
      id: style.id,
      name: style.name,
      basedOn: style.basedOn,
      next: style.next,
      quickFormat: true,
      run: runOf(style, fontName),
      paragraph: {
        alignment: ALIGNMENT[style.alignment],
        indent: indentOf(style),
        spacing: { before: style.before, after: style.after, line: style.line, lineRule: LINE_RULE[style.lineRule] },
        ...(style.outlineLevel !== undefined ? { outlineLevel: style.outlineLevel } : {}),
        ...(style.keepNext ? { keepNext: true } : {}),
        ...(style.keepLines ? { keepLines: true } : {}),
      },
    })),
    characterStyles: table.characterStyles.map((style) => ({
      id: style.id,
      name: style.name,
      basedOn: 'DefaultParagraphFont',
      quickFormat: true,
      run: runOf(style, fontName),
    })),
  }
}

/** Numbering definitions for the lists a document used, in first-use order. */
export function numberingOptions(table: DocxStyleTable, lists: Iterable<ListDefinition>, fontName: FontChoice): INumberingOptions {
  const item = table.paragraphStyles.find((style) => style.id === table.byRole.listItem)
  if (!item) throw new Error('style table has no list item style')
  return {
    config: [...lists].map((list) => ({
      reference: list.reference,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE,
          text: '%1',
          start: list.start,
          // The number is followed directly by the text, as printed (`①…`).
          suffix: LevelSuffix.NOTHING,
          alignment: AlignmentType.LEFT,
          style: {
            paragraph: { indent: { left: 0, ...indentOf(item) } },
            // The number is drawn in the CJK face in every slot: LibreOffice ignores the
            // East Asian hint on numbering and would take ① from a Latin face.
            run: { font: cjkEverywhere(fontName(item)) },
          },
        },
      ],
    })),
  }
}
