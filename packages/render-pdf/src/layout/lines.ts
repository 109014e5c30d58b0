import type { Preset, TextStyle } from '@gongwen/presets'
import { faceOf, resolveGlyph, resolvedAdvanceEm } from '../fonts/index.js'
import { C_WORD, breakFlags, classOf, compressesBeforeCp } from './kinsoku.js'
import type { Line, PlacedLine, Run, Segment } from './types.js'

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

/**
 * The characters of the block being broken, one entry per code point, in
 * parallel arrays reused from block to block (breaking is synchronous and
 * never nested): a document has tens of thousands of characters, and an
 * object for each was a good part of the layout's time and garbage.
 */
const chars = {
  /** Number of characters in use. */
  length: 0,
  /** All run texts (newlines softened) end to end; a segment's text is a slice of it. */
  text: '',
  codePoints: new Int32Array(1024),
  /** UTF-16 offset of each character in `text`, plus one past the end. */
  offsets: new Int32Array(1025),
  /** Advance in the layout (the grid pitch for full-width characters on a grid). */
  advances: new Float64Array(1024),
  /** Advance of the glyph as drawn. */
  nominals: new Float64Array(1024),
  canBreak: new Uint8Array(1024),
  /** Extra space after each character of the line being made. */
  after: new Float64Array(1024),
  fontKeys: [] as Array<string | null>,
  colors: [] as string[],
}

function reserve(n: number): void {
  if (chars.codePoints.length >= n) return
  const size = Math.max(n, 2 * chars.codePoints.length)
  const grow = <T extends Int32Array | Float64Array | Uint8Array>(a: T, extra = 0): T => {
    const b = new (a.constructor as new (n: number) => T)(size + extra)
    b.set(a)
    return b
  }
  chars.codePoints = grow(chars.codePoints)
  chars.offsets = grow(chars.offsets, 1)
  chars.advances = grow(chars.advances)
  chars.nominals = grow(chars.nominals)
  chars.canBreak = grow(chars.canBreak)
  chars.after = grow(chars.after)
}

const NEWLINE = 0x0a
const SPACE = 0x20

function loadChars(runs: Run[], preset: Preset, size: number, measure: Measure): void {
  const { gridPitch, hardBreaks } = measure
  let n = 0
  let text = ''
  for (const run of runs) {
    const style = preset.styles[run.role]
    const face = faceOf(style.font, style.bold)
    const color = style.color
    const value = hardBreaks || !run.text.includes('\n') ? run.text : softenNewlines(run.text)
    reserve(n + value.length)
    const base = text.length
    text += value
    for (let j = 0; j < value.length; j++) {
      const cp = value.codePointAt(j) as number
      chars.codePoints[n] = cp
      chars.offsets[n] = base + j
      chars.colors[n] = color
      if (cp > 0xffff) j++
      if (cp === NEWLINE) {
        chars.fontKeys[n] = null
        chars.advances[n] = 0
        chars.nominals[n] = 0
        n++
        continue
      }
      const file = resolveGlyph(face, cp)
      const nominal = file ? resolvedAdvanceEm(face, cp) * size : SUBSTITUTE_EM * size
      const fullWidth = Math.abs(nominal - size) < 0.01
      chars.fontKeys[n] = file ? file.key : null
      chars.advances[n] = gridPitch > 0 && fullWidth ? gridPitch : nominal
      chars.nominals[n] = nominal
      n++
    }
  }
  chars.offsets[n] = text.length
  chars.length = n
  chars.text = text
}

function softenNewlines(text: string): string {
  return text.replace(/[ \t]*\r?\n[ \t]*/g, (_, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? ''
    const after = whole[offset + _.length] ?? ''
    return /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after) ? ' ' : ''
  })
}

/** `/\s/` on one code point: whitespace trimmed from the ends of a block. */
function isWhitespace(cp: number): boolean {
  return (
    (cp >= 0x09 && cp <= 0x0d) ||
    cp === 0x20 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000 ||
    cp === 0xfeff
  )
}

/**
 * Break a block's runs into lines: greedy fill, breaking only where
 * `breakOpportunities` allows (so forbidden punctuation is carried to the next
 * line together with the character before it), then justify every full line
 * by spreading the leftover width over the gaps between glyphs. The last line
 * and lines ended by a hard break keep their natural width.
 */
export function breakLines(runs: Run[], preset: Preset, size: number, measure: Measure): Line[] {
  loadChars(runs, preset, size, measure)
  const { codePoints, advances, canBreak } = chars
  // Whitespace at the start of a block is layout noise from the source.
  let first = 0
  let last = chars.length
  while (first < last && isWhitespace(codePoints[first] as number)) first++
  while (last > first && isWhitespace(codePoints[last - 1] as number)) last--
  breakFlags(codePoints, first, last, canBreak)

  const lines: Line[] = []
  let start = first
  let lineIndex = 0
  while (start < last) {
    const indent = lineIndex === 0 ? measure.firstIndent : measure.restIndent
    const avail = measure.width - indent
    let width = 0
    let end = start // exclusive end of what is accepted on this line
    let lastBreak = -1 // index of the latest allowed break position > start
    let hard = false
    let i = start
    for (; i < last; i++) {
      const cp = codePoints[i] as number
      if (cp === NEWLINE) {
        hard = true
        break
      }
      if (i > start && canBreak[i]) lastBreak = i
      const advance = advances[i] as number
      if (width + advance > avail + EPSILON && i > start && cp !== SPACE) {
        break
      }
      width += advance
      end = i + 1
    }
    let next: number
    if (hard) {
      next = i + 1
    } else if (i >= last) {
      next = last
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
    while (drawEnd > start && codePoints[drawEnd - 1] === SPACE) drawEnd--
    while (next < last && codePoints[next] === SPACE) next++
    const isLast = hard || next >= last
    lines.push(makeLine(start, drawEnd, size, measure, indent, isLast, !isLast && isLatinLetter(codePoints[next] as number)))
    start = next
    lineIndex++
  }
  if (lines.length === 0) lines.push(makeLine(0, 0, size, measure, measure.firstIndent, true, false))
  return lines
}

/**
 * How much a justified line may space out its characters (in em) while word
 * spaces can take the rest. A line of Chinese spreads a fraction of a
 * character over its gaps; a line that mixes in English and breaks before a
 * long word has several ems to fill, and spread evenly that spaced out its
 * Chinese (`迎 难 而 上`) while English readers expect the word spaces to widen.
 */
const MAX_CHARACTER_STRETCH = 0.1

/**
 * A line of Chinese without word spaces that breaks before an English word
 * and would need more than this between its characters (in em) is left at
 * its natural width instead, as the last line of a paragraph is: Chinese and
 * English side by side (the bilingual brief) otherwise spaced out the
 * Chinese. Before a long number the line is still justified, as Word does in
 * an official document; lines of Chinese break within a character of the
 * measure and need a few hundredths.
 */
const MAX_UNDERFULL_STRETCH = 0.2

/** What a justified line may stretch between two characters. */
const IN_WORD = 0
const WORD_SPACE = 1
const CHARACTER_GAP = 2

function gapKind(a: number, b: number): number {
  if (classOf(a) & C_WORD && classOf(b) & C_WORD) return IN_WORD
  return a === SPACE || b === SPACE ? WORD_SPACE : CHARACTER_GAP
}

function isLatinLetter(cp: number): boolean {
  return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)
}

/**
 * Position the glyphs of characters `from..to`. Adjacent punctuation is
 * compressed first; a justified line then spreads its slack over the gaps
 * between characters, except inside Latin words and numbers (`2297`, `GDP`
 * keep their letter spacing), unless there is no other gap. Beyond
 * `MAX_CHARACTER_STRETCH`, the gaps at word spaces take the rest; a line
 * without word spaces before an English word is not stretched beyond
 * `MAX_UNDERFULL_STRETCH`.
 */
function makeLine(from: number, to: number, size: number, measure: Measure, indent: number, isLast: boolean, beforeLatin: boolean): Line {
  const { codePoints, advances, nominals, after, fontKeys, colors, offsets, text } = chars
  const avail = measure.width - indent
  const n = to - from
  let natural = 0
  let used = 0
  for (let i = from; i < to; i++) {
    const advance = advances[i] as number
    natural += advance
    after[i] = 0
    // Half an em in all: a larger step back reads as a new line to text extractors (poppler).
    if (i + 1 < to && advance >= size * 0.9 && compressesBeforeCp(codePoints[i] as number, codePoints[i + 1] as number)) {
      after[i] = -size / 2 + ((nominals[i] as number) - advance)
    }
  }
  used = natural
  for (let i = from; i < to; i++) used += after[i] as number
  let justified = measure.align === 'justify' && !isLast && n > 1
  let spacing = 0
  if (justified) {
    let spaceGaps = 0
    let otherGaps = 0
    for (let i = from; i < to - 1; i++) {
      const kind = gapKind(codePoints[i] as number, codePoints[i + 1] as number)
      if (kind === WORD_SPACE) spaceGaps++
      else if (kind === CHARACTER_GAP) otherGaps++
    }
    const slack = avail - used
    // Without a gap outside a word, stretch inside it.
    const insideWords = spaceGaps + otherGaps === 0
    spacing = insideWords ? slack / (n - 1) : slack / (spaceGaps + otherGaps)
    let spaceSpacing = spacing
    if (spacing > MAX_CHARACTER_STRETCH * size && spaceGaps > 0) {
      spacing = MAX_CHARACTER_STRETCH * size
      spaceSpacing = (slack - otherGaps * spacing) / spaceGaps
    } else if (beforeLatin && spacing > MAX_UNDERFULL_STRETCH * size && !insideWords) {
      justified = false
      spacing = 0
    }
    if (justified) {
      for (let i = from; i < to - 1; i++) {
        const kind = insideWords ? CHARACTER_GAP : gapKind(codePoints[i] as number, codePoints[i + 1] as number)
        if (kind !== IN_WORD) after[i] = (after[i] as number) + (kind === WORD_SPACE ? spaceSpacing : spacing)
      }
      used = avail
    }
  }
  let x = measure.left + indent
  if (measure.align === 'center') x += Math.max(0, (avail - used) / 2)
  else if (measure.align === 'right') x += Math.max(0, avail - used)

  const segments: Segment[] = []
  let cursor = x
  let current: Segment | null = null
  let segmentStart = from
  for (let i = from; i < to; i++) {
    const fontKey = fontKeys[i] as string | null
    const color = colors[i] as string
    const sameRun = current !== null && current.fontKey === fontKey && current.color === color && fontKey !== null
    if (!sameRun) {
      if (current) current.text = text.slice(offsets[segmentStart], offsets[i])
      current = { text: '', fontKey, x: cursor, width: 0, glyphs: 0, adjust: [], color }
      segments.push(current)
      segmentStart = i
    }
    const seg = current as Segment
    const nominal = nominals[i] as number
    // Past the last glyph nothing follows, so its grid or justification space is moot.
    const extra = i < to - 1 ? (advances[i] as number) - nominal + (after[i] as number) : 0
    seg.width += nominal
    seg.glyphs++
    seg.adjust.push(extra)
    cursor += nominal + extra
  }
  if (current) current.text = text.slice(offsets[segmentStart], offsets[to])
  // Shaped as a placed line already: pagination fills in the last four fields
  // instead of copying every line into a new object.
  const line: PlacedLine = {
    segments,
    size,
    x,
    spacing,
    naturalWidth: natural,
    right: cursor,
    measureRight: measure.left + measure.width,
    justified,
    page: 0,
    baseline: 0,
    block: 0,
    index: 0,
  }
  return line
}
