// Single-thread toPdf throughput. Parses the documents once, then times
// toPdf over them: the first (cold) pass pays for reading fonts and for
// every glyph's first use, as each worker of a batch does; the warm passes
// after it show the steady state.
//
//   node scripts/bench.mjs [set] [rounds]
//
// set: `bench` (default: the 24 documents the root `npm run bench` converts
// to PDF), `provinces` (the 21 provincial 2026 reports), or a folder.
// Needs `npm run build` at the root (reads dist/ of this package and the parser).
// BENCH_DIST=<folder> times another build of this package (e.g. an older
// commit compiled elsewhere) against the same documents.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse } from '@gongwen/parser'

const dist = process.env.BENCH_DIST ? pathToFileURL(resolve(process.env.BENCH_DIST, 'index.js')).href : '../dist/index.js'
const { preloadFonts, toPdf } = await import(dist)

const CORPUS = '/work/shared/corpus'
const set = process.argv[2] ?? 'bench'
const rounds = Number(process.argv[3] ?? 3)

function walk(dir) {
  const out = []
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name)
    if (statSync(full).isDirectory()) out.push(...walk(full))
    else if (/\.(txt|html)$/i.test(name)) out.push(full)
  }
  return out
}

const files = set === 'bench' ? walk(CORPUS).slice(0, 24) : walk(set === 'provinces' ? join(CORPUS, 'provinces-2026') : set)
const trees = files.map((f) => parse(readFileSync(f)).tree)
const text = (n) => n.value ?? (n.children ?? []).map(text).join('')
const chars = trees.reduce((sum, t) => sum + text(t).length, 0)

// CPU time (user + system, this thread and V8's helpers) besides wall time:
// on a shared machine it moves less with other people's load.
const cpuMs = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}
let t = performance.now()
let c = cpuMs()
preloadFonts()
const loadMs = performance.now() - t
const loadCpu = cpuMs() - c
t = performance.now()
c = cpuMs()
let bytes = 0
for (const tree of trees) bytes += (await toPdf(tree)).length
const coldMs = performance.now() - t
const coldCpu = cpuMs() - c

const per = []
const perCpu = []
for (let r = 0; r < rounds; r++) {
  t = performance.now()
  c = cpuMs()
  for (const tree of trees) await toPdf(tree)
  per.push((performance.now() - t) / trees.length)
  perCpu.push((cpuMs() - c) / trees.length)
}
const best = Math.min(...per)
const n = trees.length
console.log(`${n} documents (${set}), ${Math.round(chars / n)} characters and ${(bytes / n / 1024).toFixed(0)} KiB of PDF on average`)
console.log(`cold: font preload ${loadMs.toFixed(0)} ms (cpu ${loadCpu.toFixed(0)}) + first pass ${(coldMs / n).toFixed(1)} ms/doc (cpu ${(coldCpu / n).toFixed(1)}) = ${((loadMs + coldMs) / n).toFixed(1)} ms/doc`)
console.log(`warm: ${per.map((p) => p.toFixed(1)).join(', ')} ms/doc (cpu ${perCpu.map((p) => p.toFixed(1)).join(', ')}); best ${best.toFixed(1)} ms/doc = ${(1000 / best).toFixed(1)} docs/s (single thread)`)
console.log(`RSS at end ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`)
