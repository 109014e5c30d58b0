import type { Point, Position } from 'unist'

/** What the passes know about one physical input line. */
export interface Line {
  /** 1-based line number. */
  n: number
  /** Offset of the first character, 0-based into the decoded text. */
  start: number
  /** Offset just past the last character, before the line terminator. */
  end: number
  /** The line as in the decoded text. */
  raw: string
  /**
   * The normalised text. `norm[i]` came from source offset `map[i]`, or
   * `base + i` when no unit was replaced or removed (`map` unset); see `lineMap`.
   */
  norm: string
  base: number
  map?: Int32Array
  /** `drop` lines are in `removed` with `rule`; `blank` lines hold only white space. */
  status: 'keep' | 'drop' | 'blank'
  rule?: string
}

/**
 * One logical line: a physical line, or several joined by the join pass
 * (a paragraph broken where the page had a link). The passes after join
 * work on blocks; `drop` on a block drops each of its lines.
 */
export interface Block {
  lines: Line[]
  /** Concatenated normalised text of the lines. */
  norm: string
  /** Source offset of each unit of `norm`, plus one past the end. */
  map: Int32Array
  status: 'keep' | 'drop'
  rule?: string
  role?: LineRole
  /** For a line holding several front parts (`政府工作报告——2017年…会议上国务院总理 李克强`). */
  segments?: Array<{ role: LineRole; from: number; to: number }>
}

export type LineRole =
  | 'title'
  | 'subtitle'
  | 'speaker'
  | 'salutation'
  | 'docNumber'
  | 'addressee'
  | 'front'
  | 'toc'
  | 'signature'

/** State shared by the passes of one parse. */
export interface DocumentState {
  text: string
  lines: Line[]
  /** The input is Markdown: its markup is not text (see normalise). */
  markdown: boolean
  /** Logical lines, made by the join pass from the kept lines. */
  blocks: Block[]
  /** Offsets at which each line starts, for offset → point. */
  lineStarts: number[]
  messages: ParseMessage[]
  meta: import('../ast.js').Meta
  /** Index of the first body block (after the front), set by the front pass. */
  bodyStart: number
}

export interface ParseMessage {
  reason: string
  /** `gongwen-parse:<pass>/<rule>` style id. */
  ruleId: string
  line?: number
  column?: number
}

/** Split on `\r\n`, `\r` and `\n`; each ends one line. A final terminator starts no extra line. */
export function splitLines(text: string): { lines: Line[]; lineStarts: number[] } {
  const lines: Line[] = []
  const lineStarts: number[] = []
  let start = 0
  let n = 1
  const len = text.length
  for (let i = 0; i <= len; i++) {
    const c = i < len ? text.charCodeAt(i) : -1
    if (c === 10 || c === 13 || c === -1) {
      if (c === -1 && start === len && lines.length > 0) break
      const raw = text.slice(start, i)
      lineStarts.push(start)
      lines.push({ n, start, end: i, raw, norm: raw, base: start, status: 'keep' })
      n++
      if (c === 13 && i + 1 < len && text.charCodeAt(i + 1) === 10) i++
      start = i + 1
    }
  }
  return { lines, lineStarts }
}

/** 1-based line/column for a 0-based offset (binary search over line starts). */
export function pointAt(lineStarts: number[], offset: number): Point {
  let lo = 0
  let hi = lineStarts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (lineStarts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1, offset }
}

export function positionOf(state: Pick<DocumentState, 'lineStarts'>, start: number, end: number): Position {
  return { start: pointAt(state.lineStarts, start), end: pointAt(state.lineStarts, end) }
}


export function lineMap(line: Line): Int32Array {
  if (line.map) return line.map
  const length = line.norm.length
  const base = line.base
  const map = new Int32Array(length + 1)
  for (let i = 0; i <= length; i++) map[i] = base + i
  return map
}

export function blockOf(lines: Line[]): Block {
  if (lines.length === 1) {
    const line = lines[0]!
    return { lines, norm: line.norm, map: lineMap(line), status: 'keep' }
  }
  let norm = ''
  for (const line of lines) norm += line.norm
  const map = new Int32Array(norm.length + 1)
  let k = 0
  for (const line of lines) {
    const m = lineMap(line)
    for (let i = 0; i < line.norm.length; i++) map[k++] = m[i]!
  }
  const last = lines[lines.length - 1]!
  map[k] = lineMap(last)[last.norm.length]!
  return { lines, norm, map, status: 'keep' }
}

export function dropBlock(block: Block, rule: string): void {
  block.status = 'drop'
  block.rule = rule
  for (const line of block.lines) {
    line.status = 'drop'
    line.rule = rule
  }
}
