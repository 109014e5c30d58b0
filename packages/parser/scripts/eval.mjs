#!/usr/bin/env node
// Line-level evaluation of the parser against the gold files in test/gold/.
// Prints, per document and overall: drop precision/recall/F1, real lines lost,
// heading precision/recall at the right level, and title exact match.
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lineReport, parse } from '../dist/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'test')
const goldDir = join(root, 'gold')
const verbose = process.argv.includes('--verbose')
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7)

function readGold(file) {
  return readFileSync(join(goldDir, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((row) => {
      const [line, label, level, text = ''] = row.split('\t')
      return { line: Number(line), label, level, text }
    })
}

const pct = (x) => (Number.isFinite(x) ? (100 * x).toFixed(1).padStart(5) : '  n/a')
const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r))

const total = { tp: 0, fp: 0, fn: 0, lost: 0, htp: 0, hfp: 0, hfn: 0, titles: 0, titleOk: 0, docs: 0 }
const rows = []
for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.tsv')).sort()) {
  if (only && !file.includes(only)) continue
  const [folder, base] = file.replace(/\.tsv$/, '').split('__')
  const input = readFileSync(join(root, 'fixtures', 'corpus', folder, `${base}.txt`))
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
  rows.push(`${file.replace(/\.tsv$/, '').padEnd(52)} ${pct(p)} ${pct(r)} ${pct(f1(p, r))} ${String(s.lost).padStart(5)} ${pct(hp)} ${pct(hr)}  ${goldTitle ? (titleOk ? 'yes' : 'NO') : '-'}`)
  if (verbose) rows.push(...problems)
}
console.log(`${'document'.padEnd(52)}  dropP  dropR dropF1  lost  headP  headR  title`)
for (const row of rows) console.log(row)
const P = total.tp / (total.tp + total.fp)
const R = total.tp / (total.tp + total.fn)
const HP = total.htp / (total.htp + total.hfp)
const HR = total.htp / (total.htp + total.hfn)
console.log(`${'OVERALL'.padEnd(52)} ${pct(P)} ${pct(R)} ${pct(f1(P, R))} ${String(total.lost).padStart(5)} ${pct(HP)} ${pct(HR)}  ${total.titleOk}/${total.titles}`)
console.log(`documents: ${total.docs}; real lines lost: ${total.lost}; drop F1 ${pct(f1(P, R))} %; heading P/R ${pct(HP)} / ${pct(HR)} %; titles exact ${total.titleOk}/${total.titles}`)
