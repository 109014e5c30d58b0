import { boilerplateRules, metaTableKeys } from '../rules/boilerplate.js'
import { findDate } from '../util/chinese-numbers.js'
import type { DocumentState, Line } from '../util/document.js'
import { markDrop } from './normalise.js'

/** The first `edge` rule a text matches, for the passes that know where the edges are. */
export function edgeRule(text: string): string | undefined {
  for (const r of boilerplateRules) if (r.where === 'edge' && r.pattern.test(text)) return r.rule
  return undefined
}

export function anyRule(text: string): string | undefined {
  for (const r of boilerplateRules) if (r.where === 'any' && r.pattern.test(text)) return r.rule
  return undefined
}

/**
 * Drops the lines that are chrome wherever they stand (`any` rules) and the
 * metadata table, whose values it reads into `meta`. Rules that are only
 * safe at the edges of the page wait for the front and tail passes.
 */
export function boilerplate(state: DocumentState): void {
  const lines = state.lines
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.status !== 'keep') continue
    const text = line.norm
    const key = metaTableKeys.find((k) => k.pattern.test(text))
    if (key) {
      markDrop(line, 'boilerplate/meta-table')
      let value = text.replace(key.pattern, '').trim()
      if (!value) {
        const next = nextKept(lines, i)
        if (next && !metaTableKeys.some((k) => k.pattern.test(next.norm)) && key.value.test(next.norm)) {
          markDrop(next, 'boilerplate/meta-table')
          value = next.norm
        }
      }
      if (value && key.meta) setMeta(state, key.meta, value)
      continue
    }
    if (text.length > 400) continue
    const rule = anyRule(text)
    if (!rule) continue
    markDrop(line, rule)
    // `来源:` with its value on the next line: the value goes with it.
    if (rule === 'boilerplate/publishing' && /[:：]$/.test(text)) {
      const next = nextKept(lines, i)
      if (next && next.norm.length <= 20 && !/[。，]/.test(next.norm)) markDrop(next, rule)
    }
  }
  // A line of closing brackets only (`）`, `】`) ends the dropped line above it.
  let prev: Line | undefined
  for (const line of lines) {
    if (line.status === 'blank') continue
    if (line.status === 'keep' && prev?.status === 'drop' && /^[)）\]】」』》”]{1,3}$/.test(line.norm)) markDrop(line, prev.rule ?? 'boilerplate')
    prev = line
  }
}

function nextKept(lines: Line[], i: number): Line | undefined {
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j]!
    if (l.status === 'blank') continue
    return l.status === 'keep' ? l : undefined
  }
  return undefined
}

function setMeta(state: DocumentState, field: 'publishedAt' | 'docNumber' | 'issuer' | 'date' | 'title' | 'source', value: string): void {
  if (field === 'publishedAt' || field === 'date') {
    const iso = findDate(value)
    if (iso) state.meta[field] ??= iso
    return
  }
  state.meta[field] ??= value
}
