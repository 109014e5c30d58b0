#!/usr/bin/env node
// npm run fuzz [-- --count N --seed S]: generated documents through the parser
// and every renderer. Seeded and reproducible: a failure prints the seed and
// the document index to rerun with. Half the documents are scraped-looking
// text built from real corpus lines, boilerplate and noise, parsed first; the
// other half are trees generated directly. Every DOCX must hold every text
// value of its tree; every PDF must be a PDF (and, every --pdftotext-every
// documents, give back the tree's text through pdftotext).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inflateRawSync } from 'node:zlib'
import { GongwenError, parse } from '@gongwen/parser'
import { toDocx } from '@gongwen/render-docx'
import { toPdf } from '@gongwen/render-pdf'
import { briefToHtml, briefToMarkdown, outlineToHtml, outlineToJson, outlineToMarkdown, outlineToOpml, toBrief, toOutline } from '@gongwen/render-outline'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const count = arg('count', 10_000)
const seed = arg('seed', 20261128)
const pdfEvery = arg('pdftotext-every', 200)
const only = arg('only', -1)

// mulberry32: small, fast, seedable.
function rng(s) {
  let a = s >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Real lines from the repository's fixtures (the clone has them; ../shared may not be there).
const fixtureDir = join(root, 'packages', 'parser', 'test', 'fixtures', 'corpus')
const realLines = []
for (const folder of ['sample', 'provinces-2026', 'govcn-2018-page', 'national-wikisource', 'tjgb']) {
  const dir = join(fixtureDir, folder)
  for (const name of readdirSync(dir)) {
    if (!statSync(join(dir, name)).isFile()) continue
    for (const l of readFileSync(join(dir, name), 'utf8').split(/\r?\n/)) if (l.trim() && l.length < 600) realLines.push(l)
  }
}
const chrome = ['下载', '打印', '【字号：', '加大', '】', '来源：新华社', '扫一扫在手机打开当前页', '<U+00A0>', '<!--', '-->', '本文地址:/a/1.html', '相关报道：', 'Public domain', '当前位置：首页>>要闻', '分享到：', '责任编辑：张三']
const structural = ['一、总体要求', '（一）稳增长', '1．扩大内需', '（1）提振消费', '第一章 总则', '第一条　本办法所称', '二、主要任务', '——坚定不移推进改革。', '①新签约项目；', '目录', '附件1', '名词解释', '各位代表：', '国务院', '2018年11月16日']
const alphabets = [
  '的一是了我不人在他有这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴注存',
  '，。、；：？！“”‘’（）《》【】……——·',
  '0123456789%.％万亿元个家人吨平方米',
  'abcdefghijklmnopqrstuvwxyzGDPCPI ',
  '𠀀𠀁𠀂𪚥①②③④⑤⑥⑦⑧⑨⑩℃㎡㎞\u0301\u200f\u202e\u3000\u00a0\t<>&"\'',
]

function pick(r, list) {
  return list[Math.floor(r() * list.length)]
}

function noiseString(r, max) {
  const n = 1 + Math.floor(r() * max)
  const alphabet = [...alphabets[Math.floor(r() ** 2 * alphabets.length)]]
  let s = ''
  for (let i = 0; i < n; i++) s += r() < 0.85 ? pick(r, alphabet) : pick(r, [...alphabets[0]])
  if (r() < 0.02) s += '\ud800' // a lone surrogate
  return s
}

function scrapedText(r) {
  const lines = []
  if (r() < 0.7) lines.push(pick(r, ['政府工作报告', '2026年某省政府工作报告', '国务院关于印发某某方案的通知', '某县2022年国民经济和社会发展统计公报']))
  const n = Math.floor(r() * 40)
  for (let i = 0; i < n; i++) {
    const x = r()
    if (x < 0.55) lines.push(pick(r, realLines))
    else if (x < 0.7) lines.push(pick(r, chrome))
    else if (x < 0.85) lines.push(pick(r, structural))
    else if (x < 0.97) lines.push(noiseString(r, 80))
    else lines.push(noiseString(r, 4000))
  }
  return lines.join(pick(r, ['\n', '\r\n', '\r', '\n\n']))
}

const text = (value) => ({ type: 'text', value })
const phrase = (r) => noiseString(r, 60).replace(/\s+/g, ' ').trim() || '空'

function generatedTree(r) {
  const children = [{ type: 'title', children: [text(phrase(r))] }]
  if (r() < 0.5) children.push({ type: 'subtitle', children: [text(`——${phrase(r)}`)] })
  if (r() < 0.4) children.push({ type: 'speaker', name: '张三', role: '省长', children: [text('省长张三')] })
  if (r() < 0.5) children.push({ type: 'salutation', children: [text('各位代表：')] })
  const n = Math.floor(r() * 30)
  const block = () => {
    const x = r()
    if (x < 0.25) {
      const depth = 1 + Math.floor(r() * 6)
      return { type: 'heading', depth, numbering: r() < 0.8 ? { marker: '一、', style: 'cn-comma', ordinal: 1 } : null, children: [text(phrase(r))] }
    }
    if (x < 0.35) {
      return { type: 'paragraph', children: [{ type: 'runInHeading', depth: 1 + Math.floor(r() * 3), numbering: { marker: '（一）', style: 'cn-paren', ordinal: 1 }, children: [text(`${phrase(r)}。`)] }, text(noiseString(r, 300))] }
    }
    if (x < 0.45) {
      const style = r() < 0.5 ? 'dash' : 'circled'
      return { type: 'list', style, ordered: style === 'circled', children: Array.from({ length: 1 + Math.floor(r() * 5) }, (_, i) => ({ type: 'listItem', marker: style === 'dash' ? '——' : '①②③④⑤'[i], children: [text(noiseString(r, 200))] })) }
    }
    if (x < 0.48) return { type: 'signature', children: [{ type: 'paragraph', children: [text('国务院')] }, { type: 'paragraph', children: [text('2018年11月16日')] }] }
    if (x < 0.5) return { type: 'toc', children: [{ type: 'paragraph', children: [text('目录')] }, { type: 'paragraph', children: [text(phrase(r))] }] }
    return { type: 'paragraph', children: [text(noiseString(r, r() < 0.05 ? 6000 : 400))] }
  }
  for (let i = 0; i < n; i++) children.push(block())
  if (r() < 0.2) children.push({ type: 'appendix', label: '附件1', children: [{ type: 'heading', depth: 1, numbering: null, children: [text('附件1')] }, block(), block()] })
  const meta = { title: children[0].children[0].value }
  if (r() < 0.5) meta.date = '2023-02-08'
  return { type: 'root', children, data: { astVersion: 1, meta, removed: [] } }
}

/** The text values of a tree, in order. */
function textValues(node, out = []) {
  if (node.type === 'text') out.push(node.value)
  if (node.children) for (const c of node.children) textValues(c, out)
  return out
}

/** document.xml of a DOCX, read from the zip's central directory. */
function docxText(bytes) {
  const buf = Buffer.from(bytes)
  let eocd = buf.length - 22
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--
  let at = buf.readUInt32LE(eocd + 16)
  const entries = buf.readUInt16LE(eocd + 10)
  for (let i = 0; i < entries; i++) {
    const method = buf.readUInt16LE(at + 10)
    const size = buf.readUInt32LE(at + 20)
    const nameLength = buf.readUInt16LE(at + 28)
    const extra = buf.readUInt16LE(at + 30)
    const comment = buf.readUInt16LE(at + 32)
    const local = buf.readUInt32LE(at + 42)
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength)
    if (name === 'word/document.xml') {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28)
      const data = buf.subarray(start, start + size)
      const xml = (method === 8 ? inflateRawSync(data) : data).toString('utf8')
      return xml.replace(/<w:tab\/>/g, '').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
    }
    at += 46 + nameLength + extra + comment
  }
  throw new Error('no word/document.xml in the DOCX')
}

// What a renderer may legitimately change in text: white space, invisible and control characters, lone surrogates.
const squeeze = (s) => s.replace(/[\s\u200b-\u200f\u202a-\u202e\u2060\ufeff\ufffd\u0000-\u001f\u007f]/g, '').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')

let havePdftotext = true
try {
  execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
} catch {
  havePdftotext = false
  console.log('note: pdftotext not found; PDF text is not checked')
}
const scratch = mkdtempSync(join(tmpdir(), 'gongwen-fuzz-'))

const started = performance.now()
let slowest = { ms: 0, index: -1 }
let parsed = 0
let refused = 0
let rendered = 0
for (let index = 0; index < count; index++) {
  if (only >= 0 && index !== only) continue
  const r = rng(seed + index * 7919)
  const t0 = performance.now()
  let stage = 'generate'
  let lastTree
  let lastPdf
  try {
    let tree
    if (index % 2 === 0) {
      stage = 'parse'
      try {
        tree = parse(scrapedText(r)).tree
        parsed++
      } catch (error) {
        if (!(error instanceof GongwenError) || error.message.includes('\n')) throw error
        refused++
        continue
      }
    } else {
      tree = generatedTree(r)
    }
    lastTree = tree
    const preset = index % 4 < 2 ? 'official' : 'report'
    stage = 'docx'
    const docx = await toDocx(tree, { preset })
    const inDocx = squeeze(docxText(docx))
    let from = 0
    for (const value of textValues(tree)) {
      const v = squeeze(value)
      if (!v) continue
      const at = inDocx.indexOf(v, from)
      if (at < 0) throw new Error(`DOCX lacks the text ${JSON.stringify(value.slice(0, 40))}`)
      from = at + v.length
    }
    stage = 'pdf'
    const pdf = await toPdf(tree, { preset, toc: index % 10 === 3 })
    lastPdf = pdf
    if (Buffer.from(pdf.subarray(0, 5)).toString() !== '%PDF-') throw new Error('PDF output does not start with %PDF-')
    // pdftotext reorders text around bidi controls (U+202E…): the order check is meaningless there.
    const bidi = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(textValues(tree).join(''))
    if (havePdftotext && pdfEvery > 0 && index % pdfEvery === 0 && !bidi) {
      const file = join(scratch, 'x.pdf')
      writeFileSync(file, pdf)
      const got = squeeze(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })).replace(/[^\u3400-\u9fff0-9A-Za-z]/g, '')
      // Every Han character, letter and digit of the tree, in content order (-raw:
      // pdftotext's layout mode may reorder lines of widely spaced text); running
      // headers and page numbers may stand between them.
      let at = 0
      for (const value of textValues(tree)) {
        for (const ch of squeeze(value).replace(/[^\u3400-\u9fff0-9A-Za-z]/g, '')) {
          const found = got.indexOf(ch, at)
          if (found < 0) throw new Error(`PDF text lacks ${JSON.stringify(ch)} of ${JSON.stringify(value.slice(0, 40))}`)
          at = found + 1
        }
      }
    }
    stage = 'outline'
    const outline = await toOutline(tree, { leads: index % 3 === 0 })
    outlineToMarkdown(outline)
    outlineToHtml(outline)
    outlineToJson(outline)
    outlineToOpml(outline)
    stage = 'brief'
    const brief = await toBrief(tree)
    briefToMarkdown(brief)
    briefToHtml(brief)
  } catch (error) {
    // Keep what failed, to look at.
    const kept = join(tmpdir(), `gongwen-fuzz-${seed}-${index}`)
    if (lastTree) writeFileSync(`${kept}.json`, JSON.stringify(lastTree, null, 1))
    if (lastPdf) writeFileSync(`${kept}.pdf`, lastPdf)
    console.error(`fuzz: document ${index} failed in ${stage} (rerun: npm run fuzz -- --seed ${seed} --only ${index}; tree${lastPdf ? ' and PDF' : ''} kept in ${kept}.*): ${error?.stack ?? error}`)
    rmSync(scratch, { recursive: true, force: true })
    process.exit(1)
  }
  rendered++
  const ms = performance.now() - t0
  if (ms > slowest.ms) slowest = { ms, index }
  if ((index + 1) % 1000 === 0) console.log(`${index + 1} documents, ${((performance.now() - started) / 1000).toFixed(1)} s`)
}
rmSync(scratch, { recursive: true, force: true })
const seconds = (performance.now() - started) / 1000
console.log(`fuzz: ${rendered + refused} documents (seed ${seed}): ${parsed} parsed from generated text, ${refused} refused with a clear error, ${rendered - parsed} generated trees; all ${rendered} rendered to DOCX, PDF, outline and brief without a failure`)
console.log(`fuzz: ${seconds.toFixed(1)} s in all, ${((seconds * 1000) / Math.max(1, rendered + refused)).toFixed(1)} ms a document, slowest ${slowest.ms.toFixed(0)} ms (document ${slowest.index})`)
