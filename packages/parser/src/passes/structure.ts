import type {
  Appendix, BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, RunInHeading, Signature, Text, Toc,
} from '../ast.js'
import { AST_VERSION } from '../ast.js'
import { CIRCLED_ITEM, DASH_ITEM, matchMarker, type MarkerMatch } from '../rules/numbering.js'
import { OFFICE_ONLY, SPEAKER } from '../rules/front.js'
import { type Block, type DocumentState, type LineRole, positionOf } from '../util/document.js'

const APPENDIX_LABEL = /^(?:(?:附件|附表|附录)\s*[0-9一二三四五六七八九十]{0,3}\s*[:：]?|名词解释|注释|附注|名词解释和注释|注释和名词解释|.{0,24}名词(?:解释|注释))\s*[:：]?$/
const SENTENCE_END = /[。！？!?]/
const DATE_LINE = /^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[0-9一二三四五六七八九十]{1,2}\s*月\s*[0-9一二三四五六七八九十]{1,3}\s*日$/
const ISSUER_LINE = /^[\u4e00-\u9fff（）()、\s]{2,40}(?:政府|国务院|委员会|常委会|办公厅|办公室|人大|政协|局|部|厅|院|委|会|队|所|中心|小组)$/

/** A heading candidate and how it is printed. */
interface Candidate {
  block: number
  /** Null for an unnumbered heading (`结束语`, `关于外交工作`). */
  marker: MarkerMatch | null
  /** Units of `norm` the heading phrase spans after the marker (run-in: up to and with its `。`). */
  phraseEnd: number
  runIn: boolean
  /** English text: the marker keeps the space after it, and a run-in heading the space after its phrase. */
  latin?: boolean
}

/** Builds the tree from the blocks the earlier passes classified. */
export function structure(state: DocumentState): Root {
  const blocks = state.blocks
  const kept: number[] = []
  for (let i = 0; i < blocks.length; i++) if (blocks[i]!.status === 'keep') kept.push(i)

  // Where appendices start: a label line after the body has begun.
  let appendixStart = blocks.length
  let sawBody = false
  for (const i of kept) {
    const b = blocks[i]!
    if (i >= state.bodyStart && !b.role) {
      if (sawBody && APPENDIX_LABEL.test(b.norm)) {
        appendixStart = i
        break
      }
      if (b.norm.length > 20) sawBody = true
    }
  }

  const body = kept.filter((i) => i < appendixStart && !blocks[i]!.role)
  const signatureBlocks = findSignature(blocks, body)
  const english = isEnglish(blocks, body)
  const headings = rankHeadings(blocks, body.filter((i) => !signatureBlocks.has(i)), english)

  const children: RootContent[] = []
  let k = 0
  const frontAndBody = kept.filter((i) => i < appendixStart)
  while (k < frontAndBody.length) {
    const i = frontAndBody[k]!
    const b = blocks[i]!
    if (b.segments) {
      // Each part starts where the one before it ended, so the markup between them stays inside a node.
      let start = startOffset(b)
      for (const seg of b.segments) {
        const node = frontNode(state, seg.role, [{ b, from: seg.from, to: seg.to }])
        node.position = positionOf(state, start, node.position!.end.offset!)
        start = node.position.end.offset!
        children.push(node)
      }
      k++
      continue
    }
    if (b.role) {
      // Consecutive blocks of one front role make one node (a title over two lines).
      const role = b.role
      const run: Block[] = []
      while (k < frontAndBody.length && blocks[frontAndBody[k]!]!.role === role && !blocks[frontAndBody[k]!]!.segments) {
        const next = blocks[frontAndBody[k]!]!
        // A dropped line between two parts ends the node: spans may not cross what was removed.
        if (run.length > 0 && droppedBetween(state, run[run.length - 1]!, next)) break
        run.push(next)
        k++
      }
      if (role === 'toc') children.push(tocNode(state, run))
      else if (role === 'front') for (const r of run) children.push(paragraph(state, r, 0))
      else children.push(frontNode(state, role, run.map((r) => ({ b: r, from: 0, to: r.norm.length }))))
      continue
    }
    if (signatureBlocks.has(i)) {
      const run: Block[] = []
      while (k < frontAndBody.length && signatureBlocks.has(frontAndBody[k]!)) run.push(blocks[frontAndBody[k++]!]!)
      const node: Signature = { type: 'signature', children: run.map((r) => paragraph(state, r, 0)), position: span(state, run) }
      children.push(node)
      continue
    }
    const listStyle = DASH_ITEM.test(b.norm) ? 'dash' : CIRCLED_ITEM.test(b.norm) ? 'circled' : undefined
    if (listStyle && !headings.has(i)) {
      const items: ListItem[] = []
      const run: Block[] = []
      while (k < frontAndBody.length) {
        const j = frontAndBody[k]!
        const c = blocks[j]!
        const re = listStyle === 'dash' ? DASH_ITEM : CIRCLED_ITEM
        if (c.role || headings.has(j) || signatureBlocks.has(j)) break
        const m = re.exec(c.norm)
        if (!m) break
        items.push({
          type: 'listItem',
          marker: m[0],
          children: [text(state, c, m[0].length, c.norm.length)],
          position: span(state, [c]),
        })
        run.push(c)
        k++
      }
      const list: List = { type: 'list', style: listStyle, ordered: listStyle === 'circled', children: items, position: span(state, run) }
      children.push(list)
      continue
    }
    children.push(bodyNode(state, b, headings.get(i)))
    k++
  }

  // Appendices: each label starts one; headings inside rank on their own.
  const rest = kept.filter((i) => i >= appendixStart)
  let a = 0
  while (a < rest.length) {
    const labelIndex = rest[a]!
    const label = blocks[labelIndex]!
    const members: number[] = []
    a++
    while (a < rest.length && !APPENDIX_LABEL.test(blocks[rest[a]!]!.norm)) members.push(rest[a++]!)
    // Glossaries and notes number their entries; none of them is a heading.
    const ranks = /(?:名词解释|名词注释|注释|^注|^附注)/.test(label.norm) ? new Map() : rankHeadings(blocks, members, english)
    const labelHeading: Heading = {
      type: 'heading',
      depth: 1,
      numbering: null,
      children: [text(state, label, 0, label.norm.length)],
      position: span(state, [label]),
    }
    const inner: BlockContent[] = [labelHeading]
    for (const i of members) inner.push(bodyNode(state, blocks[i]!, ranks.get(i)))
    const appendix: Appendix = {
      type: 'appendix',
      label: label.norm.replace(/[:：]$/, ''),
      children: inner,
      position: span(state, [label, ...members.map((i) => blocks[i]!)]),
    }
    children.push(appendix)
  }

  return {
    type: 'root',
    children,
    data: { astVersion: AST_VERSION, meta: state.meta, removed: [] },
    position: positionOf(state, 0, state.text.length),
  }
}

function droppedBetween(state: DocumentState, a: Block, b: Block): boolean {
  const from = a.lines[a.lines.length - 1]!.n
  const to = b.lines[0]!.n - 1
  for (let n = from + 1; n <= to; n++) if (state.lines[n - 1]!.status === 'drop') return true
  return false
}

/** The 落款 at the end of the body: an issuer line and/or a date line. */
function findSignature(blocks: Block[], body: number[]): Set<number> {
  const out = new Set<number>()
  for (let n = body.length - 1; n >= Math.max(0, body.length - 4); n--) {
    const t = blocks[body[n]!]!.norm
    // A 附注 such as （此件公开发布） may follow the 落款 without being part of it.
    if (/^[（(]此件.{0,12}[）)]$/.test(t)) continue
    if (DATE_LINE.test(t) || (ISSUER_LINE.test(t) && t.length <= 40)) out.add(body[n]!)
    else break
  }
  // A lone issuer without a date is a heading-less line, not a signature.
  if (![...out].some((i) => DATE_LINE.test(blocks[i]!.norm))) return new Set()
  return out
}

function bodyNode(state: DocumentState, b: Block, candidate: (Candidate & { depth: number }) | undefined): BlockContent {
  if (!candidate) return paragraph(state, b, 0)
  const depth = Math.min(6, Math.max(1, candidate.depth)) as Heading['depth']
  const m = candidate.marker
  const numbering = m ? { marker: m.marker, style: m.style, ordinal: m.ordinal } : null
  const markerEnd = m ? markerLength(b.norm, m) : 0
  if (!candidate.runIn) {
    return {
      type: 'heading',
      depth,
      numbering,
      children: markerEnd < b.norm.length ? [text(state, b, markerEnd, b.norm.length)] : [],
      position: span(state, [b]),
    }
  }
  const runIn: RunInHeading = {
    type: 'runInHeading',
    depth,
    numbering,
    children: candidate.phraseEnd > markerEnd ? [text(state, b, markerEnd, candidate.phraseEnd)] : [],
    position: positionOf(state, startOffset(b), b.map[candidate.phraseEnd]!),
  }
  const rest = b.norm.slice(candidate.phraseEnd)
  const lead = rest.length - rest.trimStart().length
  const children: PhrasingContent[] = [runIn]
  // English keeps the space between the heading's sentence and the next one.
  if (candidate.phraseEnd + lead < b.norm.length) children.push(text(state, b, candidate.phraseEnd + (candidate.latin && lead > 0 ? lead - 1 : lead), b.norm.length, candidate.latin))
  return { type: 'paragraph', children, position: span(state, [b]) }
}

function markerLength(norm: string, m: MarkerMatch): number {
  const at = norm.indexOf(m.marker)
  let end = at + m.marker.length
  while (end < norm.length && norm[end] === ' ') end++
  return end
}

/**
 * Heading candidates in `members`, ranked by the order their numbering
 * styles first appear, and checked for sequence: `（三）` after `（一）` with
 * no `（二）` is a table cell or a quoted item, not a heading.
 */
/**
 * An English document (an official English version): its text has more than
 * twice as many Latin letters as Chinese characters. Only then are English
 * lines read for headings, so a Chinese report's numbered English references
 * (`1. Smith J. (2020). …`) stay paragraphs.
 */
function isEnglish(blocks: Block[], body: number[]): boolean {
  let latin = 0
  let han = 0
  for (const i of body) {
    const text = blocks[i]!.norm
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k)
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++
      else if (c >= 0x3400 && c <= 0x9fff) han++
    }
  }
  return latin > 2 * han
}

function rankHeadings(blocks: Block[], members: number[], english: boolean): Map<number, Candidate & { depth: number }> {
  const candidates: Candidate[] = []
  for (let n = 0; n < members.length; n++) {
    const i = members[n]!
    // A flattened table numbers its rows one cell a line (`1`, `2`…): a
    // group row before such a cell (`一、知识产权保护方面（共5项）`) is a cell too.
    const next = members[n + 1] !== undefined ? blocks[members[n + 1]!]!.norm : ''
    if (/^\d{1,3}$/.test(next)) continue
    const c = candidate(blocks[i]!, i, english) ?? unnumbered(blocks, members, n)
    if (c) candidates.push(c)
  }
  const order: string[] = []
  const last = new Map<string, number>()
  const out = new Map<number, Candidate & { depth: number }>()
  for (const c of candidates) {
    if (!c.marker) {
      // The closing (or opening) section stands beside the top level, whatever came before it.
      if (TOP_LEVEL_SECTIONS.test(blocks[c.block]!.norm)) {
        out.set(c.block, { ...c, depth: 1 })
        continue
      }
      let rank = order.indexOf('unnumbered')
      if (rank < 0) {
        order.push('unnumbered')
        rank = order.length - 1
      }
      out.set(c.block, { ...c, depth: rank + 1 })
      continue
    }
    const style = c.marker.style
    let rank = order.indexOf(style)
    const prev = last.get(style) ?? 0
    const fits = c.marker.ordinal === 1 || c.marker.ordinal === prev + 1 || (prev > 0 && c.marker.ordinal === prev + 2)
    if (!fits || (rank < 0 && c.marker.ordinal !== 1 && style !== 'decimal')) continue
    if (rank < 0) {
      order.push(style)
      rank = order.length - 1
    }
    // Numbering below a heading may restart (`（一）` under each `一、`) or run
    // on through the document (State Council `（一）`…`（二十）`): both fit.
    last.set(style, c.marker.ordinal)
    let depth = rank + 1
    if (style === 'decimal') depth += c.marker.marker.split('.').length - 2
    out.set(c.block, { ...c, depth })
  }
  return out
}

const PUNCTUATION = /[。！？；，：,.;:!?（）()]/
/** Sections that are always top level: a report's conclusion or preface. */
const TOP_LEVEL_SECTIONS = /^(?:结束语|结语|前言|引言|序言)$/

/**
 * An unnumbered heading: a short line with no punctuation standing between
 * paragraphs of running text (`结束语`, `关于外交工作`). Table cells and
 * lead phrases have short or punctuated neighbours and fail the test.
 */
function unnumbered(blocks: Block[], members: number[], n: number): Candidate | undefined {
  const b = blocks[members[n]!]!
  const t = b.norm
  if (t.length < 3 || t.length > 24 || PUNCTUATION.test(t) || /^\d|\d$/.test(t) || DASH_ITEM.test(t) || CIRCLED_ITEM.test(t)) return undefined
  if (DATE_LINE.test(t) || ISSUER_LINE.test(t)) return undefined
  // An address (`各位代表！`) may stand between the heading and its text.
  let after = n + 1
  if (members[after] !== undefined && /^各位(?:代表|委员)[！!，,]$/.test(blocks[members[after]!]!.norm)) after++
  const next = members[after] !== undefined ? blocks[members[after]!]!.norm : ''
  const prev = n > 0 ? blocks[members[n - 1]!]!.norm : ''
  if (!(next.length >= 50 && /[。；]/.test(next))) return undefined
  if (n > 0 && !(prev.length >= 15 && /[。！？；：，]$/.test(prev)) && !matchMarker(prev)) return undefined
  return { block: members[n]!, marker: null, phraseEnd: t.length, runIn: false }
}

/** Text in the Latin script: an official English version of a report. */
const LATIN_TEXT = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{S}]+$/u
const LATIN_SENTENCE_END = /[.!?](?=\s|$)/
/**
 * Where a paragraph starts inside a line whose heading lost its full stop in
 * the scrape (`Striving to modernize … at a faster pace We should …`): a
 * sentence opener (`We`, `To`, `Continuing`…), capitalised, right after a
 * lower-case word.
 */
const GLUED_OPENER = /(?<=[a-z]) (?=(?:We|To|Acting|Regardless|Our|The|This|These|In|With|As|It|By|Guided|Based|[A-Z][a-z]+ing)\b)/
const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length

/**
 * The English versions' headings: `II. Overall Requirements and Policy …`
 * on a line, and `1. We strengthened macro regulation … growth.` running
 * into its paragraph, as the Chinese `（一）…。` does. English takes about
 * twice the characters, so the limits are in words.
 */
function latinCandidate(b: Block, index: number, match: MarkerMatch, start: number, rest: string): Candidate | undefined {
  if (rest.length === 0) return undefined
  // `I. ` as printed: the renderers put the marker straight before the text.
  const marker = { ...match, marker: b.norm.slice(b.norm.indexOf(match.marker), start) }
  const found = (phraseEnd: number, runIn: boolean): Candidate => ({ block: index, marker, phraseEnd, runIn, latin: true })
  const end = rest.search(LATIN_SENTENCE_END)
  if (end < 0 && !/[;:]/.test(rest) && wordCount(rest) <= 25) return found(b.norm.length, false)
  // A gerund phrase (`Striving to …`, `Fully implementing …`) is a heading even where the scrape glued the paragraph on.
  const glued = /^(?:[A-Z][a-z]+ly )?[A-Za-z]+ing\b/.test(rest) ? rest.search(GLUED_OPENER) : -1
  if (glued > 0 && (end < 0 || glued < end) && wordCount(rest.slice(0, glued)) <= 40) return found(start + glued, true)
  if (end < 0) return undefined
  const words = wordCount(rest.slice(0, end + 1))
  if (words < 2 || words > 30) return undefined
  const phraseEnd = start + end + 1
  return phraseEnd >= b.norm.length ? found(b.norm.length, false) : found(phraseEnd, true)
}

function candidate(b: Block, index: number, english: boolean): Candidate | undefined {
  const marker = matchMarker(b.norm)
  if (!marker || marker.style === 'circled') return undefined
  const start = markerLength(b.norm, marker)
  const rest = b.norm.slice(start)
  if (marker.style === 'article') {
    if (rest.length > 0 && (SENTENCE_END.test(rest) || rest.length > 30)) return { block: index, marker, phraseEnd: start, runIn: true }
    return { block: index, marker, phraseEnd: b.norm.length, runIn: false }
  }
  if (english && LATIN_TEXT.test(rest)) return latinCandidate(b, index, marker, start, rest)
  // `I.` numbers the English versions' sections; in a Chinese report it is a quoted English line.
  if (marker.style === 'roman') return undefined
  if (!SENTENCE_END.test(rest) && !/[；;]/.test(rest) && rest.length <= 50) {
    if (rest.length === 0) return undefined
    return { block: index, marker, phraseEnd: b.norm.length, runIn: false }
  }
  // A phrase may close with `：` before the list it heads (`（一）知识产权保护方面5项：…`);
  // glossaries' `term：definition` entries stay out because glossary appendices take no headings.
  const end = rest.search(/[。！？：]/)
  if (end < 0) return undefined
  const phrase = rest.slice(0, end)
  if (phrase.length < 2 || phrase.length > 40 || (phrase.match(/[，,]/g)?.length ?? 0) > 1 || /[；;“”]/.test(phrase.replace(/“[^”]{0,12}”/g, ''))) return undefined
  const phraseEnd = start + end + 1
  if (phraseEnd >= b.norm.length) return { block: index, marker, phraseEnd: b.norm.length, runIn: false }
  return { block: index, marker, phraseEnd, runIn: true }
}

function paragraph(state: DocumentState, b: Block, from: number): Paragraph {
  return { type: 'paragraph', children: [text(state, b, from, b.norm.length)], position: span(state, [b]) }
}

function tocNode(state: DocumentState, run: Block[]): Toc {
  return { type: 'toc', children: run.map((r) => paragraph(state, r, 0)), position: span(state, run) }
}

interface Piece {
  b: Block
  from: number
  to: number
}

function frontNode(state: DocumentState, role: LineRole, pieces: Piece[]): RootContent {
  const children = pieces.map((p) => text(state, p.b, p.from, p.to))
  const head = pieces[0]!
  const position = positionOf(state, head.from === 0 ? startOffset(head.b) : head.b.map[head.from]!, endOffset(pieces[pieces.length - 1]!.b, pieces[pieces.length - 1]!.to))
  switch (role) {
    case 'title':
      return { type: 'title', children, position }
    case 'subtitle':
      return { type: 'subtitle', children, position }
    case 'salutation':
      return { type: 'salutation', children, position }
    case 'docNumber':
      return { type: 'docNumber', children, position }
    case 'addressee':
      return { type: 'addressee', children, position }
    case 'speaker': {
      const all = children.map((c) => c.value).join('').replace(/\s+/g, '')
      const m = SPEAKER.exec(all)
      const office = OFFICE_ONLY.exec(all)
      const name = m ? m[3]! : office ? '' : all
      const role = m ? m[2]! : office ? office[2]! : ''
      return { type: 'speaker', name, role, children, position }
    }
    default:
      return { type: 'paragraph', children, position }
  }
}

/** Length of `raw` without trailing white space and invisible characters (a loop: `\s+$` is quadratic). */
function visibleLength(raw: string): number {
  let end = raw.length
  while (end > 0) {
    const c = raw.charCodeAt(end - 1)
    if (c <= 32 || c === 0x3000 || c === 0xa0 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a)) end--
    else break
  }
  return end
}

/** Offset just past unit `to - 1` of the block (surrogate pairs and escapes included). */
function endOffset(b: Block, to: number): number {
  if (to <= 0) return b.map[0]!
  if (to >= b.norm.length) {
    const last = b.lines[b.lines.length - 1]!
    return Math.max(last.start + visibleLength(last.raw), b.map[to - 1]! + 1)
  }
  const code = b.norm.charCodeAt(to - 1)
  return b.map[to - 1]! + (code >= 0xd800 && code <= 0xdbff ? 2 : 1)
}

function text(state: DocumentState, b: Block, from: number, to: number, keepLeadingSpace = false): Text {
  const value = keepLeadingSpace ? b.norm.slice(from, to).trimEnd() : b.norm.slice(from, to).trim()
  const lead = keepLeadingSpace ? 0 : b.norm.slice(from, to).length - b.norm.slice(from, to).trimStart().length
  const start = b.map[from + lead] ?? b.map[from]!
  return { type: 'text', value, position: positionOf(state, start, Math.max(start, endOffset(b, to))) }
}

/** Offset of the block's first non-space unit in the source (before any stripped markup). */
function startOffset(b: Block): number {
  const line = b.lines[0]!
  const lead = line.raw.length - line.raw.replace(/^[\s\u200b\ufeff]+/, '').length
  return Math.min(line.start + lead, b.map[0]!)
}

function span(state: DocumentState, run: Block[]): ReturnType<typeof positionOf> {
  const first = run[0]!
  const last = run[run.length - 1]!
  return positionOf(state, startOffset(first), endOffset(last, last.norm.length))
}
