#!/usr/bin/env node
/**
 * How much of the provincial reports' outlines the offline engine reads as
 * real English (run after `npm run build`):
 *   node packages/render-outline/scripts/fallback-report.mjs [--json] [--list] [dir]
 * Parses every `*.txt` of the 2026 provincial reports with @gongwen/parser,
 * builds the outline without leads, and prints per document and overall the
 * number of entries, the glossary/pattern share, the fallback share, and the
 * 30 most frequent fallback segments (from `explainOffline`).
 * `--list` also prints every fallback line with its English.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from '@gongwen/parser'
import { createOfflineTranslator, explainOffline, toOutline } from '../dist/index.js'

const here = dirname(fileURLToPath(import.meta.url))
const args = process.argv.slice(2)
const asJson = args.includes('--json')
const list = args.includes('--list')
const dirArg = args.find((arg) => !arg.startsWith('--'))
const shared = [join(here, '../../../../shared/corpus'), '/work/shared/corpus'].find((path) => existsSync(path))
const dir = dirArg ?? join(shared, 'provinces-2026')

const translator = createOfflineTranslator()
const documents = []
const segments = new Map()
const fallbackLines = []
for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt')).sort()) {
  const { tree } = parse(readFileSync(join(dir, name)))
  const outline = await toOutline(tree, { leads: false, translator })
  let entries = 0
  let glossary = 0
  const walk = (list) => {
    for (const entry of list) {
      entries++
      if (entry.source === 'fallback') {
        fallbackLines.push({ document: name, zh: entry.zh, en: entry.en })
        for (const token of explainOffline(entry.zh)) {
          if (token.kind === 'fallback') segments.set(token.zh, (segments.get(token.zh) ?? 0) + 1)
        }
      } else glossary++
      walk(entry.children)
    }
  }
  walk(outline.entries)
  documents.push({ document: name, entries, glossary, fallback: entries - glossary })
}

const total = documents.reduce((sum, d) => ({ entries: sum.entries + d.entries, glossary: sum.glossary + d.glossary, fallback: sum.fallback + d.fallback }), { entries: 0, glossary: 0, fallback: 0 })
const share = (part, whole) => (whole ? Number(((100 * part) / whole).toFixed(1)) : 0)
const top = [...segments].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 30)

if (asJson) {
  console.log(JSON.stringify({ directory: dir, documents: documents.map((d) => ({ ...d, glossaryShare: share(d.glossary, d.entries), fallbackShare: share(d.fallback, d.entries) })), total: { ...total, glossaryShare: share(total.glossary, total.entries), fallbackShare: share(total.fallback, total.entries) }, topFallbackSegments: top.map(([zh, count]) => ({ zh, count })), ...(list ? { fallbackLines } : {}) }, null, 2))
} else {
  console.log(`fallback report: ${dir}`)
  console.log('  document                     entries  glossary  fallback')
  for (const d of documents) console.log(`  ${d.document.padEnd(28)} ${String(d.entries).padStart(7)}  ${String(share(d.glossary, d.entries)).padStart(7)}%  ${String(share(d.fallback, d.entries)).padStart(7)}%`)
  console.log(`  ${'overall'.padEnd(28)} ${String(total.entries).padStart(7)}  ${String(share(total.glossary, total.entries)).padStart(7)}%  ${String(share(total.fallback, total.entries)).padStart(7)}%`)
  console.log('  most frequent fallback segments:')
  console.log('    ' + top.map(([zh, count]) => `${zh} ${count}`).join(', '))
  if (list) for (const line of fallbackLines) console.log(`  ${line.document}\t${line.zh}\t${line.en}`)
}
