// Line-level evaluation against the gold files (see test/gold/README.md).
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const testDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test')
const goldDir = join(testDir, 'gold')

function readGold(file) {
  return readFileSync(join(goldDir, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((row) => {
      const [line, label, level, text = ''] = row.split('\t')
      return { line: Number(line), label, level, text }
    })
}

export const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r))

/**
 * Scores `parse` + `lineReport` on every gold file. Returns per-document
 * counts, the problems found (for --verbose) and the totals.
 */
export function evaluate({ parse, lineReport }, only) {
  const total = { tp: 0, fp: 0, fn: 0, lost: 0, htp: 0, hfp: 0, hfn: 0, titles: 0, titleOk: 0, docs: 0 }
  const docs = []
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.tsv')).sort()) {
    if (only && !file.includes(only)) continue
    const [folder, base] = file.replace(/\.tsv$/, '').split('__')
    const input = readFileSync(join(testDir, 'fixtures', 'corpus', folder, `${base}.txt`))
    const { tree, text } = parse(input)
    const report = lineReport(tree, text)
    const gold = readGold(file)
    const s = { tp: 0, fp: 0, fn: 0, lost: 0, htp: 0, hfp: 0, hfn: 0 }
    const problems = []
    for (const g of gold) {
      const p = report[g.line - 1]
      if (!p) continue
      if (g.label === 'blank') continue
      const predDrop = p.status === 'drop'
      const goldDrop = g.label === 'drop'
      if (predDrop && goldDrop) s.tp++
      else if (predDrop && !goldDrop) {
        s.fp++
        s.lost++
        problems.push(`  LOST  ${g.line} [${p.rule}] ${g.text}`)
      } else if (!predDrop && goldDrop) {
        s.fn++
        problems.push(`  KEPT  ${g.line} ${g.text}`)
      }
      const gh = /^R?\d$/.test(g.level) ? g.level : null
      const ph = /^R?\d$/.test(p.level) && p.status !== 'drop' ? p.level : null
      if (gh && ph && gh === ph) s.htp++
      else {
        if (ph) s.hfp++
        if (gh) s.hfn++
        if (gh || ph) problems.push(`  HEAD  ${g.line} gold=${gh ?? '-'} got=${ph ?? '-'} ${g.text}`)
      }
    }
    const goldTitle = gold.filter((g) => g.level === 'T').map((g) => g.line).join(',')
    const predTitle = report.filter((r) => r.level === 'T').map((r) => r.line).join(',')
    const titleOk = goldTitle === predTitle
    if (goldTitle) {
      total.titles++
      if (titleOk) total.titleOk++
    }
    if (!titleOk) problems.push(`  TITLE gold=${goldTitle || '-'} got=${predTitle || '-'}`)
    for (const k of Object.keys(s)) total[k] += s[k]
    total.docs++
    const p = s.tp / (s.tp + s.fp)
    const r = s.tp / (s.tp + s.fn)
    const hp = s.htp / (s.htp + s.hfp)
    const hr = s.htp / (s.htp + s.hfn)
    docs.push({ name: file.replace(/\.tsv$/, ''), ...s, p, r, hp, hr, hasTitle: Boolean(goldTitle), titleOk, problems })
  }
  const P = total.tp / (total.tp + total.fp)
  const R = total.tp / (total.tp + total.fn)
  const HP = total.htp / (total.htp + total.hfp)
  const HR = total.htp / (total.htp + total.hfn)
  return { docs, total: { ...total, P, R, F1: f1(P, R), HP, HR } }
}
