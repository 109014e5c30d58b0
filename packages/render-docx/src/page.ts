import { AlignmentType, DocumentGridType, Footer, Header, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx'
import type { DocxStyleTable } from './style-table.js'

type SectionProperties = NonNullable<ISectionOptions['properties']>

/** Page size, margins and the document grid of a preset's sections. */
export function sectionProperties(table: DocxStyleTable, restartNumbering: boolean): SectionProperties {
  const { page, grid } = table
  return {
    page: {
      size: { width: page.width, height: page.height },
      margin: {
        top: page.top,
        bottom: page.bottom,
        left: page.left,
        right: page.right,
        header: page.header,
        footer: page.footer,
        gutter: 0,
      },
      ...(restartNumbering ? { pageNumbers: { start: 1 } } : {}),
    },
    ...(grid
      ? { grid: { type: DocumentGridType.LINES, linePitch: grid.linePitch } }
      : {}),
  }
}

function pageNumberRun(table: DocxStyleTable): TextRun {
  const { prefix, suffix } = table.preset.pageNumber
  return new TextRun({ children: [prefix, PageNumber.CURRENT, suffix] })
}

/**
 * Page-number footers. `outside` (GB/T 9704 7.5): odd pages right and even
 * pages left, one character in from the edge of the text block, which needs
 * Word's separate even-page footer; `center`: one footer for all pages.
 */
export function footers(table: DocxStyleTable): ISectionOptions['footers'] {
  const style = table.byRole.pageNumber
  if (table.preset.pageNumber.placement === 'outside') {
    const indent = table.pageNumberIndent
    return {
      default: new Footer({
        children: [
          new Paragraph({ style, alignment: AlignmentType.RIGHT, indent: { right: indent }, children: [pageNumberRun(table)] }),
        ],
      }),
      even: new Footer({
        children: [
          new Paragraph({ style, alignment: AlignmentType.LEFT, indent: { left: indent }, children: [pageNumberRun(table)] }),
        ],
      }),
    }
  }
  return {
    default: new Footer({
      children: [new Paragraph({ style, alignment: AlignmentType.CENTER, children: [pageNumberRun(table)] })],
    }),
  }
}

/** The longest running-header title before it is cut with `…`. */
const HEADER_MAX_CHARS = 30

/** The running header with the short title (report preset), or none. */
export function headers(table: DocxStyleTable, title: string): ISectionOptions['headers'] {
  if (!table.preset.runningHeader || !title) return undefined
  const chars = [...title]
  const short = chars.length > HEADER_MAX_CHARS ? `${chars.slice(0, HEADER_MAX_CHARS - 1).join('')}…` : title
  return {
    default: new Header({ children: [new Paragraph({ style: table.byRole.header, children: [new TextRun(short)] })] }),
  }
}
