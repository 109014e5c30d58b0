#!/usr/bin/env node
/**
 * Quality measure of @gongwen/render-outline (run after `npm run build`):
 *   node packages/render-outline/scripts/eval.mjs [--json]
 * 1. chrF (character 6-gram F-score, β = 2, whitespace removed, as sacreBLEU's
 *    chrF) of the offline engine's English against the official English
 *    headings of the 2024 and 2025 national reports;
 * 2. exactness of key-figure conversions on the sample document.
 */
import { readFileSync, existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from '@gongwen/parser'
import { extractFigures, translateOffline } from '../dist/index.js'

const here = dirname(fileURLToPath(import.meta.url))
const shared = [join(here, '../../../../shared/corpus'), '/work/shared/corpus'].find((path) => existsSync(path))
const pairsPath = join(shared, 'parallel/heading_pairs_2024-2025.tsv')
const samplePath = join(shared, 'sample/yubei-2023.txt')
const asJson = process.argv.includes('--json')

// --- chrF -------------------------------------------------------------------
const ORDER = 6
const BETA = 2
function ngrams(text, n) {
  const chars = [...text.replace(/\s+/g, '')]
  const counts = new Map()
  for (let i = 0; i + n <= chars.length; i++) {
    const gram = chars.slice(i, i + n).join('')
    counts.set(gram, (counts.get(gram) ?? 0) + 1)
  }
  return counts
}
function stats(hypothesis, reference) {
  const out = []
  for (let n = 1; n <= ORDER; n++) {
    const hyp = ngrams(hypothesis, n)
    const ref = ngrams(reference, n)
    let match = 0
    let hypTotal = 0
    let refTotal = 0
    for (const [gram, count] of hyp) {
      hypTotal += count
      match += Math.min(count, ref.get(gram) ?? 0)
    }
    for (const count of ref.values()) refTotal += count
    out.push([match, hypTotal, refTotal])
  }
  return out
}
function chrfFromStats(all) {
  let precision = 0
  let recall = 0
  let orders = 0
  for (const [match, hyp, ref] of all) {
    if (hyp > 0 && ref > 0) {
      precision += match / hyp
      recall += match / ref
      orders++
    }
  }
  if (orders === 0) return 0
  precision /= orders
  recall /= orders
  if (precision + recall === 0) return 0
  const b2 = BETA * BETA
  return (100 * (1 + b2) * precision * recall) / (b2 * precision + recall)
}
export function chrF(hypothesis, reference) {
  return chrfFromStats(stats(hypothesis, reference))
}

// --- heading pairs ------------------------------------------------------------
function stripZhMarker(text) {
  return text.replace(/^[一二三四五六七八九十]+、/, '').replace(/^[（(][一二三四五六七八九十]+[）)]/, '').replace(/^——/, '')
}
function headingPart(zh, note) {
  const text = stripZhMarker(zh)
  if (/lead item|sub-section/.test(note)) return text.split('。')[0]
  return text.replace(/[：:。]$/, '')
}
function englishPart(en, note) {
  let text = en.replace(/^(?:[IVX]+|\d+)\.\s*/, '').replace(/^—\s*/, '')
  if (/sub-section/.test(note)) {
    const body = /\s(?=(?:We|To|Acting|Regardless|Continuing|Giving|Thanks)\s)/.exec(text)
    if (body) text = text.slice(0, body.index)
  } else if (/lead item/.test(note)) {
    text = text.split(/(?<=\.)\s/)[0]
  }
  return text.replace(/[.,]$/, '').trim()
}

const rows = readFileSync(pairsPath, 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t'))
const pairs = rows.map(([year, zh, en, note]) => ({ year, note, zh: headingPart(zh, note), ref: englishPart(en, note) }))
const glossary = new Set(
  readFileSync(join(here, '../data/glossary.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[0]),
)
const t0 = performance.now()
const scored = pairs.map((pair) => {
  const translation = translateOffline(pair.zh)
  return { ...pair, hyp: translation.en, source: translation.source, chrf: chrF(translation.en, pair.ref) }
})
const translateMs = performance.now() - t0
const corpus = Array.from({ length: ORDER }, () => [0, 0, 0])
for (const item of scored) {
  stats(item.hyp, item.ref).forEach((s, n) => s.forEach((value, k) => (corpus[n][k] += value)))
}
const corpusChrF = chrfFromStats(corpus)
const meanChrF = scored.reduce((sum, item) => sum + item.chrf, 0) / scored.length
const byKind = {}
for (const item of scored) {
  const kind = /lead/.test(item.note) ? 'lead items' : /sub-section/.test(item.note) ? 'sub-sections' : /top-level/.test(item.note) ? 'top-level sections' : 'other'
  ;(byKind[kind] ??= []).push(item.chrf)
}
const leaked = scored.filter((item) => glossary.has(item.zh)).length
const hanLeft = scored.filter((item) => /\p{Script=Han}/u.test(item.hyp)).length

// --- key figures --------------------------------------------------------------
const SCALE = { 万亿: 12n, 亿: 8n, 万: 4n }
/** An independent exact check with BigInt: value × 10^scale as an integer string of the smallest unit. */
function expectedBase(value, unit) {
  const scale = Object.keys(SCALE).find((word) => unit.startsWith(word) && unit !== '万人次' + '' && !/^(%|个百分点)$/.test(unit))
  const [whole, fraction = ''] = value.split('.')
  const digits = BigInt(whole + fraction)
  const power = (scale ? SCALE[scale] : 0n) - BigInt(fraction.length)
  if (power >= 0n) return (digits * 10n ** power).toString()
  const divisor = 10n ** -power
  const int = digits / divisor
  const rest = (digits % divisor).toString().padStart(Number(-power), '0').replace(/0+$/, '')
  return rest ? `${int}.${rest}` : int.toString()
}
const { tree } = parse(readFileSync(samplePath))
const figures = extractFigures(tree)
let checked = 0
let exact = 0
const mismatches = []
for (const figure of figures) {
  if (figure.value === null || !figure.base || /%|百分点/.test(figure.unit)) continue
  checked++
  const want = expectedBase(figure.value, figure.unit)
  if (want === figure.base.value) exact++
  else mismatches.push(`${figure.indicator.zh} ${figure.value}${figure.unit}: ${figure.base.value} ≠ ${want}`)
}
const required = [
  ['地区生产总值', '2297', '亿元', '229.7 billion yuan', '+0.3%'],
  ['工业总产值', '3462', '亿元', '346.2 billion yuan'],
  ['固定资产投资', '1233', '亿元', '123.3 billion yuan'],
  ['社会消费品零售总额', '1043', '亿元', '104.3 billion yuan'],
  ['一般公共预算收入', '59', '亿元', '5.9 billion yuan'],
  ['城乡居民人均可支配收入', '48647', '元', '48,647 yuan', '+7.9%'],
  ['研发投入占GDP比重', '4.84', '%', '4.84%'],
  ['新签约优质项目', '100', '个', '100'],
  ['协议引资', '930', '亿元', '93 billion yuan'],
]
const found = required.map(([indicator, value, unit, en, change]) => {
  const figure = figures.find((f) => f.indicator.zh.includes(indicator) && f.value === value && f.unit === unit)
  const ok = Boolean(figure && figure.en === en && (!change || figure.change?.en === change) && !/\p{Script=Han}/u.test(figure.indicator.en))
  return { indicator, value: value + unit, en: figure?.en ?? null, change: figure?.change?.en ?? null, indicatorEn: figure?.indicator.en ?? null, ok }
})

const report = {
  headings: {
    pairs: scored.length,
    corpusChrF: Number(corpusChrF.toFixed(1)),
    meanSentenceChrF: Number(meanChrF.toFixed(1)),
    byKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, { n: v.length, meanChrF: Number((v.reduce((a, b) => a + b, 0) / v.length).toFixed(1)) }])),
    fallbackLines: scored.filter((item) => item.source === 'fallback').length,
    linesWithHanLeft: hanLeft,
    evalHeadingsFoundVerbatimInGlossary: leaked,
    msPerLine: Number((translateMs / scored.length).toFixed(2)),
  },
  figures: { sampleFigures: figures.length, conversionsChecked: checked, exact, mismatches, required: found, requiredFound: found.filter((f) => f.ok).length },
}

if (asJson) {
  console.log(JSON.stringify(report, null, 2))
} else {
  console.log('render-outline eval')
  console.log(`  headings: ${scored.length} official zh/en pairs (2024, 2025)`)
  console.log(`  chrF (corpus) ${report.headings.corpusChrF}   mean sentence chrF ${report.headings.meanSentenceChrF}`)
  for (const [kind, value] of Object.entries(report.headings.byKind)) console.log(`    ${kind}: n=${value.n} chrF ${value.meanChrF}`)
  console.log(`  fallback lines ${report.headings.fallbackLines}, lines with Han left ${hanLeft}, eval headings verbatim in glossary ${leaked}`)
  console.log('  examples (offline | official):')
  for (const item of scored.filter((_, i) => i % Math.max(1, Math.floor(scored.length / 10)) === 0).slice(0, 10)) {
    console.log(`    ${item.zh}\n      ours:     ${item.hyp}  [${item.source}, chrF ${item.chrf.toFixed(1)}]\n      official: ${item.ref}`)
  }
  console.log(`  key figures on the sample: ${figures.length} found, ${exact}/${checked} conversions exact (BigInt check)`)
  for (const item of found) console.log(`    ${item.ok ? 'ok ' : 'BAD'} ${item.indicator} ${item.value} → ${item.en}${item.change ? ' ' + item.change : ''} (${item.indicatorEn})`)
  if (mismatches.length) console.log('  mismatches:\n    ' + mismatches.join('\n    '))
}
