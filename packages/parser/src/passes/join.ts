import { blockOf, type DocumentState, type Line } from '../util/document.js'
import { startsStructure } from '../rules/numbering.js'
import { edgeRule } from './boilerplate.js'

/** A line cannot start with these: it is the rest of the line before. */
const CONTINUES = /^[”’》）)」』】〕，。、；：？！,.;:?!…]/
/** A line cannot end with these: its next line belongs to it. */
const OPENS = /[“‘《（(「『【〔]$/
/** Mid-sentence ends: the sentence goes on. */
const MID = /[，、]$/
const TERMINAL = /[。！？；：…”’）)」』》!?;:]$/

/**
 * Joins lines the page broke inside a sentence: at a link (`“` / `一带一路`
 * / `”`), or a wrapped paragraph in a page that separates paragraphs by
 * blank lines. Lines that open a heading, list item or marker never join
 * to the line before.
 */
export function join(state: DocumentState): void {
  const lines = state.lines
  const blankSeparated = usesBlankLines(lines)
  const groups: Line[][] = []
  let current: Line[] | undefined
  let prevBlank = true
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!
    if (line.status === 'blank') {
      prevBlank = true
      continue
    }
    if (line.status === 'drop') {
      current = undefined
      prevBlank = false
      continue
    }
    if (current && (shouldJoin(current[current.length - 1]!, line, prevBlank, blankSeparated) || isLinkText(current[current.length - 1]!, line, lines[n + 1], prevBlank))) {
      current.push(line)
    } else {
      current = [line]
      groups.push(current)
    }
    prevBlank = false
  }
  state.blocks = groups.map(blockOf)
}

function shouldJoin(a: Line, b: Line, blankBetween: boolean, blankSeparated: boolean): boolean {
  const x = a.norm
  const y = b.norm
  if (x.length + y.length > 5000) return false
  if (startsStructure(y)) return false
  // Chrome stays a line of its own, so the edge rules can still name it.
  if ((x.length <= 15 && edgeRule(x)) || (y.length <= 15 && edgeRule(y))) return false
  if (!blankBetween) {
    if (CONTINUES.test(y) || OPENS.test(x)) return true
    // A line of nothing but an opening mark belongs to the sentence it opens.
    if (/^[“‘《（(「『]+$/.test(y) && !TERMINAL.test(x)) return true
    if (blankSeparated && !TERMINAL.test(x)) return true
    if (MID.test(x) && y.length < 200) return true
    return false
  }
  // A blank line between: only a fragment that cannot stand alone joins.
  return blankSeparated && (CONTINUES.test(y) || OPENS.test(x)) && y.length < 400
}

/**
 * A short line between a line that stops mid-sentence and one that starts
 * with a closing mark is the text of a link: `…审议了` / `政府工作报告` / `。会议…`.
 */
function isLinkText(a: Line, b: Line, c: Line | undefined, blankBetween: boolean): boolean {
  if (blankBetween || !c || c.status !== 'keep') return false
  return b.norm.length <= 20 && !TERMINAL.test(a.norm) && CONTINUES.test(c.norm) && !startsStructure(b.norm) && !edgeRule(b.norm)
}

/** Pages that end most paragraphs with a blank line (wiki exports, some CMSs). */
function usesBlankLines(lines: Line[]): boolean {
  let kept = 0
  let followedByBlank = 0
  for (let i = 0; i < lines.length; i++) {
    // Paragraph-length lines decide: link fragments between them are short.
    if (lines[i]!.status !== 'keep' || lines[i]!.norm.length < 20) continue
    kept++
    if (i + 1 < lines.length && lines[i + 1]!.status === 'blank') followedByBlank++
  }
  return kept >= 3 && followedByBlank / kept > 0.6
}
