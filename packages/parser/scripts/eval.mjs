#!/usr/bin/env node
// npm run eval: line-level scores of the parser on the gold files in test/gold/.
// Per document and overall: drop precision/recall/F1, real lines lost,
// heading precision/recall at the right level, title exact match.
import { lineReport, parse } from '../dist/index.js'
import { evaluate } from './eval-lib.mjs'

const verbose = process.argv.includes('--verbose')
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7)
const pct = (x) => (Number.isFinite(x) ? (100 * x).toFixed(1).padStart(5) : '  n/a')
const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r))

const { docs, total } = evaluate({ parse, lineReport }, only)
console.log(`${'document'.padEnd(52)}  dropP  dropR dropF1  lost  headP  headR  title`)
for (const d of docs) {
  console.log(`${d.name.padEnd(52)} ${pct(d.p)} ${pct(d.r)} ${pct(f1(d.p, d.r))} ${String(d.lost).padStart(5)} ${pct(d.hp)} ${pct(d.hr)}  ${d.hasTitle ? (d.titleOk ? 'yes' : 'NO') : '-'}`)
  if (verbose) for (const p of d.problems) console.log(p)
}
console.log(`${'OVERALL'.padEnd(52)} ${pct(total.P)} ${pct(total.R)} ${pct(total.F1)} ${String(total.lost).padStart(5)} ${pct(total.HP)} ${pct(total.HR)}  ${total.titleOk}/${total.titles}`)
console.log(`documents: ${total.docs}; real lines lost: ${total.lost}; drop F1 ${pct(total.F1)} %; heading P/R ${pct(total.HP)} / ${pct(total.HR)} %; titles exact ${total.titleOk}/${total.titles}`)
