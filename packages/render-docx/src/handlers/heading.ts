import { HeadingLevel, Paragraph, TextRun } from 'docx'
import type { Handler } from '../types.js'
import { markerText } from '../util.js'

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const

/**
 * A standalone heading, in Word's own Heading N style (N = depth, 5 and 6 fold
 * into 4) so the navigation pane and the TOC field find it. The marker is
 * printed text, not Word numbering: it must read exactly as the source.
 */
export const heading: Handler<'heading'> = (node, state) => {
  const marker = markerText(node.numbering)
  return [
    new Paragraph({
      heading: LEVELS[Math.min(node.depth, 4) - 1],
      children: [...(marker ? [new TextRun(marker)] : []), ...state.inline(node)],
    }),
  ]
}
