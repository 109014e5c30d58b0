import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import * as fontkit from 'fontkit'
import type { Font, Glyph } from 'fontkit'
import type { FontStack } from '@gongwen/presets'
import { useRawCmap } from './cmap.js'
import { readFontLazily } from './lazy-glyf.js'
import { cacheSubsetGlyphs } from './subset-cache.js'
import { assembleSubsets } from './subset-encode.js'
import { type FacePart, mergeSplitFace } from './split-face.js'
import { decodeWoff2GlyphsLazily, repairWoff2Subsetting, useNativeBrotli } from './woff2.js'

/** The font roles the presets ask for (`FontStack['embed']`). */
export type FaceName = FontStack['embed']

/** One loaded font file, shared by every document of the process. */
export interface FontFile {
  /** Stable name used to register the file with a PDF document. */
  key: string
  font: Font
  unitsPerEm: number
}

const require = createRequire(import.meta.url)

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`))
}

/** Where each whole-file face lives; chosen in the README (Fonts). */
const FILES: Record<Exclude<FaceName, 'kai'>, () => string> = {
  serif: () => join(packageDir('@expo-google-fonts/noto-serif-sc'), '400Regular/NotoSerifSC_400Regular.ttf'),
  'serif-bold': () => join(packageDir('@expo-google-fonts/noto-serif-sc'), '700Bold/NotoSerifSC_700Bold.ttf'),
  sans: () => join(packageDir('@expo-google-fonts/noto-sans-sc'), '400Regular/NotoSansSC_400Regular.ttf'),
  'sans-bold': () => join(packageDir('@expo-google-fonts/noto-sans-sc'), '700Bold/NotoSansSC_700Bold.ttf'),
}

const fileCache = new Map<string, FontFile>()

/**
 * pdfkit shapes text with fontkit's OpenType engine, which is slow for long
 * CJK runs and can kern or ligate behind the layout's back. The layout
 * positions every character itself, so anything that asks pdfkit to lay
 * text out gets the same plain advances: one glyph per code point, nominal
 * width. (Drawing does not go through it; see `glyphFor`.)
 */
function useNominalLayout(file: FontFile): void {
  file.font.layout = (text: string) => {
    const run: Glyph[] = []
    const positions: Array<{ xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }> = []
    for (const ch of text) {
      const glyph = glyphFor(file, ch.codePointAt(0) ?? 0)
      run.push(glyph)
      positions.push({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 })
    }
    return {
      glyphs: run,
      positions,
      // pdfkit scales `positions` in place after layout, so sum them lazily.
      get advanceWidth() {
        let sum = 0
        for (const p of positions) sum += p.xAdvance
        return sum
      },
    }
  }
}

const glyphCache = new Map<FontFile, Map<number, Glyph>>()

/**
 * The glyph `file` draws for `cp`, cached for the process: fontkit's cmap
 * lookup is the hot spot of drawing, and every document repeats the same
 * few thousand characters.
 */
export function glyphFor(file: FontFile, cp: number): Glyph {
  let byCp = glyphCache.get(file)
  if (!byCp) {
    byCp = new Map()
    glyphCache.set(file, byCp)
  }
  let glyph = byCp.get(cp)
  if (!glyph) {
    glyph = file.font.glyphForCodePoint(cp)
    byCp.set(cp, glyph)
  }
  return glyph
}

function loadFile(key: string, path: () => string, woff2 = false): FontFile {
  let file = fileCache.get(key)
  if (!file) {
    let font: Font
    if (woff2) {
      font = fontkit.create(readFileSync(path()))
      // Native Brotli first: the cmap reader makes the WOFF2 file inflate its tables.
      repairWoff2Subsetting(decodeWoff2GlyphsLazily(useNativeBrotli(font)))
    } else {
      const lazy = readFontLazily(path())
      font = cacheSubsetGlyphs(lazy.attach(fontkit.create(lazy.bytes)))
    }
    useRawCmap(font)
    assembleSubsets(font)
    if (woff2) useTableHorizontalMetrics(font)
    else useRawHorizontalMetrics(font)
    file = { key, font, unitsPerEm: font.unitsPerEm }
    useNominalLayout(file)
    fileCache.set(key, file)
  }
  return file
}

interface MetricsInternals {
  directory: { tables: Record<string, { offset: number } | undefined> }
  hhea: { numberOfMetrics: number }
  stream: { buffer: Uint8Array }
  glyphForCodePoint(cp: number): Glyph & { _metrics?: unknown }
}

/**
 * fontkit works out a glyph's metrics by decoding its outline box and the
 * whole hmtx and vmtx tables into objects (~30,000 entries each for a CJK
 * font). Horizontal layout needs only the advance and left bearing, which
 * are two numbers at a fixed offset of the hmtx table, so read those and
 * hand them to fontkit before it asks.
 */
function useRawHorizontalMetrics(font: Font): void {
  const internals = font as unknown as MetricsInternals
  const table = internals.directory.tables['hmtx']
  if (!table) return
  const longMetrics = internals.hhea.numberOfMetrics
  const bytes = internals.stream.buffer
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const base = table.offset
  const glyphForCodePoint = font.glyphForCodePoint.bind(font)
  const unitsPerEm = font.unitsPerEm
  font.glyphForCodePoint = (cp: number) => {
    const glyph = glyphForCodePoint(cp) as Glyph & { _metrics?: unknown }
    if (!glyph._metrics) {
      const id = glyph.id
      const long = Math.min(id, longMetrics - 1)
      const advanceWidth = view.getUint16(base + 4 * long)
      const leftBearing = id < longMetrics ? view.getInt16(base + 4 * id + 2) : view.getInt16(base + 4 * longMetrics + 2 * (id - longMetrics))
      glyph._metrics = { advanceWidth, advanceHeight: unitsPerEm, leftBearing, topBearing: 0 }
    }
    return glyph
  }
}

interface HmtxInternals {
  hmtx: {
    metrics: { length: number; get(i: number): { advance: number; bearing: number } | undefined }
    bearings: { get(i: number): number | undefined }
  }
}

/**
 * The same for the small WOFF2 files, whose tables are compressed: take the
 * metrics from fontkit's decoded hmtx table, skipping the outline box that
 * fontkit would decode first.
 */
function useTableHorizontalMetrics(font: Font): void {
  const internals = font as unknown as HmtxInternals
  const glyphForCodePoint = font.glyphForCodePoint.bind(font)
  const unitsPerEm = font.unitsPerEm
  font.glyphForCodePoint = (cp: number) => {
    const glyph = glyphForCodePoint(cp) as Glyph & { _metrics?: unknown }
    if (!glyph._metrics) {
      const { metrics, bearings } = internals.hmtx
      const id = glyph.id
      const long = metrics.get(Math.min(id, metrics.length - 1))
      const advanceWidth = long?.advance ?? 0
      const leftBearing = id < metrics.length ? (long?.bearing ?? 0) : (bearings.get(id - metrics.length) ?? 0)
      glyph._metrics = { advanceWidth, advanceHeight: unitsPerEm, leftBearing, topBearing: 0 }
    }
    return glyph
  }
}

// ---------------------------------------------------------------------------
// LXGW WenKai: on npm only as WOFF2 files split by unicode-range, so the face
// is a set of files; each is loaded the first time one of its characters is
// needed.

interface KaiRange {
  start: number
  end: number
  /** The file's number (`…-subset-N.woff2`). */
  number: number
}

let kaiRanges: KaiRange[] | undefined
let kaiDir: string | undefined
/** File names by number. */
const kaiFiles = new Map<number, string>()

function loadKaiRanges(): KaiRange[] {
  if (kaiRanges) return kaiRanges
  kaiDir = packageDir('lxgw-wenkai-webfont')
  const css = readFileSync(join(kaiDir, 'lxgwwenkai-regular.css'), 'utf8')
  const ranges: KaiRange[] = []
  const block = /src:\s*url\('\.\/([^']+)'\)[^;]*;\s*unicode-range:\s*([^;}]+)/g
  for (const match of css.matchAll(block)) {
    const file = match[1] ?? ''
    const numbered = /subset-(\d+)\.woff2$/.exec(file)
    if (!numbered) continue
    const number = Number(numbered[1])
    kaiFiles.set(number, file)
    for (const part of (match[2] ?? '').split(',')) {
      const m = /U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/i.exec(part.trim())
      if (!m || !m[1]) continue
      const startHex = m[1].replace(/\?/g, '0')
      const endHex = m[2] ?? m[1].replace(/\?/g, 'f')
      ranges.push({ start: parseInt(startHex, 16), end: parseInt(endHex, 16), number })
    }
  }
  ranges.sort((a, b) => a.start - b.start)
  kaiRanges = ranges
  return ranges
}

/** The file of the Kai face that covers `cp`, loaded on first use; null outside every range. */
function kaiPartFor(cp: number): FacePart | null {
  const ranges = loadKaiRanges()
  let lo = 0
  let hi = ranges.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const r = ranges[mid] as KaiRange
    if (cp < r.start) hi = mid - 1
    else if (cp > r.end) lo = mid + 1
    else return kaiPart(r.number)
  }
  return null
}

function kaiPart(number: number): FacePart {
  const file = loadFile(`kai-${number}`, () => join(kaiDir as string, kaiFiles.get(number) as string), true)
  return { number, font: file.font }
}

let kaiFace: FontFile | undefined

/** The Kai face: its files drawn as one font (`mergeSplitFace`), made on first use. */
function kaiFileFor(cp: number): FontFile | null {
  if (!kaiFace) {
    const ranges = loadKaiRanges()
    const first = kaiPart(Math.min(...ranges.map((r) => r.number)))
    const font = mergeSplitFace(first, { partFor: kaiPartFor, partByNumber: kaiPart })
    kaiFace = { key: 'kai', font, unitsPerEm: font.unitsPerEm }
    useNominalLayout(kaiFace)
  }
  return kaiFace.font.hasGlyphForCodePoint(cp) ? kaiFace : null
}

// ---------------------------------------------------------------------------

function wholeFileFor(face: Exclude<FaceName, 'kai'>, cp: number): FontFile | null {
  const file = loadFile(face, FILES[face])
  return file.font.hasGlyphForCodePoint(cp) ? file : null
}

function faceFileFor(face: FaceName, cp: number): FontFile | null {
  return face === 'kai' ? kaiFileFor(cp) : wholeFileFor(face, cp)
}

/**
 * Where a character that its face lacks is looked for, in order. Noto Serif SC
 * and Noto Sans SC cover GB 18030's BMP repertoire; WenKai adds some rarer
 * characters. Nothing on npm covers CJK Extension B, see `resolveGlyph`.
 */
const FALLBACK: FaceName[] = ['serif', 'sans', 'kai']

const resolved = new Map<FaceName, Map<number, FontFile | null>>()

/**
 * The layout asks for every character of every document, so BMP answers are
 * kept per face in flat tables: the file (index + 1 into `tableFiles`, -1 for
 * none, 0 for not asked yet) and its advance in em.
 */
interface FaceTable {
  files: Int16Array
  advances: Float64Array
}
const faceTables = new Map<FaceName, FaceTable>()
const tableFiles: FontFile[] = []
const tableIndex = new Map<FontFile, number>()

function faceTable(face: FaceName): FaceTable {
  let table = faceTables.get(face)
  if (!table) {
    table = { files: new Int16Array(0x10000), advances: new Float64Array(0x10000) }
    faceTables.set(face, table)
  }
  return table
}

/**
 * The font file that draws `cp` for `face`: the face itself, else the first
 * fallback that has the glyph, else null (the caller draws a visible
 * substitute, never a .notdef box).
 */
export function resolveGlyph(face: FaceName, cp: number): FontFile | null {
  if (cp >= 0x10000) return resolveUncached(face, cp)
  const table = faceTable(face)
  const k = table.files[cp] as number
  if (k > 0) return tableFiles[k - 1] as FontFile
  if (k < 0) return null
  const file = resolveUncached(face, cp)
  if (file) {
    let index = tableIndex.get(file)
    if (index === undefined) {
      index = tableFiles.push(file)
      tableIndex.set(file, index)
    }
    table.files[cp] = index
    table.advances[cp] = advanceEm(file, cp)
  } else {
    table.files[cp] = -1
  }
  return file
}

/** Advance in em of `cp` as `resolveGlyph(face, cp)` draws it (call that first; 0 if no file has it). */
export function resolvedAdvanceEm(face: FaceName, cp: number): number {
  if (cp < 0x10000) return faceTable(face).advances[cp] as number
  const file = resolveUncached(face, cp)
  return file ? advanceEm(file, cp) : 0
}

function resolveUncached(face: FaceName, cp: number): FontFile | null {
  let byFace = resolved.get(face)
  if (!byFace) {
    byFace = new Map()
    resolved.set(face, byFace)
  }
  const hit = byFace.get(cp)
  if (hit !== undefined) return hit
  let file = faceFileFor(face, cp)
  for (const other of FALLBACK) {
    if (file) break
    if (other !== face) file = faceFileFor(other, cp)
  }
  byFace.set(cp, file)
  return file
}

/** Advance width of `cp` in `file`, in em (multiply by the font size). */
export function advanceEm(file: FontFile, cp: number): number {
  return glyphFor(file, cp).advanceWidth / file.unitsPerEm
}

/** The face to use for a preset font stack, bold or not. */
export function faceOf(stack: FontStack, bold: boolean): FaceName {
  if (!bold) return stack.embed
  if (stack.embed === 'serif') return 'serif-bold'
  if (stack.embed === 'sans') return 'sans-bold'
  return stack.embed
}

/** Load the whole-file faces now (e.g. before timing a batch). */
export function preloadFonts(faces: FaceName[] = ['serif', 'serif-bold', 'sans', 'sans-bold', 'kai']): void {
  for (const face of faces) faceFileFor(face, 0x4e00)
}

/** A loaded font file by its key (every key in a layout has been loaded). */
export function fontFileByKey(key: string): FontFile {
  const file = key === 'kai' ? kaiFace : fileCache.get(key)
  if (!file) throw new Error(`font ${key} was not loaded`)
  return file
}

/** How many font files this process has read (each is read once). */
export function loadedFontFileCount(): number {
  return fileCache.size
}
