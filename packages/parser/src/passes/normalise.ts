import type { DocumentState, Line } from '../util/document.js'

/**
 * Text values only: positions keep pointing at the original. Chinese
 * punctuation stays as printed (no NFKC); only white space, invisible
 * characters, escaped entities, stray HTML and full-width digits change.
 */

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/
const NEEDS_WORK = /[\u0000-\u0008\u000b-\u001f\u007f\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff\uff10-\uff19<&\t]|\s{2}|^\s|\s$|[\u3400-\u9fff]\s[\u3400-\u9fff]/

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: ' ', emsp: ' ', thinsp: ' ', middot: '·', hellip: '…', mdash: '—', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’' }

/** Units kept so far and where each came from. */
class Builder {
  chars: string[] = []
  src: number[] = []
  push(ch: string, at: number): void {
    this.chars.push(ch)
    this.src.push(at)
  }
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0' || ch === '\u1680' || ch === '\u202f' || ch === '\u205f' || (ch >= '\u2000' && ch <= '\u200a')
}

function isInvisible(ch: string): boolean {
  return ch === '\u200b' || ch === '\u200c' || ch === '\u200d' || ch === '\u2060' || ch === '\ufeff' || ch === '\u2028' || ch === '\u2029'
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

/** Normalise one line. `inComment`: the line starts inside an HTML comment. */
export function normaliseLine(raw: string, base: number, inComment: boolean): NormaliseResult {
  const b = new Builder()
  let controls = 0
  let i = 0
  const n = raw.length
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
    const ch = raw[i]!
    if (ch === '<') {
      if (raw.startsWith('<!--', i)) {
        inComment = true
        i += 4
        continue
      }
      const esc = /^<U\+([0-9A-Fa-f]{4,6})>/.exec(raw.slice(i, i + 10))
      if (esc) {
        const cp = Number.parseInt(esc[1]!, 16)
        const decoded = cp <= 0x10ffff ? String.fromCodePoint(cp) : ' '
        b.push(isSpace(decoded) || isInvisible(decoded) ? ' ' : decoded, base + i)
        i += esc[0].length
        continue
      }
      const tag = /^<\/?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>]{0,500})?\/?>/.exec(raw.slice(i, i + 520))
      if (tag) {
        i += tag[0].length
        continue
      }
    } else if (ch === '&') {
      const ent = /^&(#x[0-9A-Fa-f]{1,6}|#\d{1,7}|[a-z]{2,8});/.exec(raw.slice(i, i + 12))
      if (ent) {
        const name = ent[1]!
        let out: string | undefined
        if (name.startsWith('#x')) out = safeFromCodePoint(Number.parseInt(name.slice(2), 16))
        else if (name.startsWith('#')) out = safeFromCodePoint(Number.parseInt(name.slice(1), 10))
        else out = ENTITIES[name]
        if (out !== undefined) {
          b.push(isSpace(out) ? ' ' : out, base + i)
          i += ent[0].length
          continue
        }
      }
    }
    const code = raw.charCodeAt(i)
    if (isSpace(ch)) {
      b.push(' ', base + i)
    } else if (isInvisible(ch)) {
      // dropped: zero-width characters carry nothing a reader sees
    } else if (isControl(code)) {
      controls++
    } else if (code >= 0xff10 && code <= 0xff19) {
      b.push(String.fromCharCode(code - 0xff10 + 48), base + i)
    } else if (ch === '．' && /\d/.test(b.chars[b.chars.length - 1] ?? '') && /[0-9０-９]/.test(raw[i + 1] ?? '')) {
      b.push('.', base + i)
    } else {
      b.push(ch, base + i)
    }
    i++
  }
  // White space: trim, drop a single space between two Han characters
  // (letter-spaced names and headings: `栗 俊 昌`, `二、农 业`), fold other runs.
  const chars = b.chars
  const src = b.src
  const outChars: string[] = []
  const outSrc: number[] = []
  let k = 0
  while (k < chars.length) {
    if (chars[k] === ' ') {
      let j = k
      while (j < chars.length && chars[j] === ' ') j++
      const atEdge = outChars.length === 0 || j === chars.length
      const prev = outChars[outChars.length - 1] ?? ''
      const next = chars[j] ?? ''
      const single = j - k === 1
      if (!atEdge && !(single && HAN.test(prev) && HAN.test(next))) {
        outChars.push(' ')
        outSrc.push(src[k]!)
      }
      k = j
      continue
    }
    outChars.push(chars[k]!)
    outSrc.push(src[k]!)
    k++
  }
  const map = new Int32Array(outChars.length + 1)
  for (let m = 0; m < outSrc.length; m++) map[m] = outSrc[m]!
  // The end maps just past the last kept unit (or to the line start when empty).
  map[outChars.length] = outSrc.length ? outSrc[outSrc.length - 1]! + 1 : base
  // Astral characters are two units: make the end cover the low surrogate too.
  if (outChars.length) {
    const last = outChars[outChars.length - 1]!
    if (last.length === 1 && last.charCodeAt(0) >= 0xd800 && last.charCodeAt(0) <= 0xdbff) map[outChars.length] = outSrc[outSrc.length - 1]! + 1
  }
  return { norm: outChars.join(''), map, openComment: inComment, controls }
}

function safeFromCodePoint(cp: number): string | undefined {
  if (!(cp > 0 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff)) return undefined
  return String.fromCodePoint(cp)
}

/** A line left with nothing but pieces of escaped entities (`<U+00A0>` split over lines: `+00A0><U`). */
const ENTITY_DEBRIS = /^[<>U+0-9A-Fa-f\s]*$/
const ENTITY_HINT = /<U|U\+|\+00|00A0/

export function normalise(state: DocumentState): void {
  let inComment = false
  let controls = 0
  let firstControlLine = 0
  for (const line of state.lines) {
    const startsInComment = inComment
    if (!startsInComment && !NEEDS_WORK.test(line.raw)) {
      line.norm = line.raw
      line.base = line.start
    } else {
      const r = normaliseLine(line.raw, line.start, inComment)
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
        markDrop(line, ENTITY_HINT.test(line.raw) ? 'normalise/entity' : 'normalise/invisible')
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
