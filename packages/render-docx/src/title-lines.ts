/**
 * Breaks a long title into lines at word boundaries, as GB/T 9704-2012 7.3.3
 * asks (回行时词意完整、排列对称、长短适宜): the fewest lines that fit, each
 * as close to the same width as the words allow.
 */

/** Made on first use: loading ICU's Chinese dictionary takes ~6 ms, and most titles fit one line. */
let segmenter: Intl.Segmenter | undefined

/** Closing punctuation must not start a line (禁则), opening punctuation must not end one. */
const CLOSING = /^[，。、；：？！）》」』”’〉】〕…,.;:?!)\]}%]/
const OPENING = /[（《「『“‘〈【〔(\[{]$/

/** Width in full-width characters: Latin letters and digits count half. */
export function displayWidth(text: string): number {
  let width = 0
  for (const char of text) width += (char.codePointAt(0) ?? 0) < 0x2e80 && char !== '—' && char !== '…' ? 0.5 : 1
  return width
}

/** Word-level pieces that may be separated by a line break. */
function pieces(text: string): string[] {
  const out: string[] = []
  let pendingOpen = ''
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' })
  for (const { segment } of segmenter.segment(text)) {
    // A closing mark after an opening one stays with it, in order: `（：`.
    if (pendingOpen && CLOSING.test(segment)) {
      pendingOpen += segment
      continue
    }
    // A space stays at the end of the word before it, so no line starts with one.
    if (out.length > 0 && (CLOSING.test(segment) || /^\s+$/.test(segment))) {
      out[out.length - 1] += segment
      continue
    }
    const piece = pendingOpen + segment
    pendingOpen = ''
    if (OPENING.test(piece)) {
      pendingOpen = piece
      continue
    }
    out.push(piece)
  }
  if (pendingOpen) {
    if (out.length > 0) out[out.length - 1] += pendingOpen
    else out.push(pendingOpen)
  }
  return out
}

/** The title's lines; one line when it fits in `maxWidth` characters. */
export function breakTitle(text: string, maxWidth: number): string[] {
  const clean = text.replace(/\s*\n\s*/g, '').trim()
  const total = displayWidth(clean)
  if (total <= maxWidth || maxWidth <= 0) return [clean]
  const parts = pieces(clean)
  // Balancing is quadratic in the pieces; a title this long is not a title to balance.
  if (parts.length > 120) return [clean]
  const widths = parts.map(displayWidth)
  const prefix = [0]
  for (const width of widths) prefix.push(prefix[prefix.length - 1] + width)

  for (let lines = Math.ceil(total / maxWidth); lines <= parts.length; lines++) {
    const target = total / lines
    // cost[k][i]: best cost of putting the first i pieces on k lines.
    const cost: number[][] = Array.from({ length: lines + 1 }, () => new Array(parts.length + 1).fill(Infinity))
    const from: number[][] = Array.from({ length: lines + 1 }, () => new Array(parts.length + 1).fill(-1))
    cost[0][0] = 0
    for (let k = 1; k <= lines; k++) {
      for (let i = 1; i <= parts.length; i++) {
        for (let j = k - 1; j < i; j++) {
          if (cost[k - 1][j] === Infinity) continue
          const width = prefix[i] - prefix[j]
          if (width > maxWidth) continue
          const c = cost[k - 1][j] + (width - target) ** 2
          if (c < cost[k][i]) {
            cost[k][i] = c
            from[k][i] = j
          }
        }
      }
    }
    if (cost[lines][parts.length] === Infinity) continue
    const out: string[] = []
    let i = parts.length
    for (let k = lines; k > 0; k--) {
      const j = from[k][i]
      // The break stands for the space at the end of a line.
      out.unshift(parts.slice(j, i).join('').trimEnd())
      i = j
    }
    return out
  }
  // A single piece wider than a line (a very long Latin word): let Word wrap it.
  return [clean]
}
