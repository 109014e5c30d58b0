import type { DocumentState, Line } from '../util/document.js'

/**
 * Text values only: positions keep pointing at the original. Chinese
 * punctuation stays as printed (no NFKC); only white space, invisible
 * characters, escaped entities, stray HTML and full-width digits change.
 */

/**
 * Does the (outer-trimmed) line hold anything `normaliseLine` would change?
 * One scan, no regex, one table look-up per character: most lines need
 * nothing, and this scan runs over every character of every input.
 */
function needsWork(text: string): boolean {
  let prev = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const need = NEEDS[c]
    if (need !== 0) {
      if (need === ALWAYS) return true
      if (need === A_SPACE && (prev === SPACE || (isHanCode(prev) && isHanCode(text.charCodeAt(i + 1))))) return true
      if (need === HALF_WIDTH && (isCjkCode(prev) || isCjkCode(text.charCodeAt(i + 1)))) return true
    }
    prev = c
  }
  return false
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: ' ', emsp: ' ', thinsp: ' ', middot: '·', hellip: '…', mdash: '—', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’' }

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 0x1680 || c === 0x202f || c === 0x205f || (c >= 0x2000 && c <= 0x200a)
}

export function isInvisibleCode(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x2028 || c === 0x2029
}

function isHanCode(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)
}

function isControl(code: number): boolean {
  return (code < 32 && code !== 9) || code === 0x7f
}

export interface NormaliseResult {
  norm: string
  map: Int32Array
  /** The line opens an HTML comment that is not closed on it. */
  openComment: boolean
  controls: number
}

const SPACE = 32

/** Markdown block markup at a line start: heading hashes, bullets, quote marks. */
const MD_PREFIX = /^[ \t]{0,3}(?:#{1,6}[ \t]+|[*+-][ \t]+|>[ \t]?|\d{1,9}\\?[.)][ \t]+(?=\d))/
const MD_BREAK = /^[ \t]*(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/
const MD_ESCAPABLE = /[!-/:-@[-`{-~]/

/**
 * Normalise one line. `inComment`: the line starts inside an HTML comment.
 * `markdown`: the document is Markdown, so its markup (`## `, `* `, `**`,
 * `\.`) is not text.
 */
export function normaliseLine(raw: string, base: number, inComment: boolean, markdown = false, spacedDigits = false): NormaliseResult {
  const n = raw.length
  // Code units kept, and the source offset of each; at most one per source unit.
  const codes = new Uint16Array(n)
  const src = new Int32Array(n)
  let k = 0
  let controls = 0
  let i = 0
  if (markdown) {
    if (MD_BREAK.test(raw)) i = n
    else {
      const prefix = MD_PREFIX.exec(raw)
      if (prefix) i = prefix[0].length
    }
  }
  const push = (c: number, at: number) => {
    codes[k] = c
    src[k++] = at
  }
  while (i < n) {
    if (inComment) {
      const close = raw.indexOf('-->', i)
      if (close < 0) {
        i = n
        break
      }
      i = close + 3
      inComment = false
      continue
    }
    const c = raw.charCodeAt(i)
    if (markdown && (c === 42 /* * */ || c === 95 /* _ */)) {
      i++
      continue
    }
    if (markdown && c === 92 /* \ */ && MD_ESCAPABLE.test(raw[i + 1] ?? '')) {
      push(raw.charCodeAt(i + 1), base + i + 1)
      i += 2
      continue
    }
    if (c === 60 /* < */) {
      if (raw.startsWith('<!--', i)) {
        inComment = true
        i += 4
        continue
      }
      const esc = /^<U\+([0-9A-Fa-f]{4,6})>/.exec(raw.slice(i, i + 10))
      if (esc) {
        const cp = Number.parseInt(esc[1]!, 16)
        if (cp > 0xffff || isSpaceCode(cp) || isInvisibleCode(cp) || (cp >= 0xd800 && cp <= 0xdfff)) push(SPACE, base + i)
        else push(cp, base + i)
        i += esc[0].length
        continue
      }
      const tag = /^<\/?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>]{0,500})?\/?>/.exec(raw.slice(i, i + 520))
      if (tag) {
        i += tag[0].length
        continue
      }
    } else if (c === 38 /* & */) {
      const ent = /^&(#x[0-9A-Fa-f]{1,6}|#\d{1,7}|[a-z]{2,8});/.exec(raw.slice(i, i + 12))
      if (ent) {
        const name = ent[1]!
        let out: string | undefined
        if (name.startsWith('#x')) out = safeFromCodePoint(Number.parseInt(name.slice(2), 16))
        else if (name.startsWith('#')) out = safeFromCodePoint(Number.parseInt(name.slice(1), 10))
        else out = ENTITIES[name]
        if (out !== undefined && out.length === 1) {
          const oc = out.charCodeAt(0)
          push(isSpaceCode(oc) ? SPACE : oc, base + i)
          i += ent[0].length
          continue
        }
      }
    }
    if (isSpaceCode(c)) push(SPACE, base + i)
    else if (isInvisibleCode(c)) {
      // dropped: zero-width characters carry nothing a reader sees
    } else if (isControl(c)) controls++
    else if (c >= 0xff10 && c <= 0xff19) push(c - 0xff10 + 48, base + i)
    else if (c === 0xff0e /* ． */ && k > 0 && codes[k - 1]! >= 48 && codes[k - 1]! <= 57 && isDigitCode(raw.charCodeAt(i + 1))) push(46, base + i)
    else push(c, base + i)
    i++
  }
  // White space: trim, drop a single space between two Han characters
  // (letter-spaced names and headings: `栗 俊 昌`, `二、农 业`), and in a
  // digit-spaced line the one after each digit (`1 9 9 7 年` → `1997年`),
  // fold other runs.
  let w = 0
  let r = 0
  while (r < k) {
    if (codes[r] === SPACE) {
      let j = r
      while (j < k && codes[j] === SPACE) j++
      const atEdge = w === 0 || j === k
      const single = j - r === 1
      const letterSpaced = single && ((isHanCode(codes[w - 1]!) && isHanCode(codes[j]!)) || (spacedDigits && isAsciiDigit(codes[w - 1]!) && closesSpacedDigit(codes, j, k)))
      if (!atEdge && !letterSpaced) {
        codes[w] = SPACE
        src[w++] = src[r]!
      }
      r = j
      continue
    }
    codes[w] = codes[r]!
    src[w++] = src[r]!
    r++
  }
  if (spacedDigits) pointsBetweenDigits(codes, w)
  widenPunctuation(codes, w)
  const map = new Int32Array(w + 1)
  map.set(src.subarray(0, w))
  // The end maps just past the last kept unit (or to the line start when empty).
  map[w] = w ? src[w - 1]! + 1 : base
  let norm = ''
  // `apply` takes the typed array as it is; a spread (`...codes`) walks it
  // through the iterator protocol, five to eight times slower, and this was
  // half the time of the pass.
  for (let at = 0; at < w; at += 8192) norm += String.fromCharCode.apply(null, codes.subarray(at, Math.min(w, at + 8192)) as unknown as number[])
  return { norm, map, openComment: inComment, controls }
}

/** ASCII punctuation that Chinese text sets full width: `,` → `，`, `(` → `（`, … */
export const WIDE: Record<number, number> = { 44: 0xff0c, 58: 0xff1a, 59: 0xff1b, 63: 0xff1f, 33: 0xff01, 40: 0xff08, 41: 0xff09 }

/** What `needsWork` makes of each code unit: changed wherever it is, a space, half-width punctuation, or nothing. */
export const ALWAYS = 1
export const A_SPACE = 2
export const HALF_WIDTH = 3
/** The zero-width and separator characters `isInvisibleCode` matches, for the table. */
const INVISIBLE_CODES = [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x2028, 0x2029]
/**
 * Filled range by range: a test of all 65,536 code units took 4 ms at every
 * start of the command and of each worker, before V8 had compiled it.
 */
export const NEEDS = (() => {
  const table = new Uint8Array(0x10000)
  const always = (from: number, to = from) => table.fill(ALWAYS, from, to + 1)
  always(0, 31)
  always(38) // &
  always(60) // <
  always(0x7f)
  always(0xa0)
  always(0x3000)
  always(0xff10, 0xff19) // full-width digits
  always(0x1680)
  always(0x2000, 0x200a)
  always(0x202f)
  always(0x205f)
  for (const c of INVISIBLE_CODES) always(c)
  table[SPACE] = A_SPACE
  for (const c of Object.keys(WIDE)) table[Number(c)] = HALF_WIDTH
  return table
})()

function isCjkCode(c: number): boolean {
  return isHanCode(c) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || c === 0x201c || c === 0x201d
}

/**
 * Half-width punctuation touching Chinese text is a typing shortcut, not a
 * choice: `向大会报告工作,请予审议` → `，`, `(一)` → `（一）`. Punctuation
 * between Latin letters or digits (`1,000`, `(GDP)` inside a Latin run)
 * stays, and so does one after a Latin word (`GDP,增长`); a `)` closing a
 * widened `(` is widened with it.
 */
function widenPunctuation(codes: Uint16Array, length: number): void {
  let openWide = 0
  for (let i = 0; i < length; i++) {
    const c = codes[i]!
    const wide = WIDE[c]
    if (wide === undefined) continue
    const prev = i > 0 ? codes[i - 1]! : 0
    const next = i + 1 < length ? codes[i + 1]! : 0
    const byChinese = isCjkCode(prev) || (c === 40 ? isCjkCode(next) : false)
    if (c === 41 && openWide > 0) {
      codes[i] = wide
      openWide--
    } else if (c === 40 && (byChinese || isCjkCode(next))) {
      codes[i] = wide
      openWide++
    } else if (c !== 40 && c !== 41 && isCjkCode(prev) && !(c === 58 && next === 47) /* 本文地址:/… keeps its colon before a path */) {
      codes[i] = wide
    } else if (c !== 40 && c !== 41 && isCjkCode(next) && !isLatinLetter(prev)) {
      // After a number and before Chinese (`增长6.2%;油料`, `4.84%,“双创”`) it is Chinese punctuation too.
      codes[i] = wide
    } else if (c === 41 && isCjkCode(prev)) {
      codes[i] = wide
    }
  }
}

function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

/**
 * May the space before `codes[j]` go in a digit-spaced line? Before another
 * digit, a Chinese character or full-width mark (`年`, `％`, `．`, `，`), or
 * `%`; not before Latin text, whose words a space separates.
 */
function closesSpacedDigit(codes: Uint16Array, j: number, k: number): boolean {
  if (j >= k) return false
  const c = codes[j]!
  return isAsciiDigit(c) || isCjkCode(c) || c === 37 /* % */
}

/** `15．3` once the spaces of `1 5 ．3` are gone: the full-width point between digits, as the first scan does for `13．65`. */
function pointsBetweenDigits(codes: Uint16Array, length: number): void {
  for (let i = 1; i + 1 < length; i++) if (codes[i] === 0xff0e && isAsciiDigit(codes[i - 1]!) && isAsciiDigit(codes[i + 1]!)) codes[i] = 46
}

/**
 * Some pages (gov.cn's copies of the 1990s reports) print every ASCII digit
 * followed by a space: `1 9 9 7 年国内生产总值7 4 7 7 2 亿元`. The document
 * is read so when more of its lines hold three such digits in a row than
 * hold two digits side by side; then each line without digits side by side
 * loses the space after its digits. One scan of the whole text for the
 * pattern first: most documents have none.
 */
const SPACED_RUN = /[0-9] [0-9] [0-9]/
/** Two digits side by side, not inside a code like `<U+00A0>` or `GB18030`. */
const DIGIT_PAIR = /(?<![A-Za-z0-9+])[0-9\uff10-\uff19]{2}/
const DIGIT_SPACE = /[0-9] /

function digitSpaced(state: DocumentState): boolean {
  if (!SPACED_RUN.test(state.text)) return false
  let spaced = 0
  let paired = 0
  for (const line of state.lines) {
    if (SPACED_RUN.test(line.raw)) spaced++
    else if (DIGIT_PAIR.test(line.raw)) paired++
  }
  return spaced >= 3 && spaced > paired
}

function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)
}

function safeFromCodePoint(cp: number): string | undefined {
  if (!(cp > 0 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff)) return undefined
  return String.fromCodePoint(cp)
}

/** String.prototype.trim: linear, and it trims U+3000 and U+00A0 too. (A `\s+$` regex is quadratic on long runs of spaces.) */
function trimOuter(raw: string): string {
  return raw.trim()
}

/** A line left with nothing but pieces of escaped entities (`<U+00A0>` split over lines: `+00A0><U`). */
const ENTITY_DEBRIS = /^[<>U+0-9A-Fa-f\s]*$/
const ENTITY_HINT = /<U|U\+|\+00|00A0/

export function normalise(state: DocumentState): void {
  const spacedDigits = digitSpaced(state)
  let inComment = false
  let controls = 0
  let firstControlLine = 0
  for (const line of state.lines) {
    const startsInComment = inComment
    const inner = startsInComment ? '' : trimOuter(line.raw)
    const respace = spacedDigits && DIGIT_SPACE.test(inner) && !DIGIT_PAIR.test(inner)
    if (!startsInComment && !state.markdown && !respace && !needsWork(inner)) {
      // Only outer white space to trim: the offsets stay a plain shift.
      line.norm = inner
      line.base = line.start + line.raw.indexOf(inner)
      if (inner === '') line.base = line.start
    } else {
      const r = normaliseLine(line.raw, line.start, inComment, state.markdown, respace)
      inComment = r.openComment
      line.norm = r.norm
      line.map = r.map
      if (r.controls) {
        controls += r.controls
        if (!firstControlLine) firstControlLine = line.n
      }
      if (line.norm === '' && /\S/.test(line.raw) && (startsInComment || line.raw.includes('<!--') || line.raw.includes('-->'))) {
        markDrop(line, 'normalise/html-comment')
        continue
      }
    }
    if (line.norm === '') {
      if (/\S/.test(line.raw.replace(/[\u3000\u00a0\u200b-\u200d\u2060\ufeff]/g, ' '))) {
        markDrop(line, ENTITY_HINT.test(line.raw) ? 'normalise/entity' : state.markdown ? 'normalise/markup' : 'normalise/invisible')
      } else {
        line.status = 'blank'
      }
    } else if (ENTITY_DEBRIS.test(line.norm) && ENTITY_HINT.test(line.raw) && line.norm.length < 40) {
      markDrop(line, 'normalise/entity')
    }
  }
  if (controls) {
    state.messages.push({
      reason: `dropped ${controls} control character${controls === 1 ? '' : 's'} (e.g. NUL) from the text`,
      ruleId: 'normalise/control-character',
      line: firstControlLine,
    })
  }
}

export function markDrop(line: Line, rule: string): void {
  line.status = 'drop'
  line.rule = rule
}
