import type { Preset, TextStyle } from '@gongwen/presets'
import { advanceEm, faceOf, resolveGlyph } from '../fonts/index.js'
import { WORD, breakOpportunities, compressesBefore } from './kinsoku.js'
import type { Line, Run, Segment } from './types.js'

interface Char {
  ch: string
  fontKey: string | null
  /** Advance in the layout (the grid pitch for full-width characters on a grid). */
  advance: number
  /** Advance of the glyph as drawn. */
  nominal: number
  color: string
}

/** Width of a character no font has: drawn as a one-em box (see draw). */
const SUBSTITUTE_EM = 1

const EPSILON = 0.01

export interface Measure {
  /** Left edge of the text block. */
  left: number
  /** Width available to every line. */
  width: number
  /** Indent of the first line, in pt. */
  firstIndent: number
  /** Indent of the other lines, in pt (hanging indent of TOC entries). */
  restIndent: number
  align: TextStyle['align']
  /**
   * Character pitch of a document grid (GB/T 9704: 156 mm / 28), or 0. Full-
   * width characters advance by the pitch instead of their size, as on
   * Word's grid, so that a line holds exactly the grid's characters.
   */
  gridPitch: number
  /**
   * Whether a newline in the text ends a line (titles set over several
   * lines). Elsewhere a newline is a leftover of the source's line wrapping
   * (`“\n一带一路\n”`): it is dropped between Chinese characters and read
   * as a space between Latin ones.
   */
  hardBreaks: boolean
}

function toChars(runs: Run[], preset: Preset, size: number, measure: Measure): Char[] {
  const { gridPitch, hardBreaks } = measure
  const chars: Char[] = []
  for (const run of runs) {
    const style = preset.styles[run.role]
    const face = faceOf(style.font, style.bold)
    const text = hardBreaks ? run.text : softenNewlines(run.text)
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0
      if (ch === '\n') {
        chars.push({ ch, fontKey: null, advance: 0, nominal: 0, color: style.color })
        continue
      }
      const file = resolveGlyph(face, cp)
      const nominal = file ? advanceEm(file, cp) * size : SUBSTITUTE_EM * size
      const fullWidth = Math.abs(nominal - size) < 0.01
      chars.push({
        ch,
        fontKey: file ? file.key : null,
        advance: gridPitch > 0 && fullWidth ? gridPitch : nominal,
        nominal,
        color: style.color,
      })
    }
  }
  return chars
}

function softenNewlines(text: string): string {
  return text.replace(/[ \t]*\r?\n[ \t]*/g, (_, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? ''
    const after = whole[offset + _.length] ?? ''
    return /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after) ? ' ' : ''
  })
}

/**
 * Break a block's runs into lines: greedy fill, breaking only where
 * `breakOpportunities` allows (so forbidden punctuation is carried to the next
 * line together with the character before it), then justify every full line
 * by spreading the leftover width over the gaps between glyphs. The last line
 * and lines ended by a hard break keep their natural width.
 */
export function breakLines(runs: Run[], preset: Preset, size: number, measure: Measure): Line[] {
  const chars = toChars(runs, preset, size, measure)
  // Whitespace at the start of a block is layout noise from the source.
  while (chars.length > 0 && /\s/.test((chars[0] as Char).ch)) chars.shift()
  while (chars.length > 0 && /\s/.test((chars[chars.length - 1] as Char).ch)) chars.pop()
  const canBreak = breakOpportunities(chars.map((c) => c.ch))

  const lines: Line[] = []
  let start = 0
  let lineIndex = 0
  while (start < chars.length) {
    const indent = lineIndex === 0 ? measure.firstIndent : measure.restIndent
    const avail = measure.width - indent
    let width = 0
    let end = start // exclusive end of what is accepted on this line
    let lastBreak = -1 // index of the latest allowed break position > start
    let hard = false
    let i = start
    for (; i < chars.length; i++) {
      const c = chars[i] as Char
      if (c.ch === '\n') {
        hard = true
        break
      }
      if (i > start && canBreak[i]) lastBreak = i
      if (width + c.advance > avail + EPSILON && i > start && c.ch !== ' ') {
        break
      }
      width += c.advance
      end = i + 1
    }
    let next: number
    if (hard) {
      next = i + 1
    } else if (i >= chars.length) {
      next = chars.length
    } else if (canBreak[i]) {
      next = i
    } else if (lastBreak > start) {
      end = lastBreak
      next = lastBreak
    } else {
      // One unbreakable stretch wider than the line (a long URL): cut it.
      next = end
    }
    // Spaces do not print at the end of a line, nor start the next one.
    let drawEnd = end
    while (drawEnd > start && (chars[drawEnd - 1] as Char).ch === ' ') drawEnd--
    while (next < chars.length && (chars[next] as Char).ch === ' ') next++
    const isLast = hard || next >= chars.length
    lines.push(makeLine(chars.slice(start, drawEnd), size, measure, indent, isLast))
    start = next
    lineIndex++
  }
  if (lines.length === 0) lines.push(makeLine([], size, measure, measure.firstIndent, true))
  return lines
}

/**
 * Position a line's glyphs. Adjacent punctuation is compressed first; a
 * justified line then spreads its slack over the gaps between characters,
 * except inside Latin words and numbers (`2297`, `GDP` keep their letter
 * spacing), unless there is no other gap.
 */
function makeLine(chars: Char[], size: number, measure: Measure, indent: number, isLast: boolean): Line {
  const avail = measure.width - indent
  const n = chars.length
  const after = new Array<number>(n).fill(0)
  let natural = 0
  for (let i = 0; i < n; i++) {
    const c = chars[i] as Char
    natural += c.advance
    const next = chars[i + 1]
    // Half an em in all: a larger step back reads as a new line to text extractors (poppler).
    if (next && c.advance >= size * 0.9 && compressesBefore(c.ch, next.ch)) after[i] = -size / 2 + (c.nominal - c.advance)
  }
  let used = natural
  for (const a of after) used += a
  const justified = measure.align === 'justify' && !isLast && n > 1
  let spacing = 0
  if (justified) {
    const stretchable: number[] = []
    for (let i = 0; i < n - 1; i++) {
      if (!(WORD.test((chars[i] as Char).ch) && WORD.test((chars[i + 1] as Char).ch))) stretchable.push(i)
    }
    const gaps = stretchable.length > 0 ? stretchable : [...Array(n - 1).keys()]
    spacing = (avail - used) / gaps.length
    for (const i of gaps) after[i] = (after[i] as number) + spacing
    used = avail
  }
  let x = measure.left + indent
  if (measure.align === 'center') x += Math.max(0, (avail - used) / 2)
  else if (measure.align === 'right') x += Math.max(0, avail - used)

  const segments: Segment[] = []
  let cursor = x
  let current: Segment | null = null
  for (let i = 0; i < n; i++) {
    const c = chars[i] as Char
    const sameRun = current && current.fontKey === c.fontKey && current.color === c.color && c.fontKey !== null
    if (!sameRun || !current) {
      current = { text: '', fontKey: c.fontKey, x: cursor, width: 0, glyphs: 0, adjust: [], color: c.color }
      segments.push(current)
    }
    // Past the last glyph nothing follows, so its grid or justification space is moot.
    const extra = i < n - 1 ? c.advance - c.nominal + (after[i] as number) : 0
    current.text += c.ch
    current.width += c.nominal
    current.glyphs++
    current.adjust.push(extra)
    cursor += c.nominal + extra
  }
  return { segments, size, x, spacing, naturalWidth: natural, right: cursor, measureRight: measure.left + measure.width, justified }
}
