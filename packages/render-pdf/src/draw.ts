import PDFDocument from 'pdfkit'
import type { Meta, Root } from '@gongwen/parser'
import type { Preset } from '@gongwen/presets'
import { MM, textWidth } from '@gongwen/presets'
import { advanceEm, fontFileByKey, glyphFor, resolveGlyph } from './fonts/index.js'
import type { FontFile } from './fonts/index.js'
import { collectOutput, tuneStreams } from './streams.js'
import type { Layout, PlacedLine } from './layout/types.js'
import { plainText } from './state.js'

export interface DrawOptions {
  pdfa: boolean
}

/** Used for every timestamp when the document has no date: fixed, so output is reproducible. */
const FALLBACK_DATE = new Date(Date.UTC(2000, 0, 1))

/**
 * A two-byte glyph id as it goes inside a literal string `( )`, escaped
 * where PDF needs it: half the bytes of pdfkit's hex strings `< >`, so the
 * content streams are smaller to build and to deflate.
 */
function literalCode(gid: number): string {
  return literalByte(gid >>> 8) + literalByte(gid & 0xff)
}

function literalByte(byte: number): string {
  // `(` `)` `\` would end or escape the string; a bare CR would be read as a line end.
  if (byte === 0x28 || byte === 0x29 || byte === 0x5c) return '\\' + String.fromCharCode(byte)
  if (byte === 0x0d) return '\\r'
  return String.fromCharCode(byte)
}

/** The document's date (`meta.date`, else `meta.publishedAt`) as a UTC midnight. */
export function documentDate(meta: Meta): Date {
  for (const value of [meta.date, meta.publishedAt]) {
    const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null
    if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  }
  return FALLBACK_DATE
}

export function documentTitle(tree: Root): string {
  const meta = tree.data.meta
  if (meta.title) return meta.title
  const title = tree.children.find((c) => c.type === 'title')
  return title ? plainText(title).replace(/\s+/g, '') : ''
}

type PDFDoc = InstanceType<typeof PDFDocument>

/** The parts of pdfkit's EmbeddedFont that `showText` uses. */
interface EmbeddedFontInternals {
  id: string
  scale: number
  subset: { includeGlyph(gid: number): number }
  widths: number[]
  unicode: number[][]
  ref(): unknown
}

/** A font as registered with one document: its glyph codes by code point. */
interface DocFont {
  embedded: EmbeddedFontInternals
  file: FontFile
  codes: Map<number, string>
}

/** Numbers in content streams: fixed precision, so output is stable. */
function num(n: number): string {
  const r = Math.round(n * 1000) / 1000
  return Object.is(r, -0) ? '0' : String(r)
}
type StructElement = ReturnType<PDFDoc['struct']>
type OutlineItem = PDFDoc['outline']

/** Draw a laid-out document and return the PDF bytes. */
export function draw(tree: Root, preset: Preset, layout: Layout, options: DrawOptions): Promise<Uint8Array> {
  const meta = tree.data.meta
  const date = documentDate(meta)
  const title = documentTitle(tree)
  const keywords = [meta.docType, meta.region, meta.meeting, meta.docNumber].filter(Boolean).join(', ')
  const author = meta.issuer ?? meta.speaker?.name ?? meta.region ?? ''
  const doc = new PDFDocument({
    size: [preset.page.width, preset.page.height],
    margin: 0,
    autoFirstPage: false,
    tagged: true,
    lang: 'zh-CN',
    displayTitle: true,
    pdfVersion: '1.7',
    // Every drawn run is a different string: caching their layouts only costs memory.
    fontLayoutCache: false,
    // Streams are deflated by `tuneStreams`, at a faster level than pdfkit's.
    compress: false,
    // No default Helvetica: every document would parse its AFM metrics again, for nothing.
    font: null as unknown as string,
    ...(options.pdfa ? { subset: 'PDF/A-2b' as const } : {}),
    info: {
      Title: title,
      Author: author,
      Subject: [meta.docType, meta.meeting].filter(Boolean).join(' · ') || title,
      Keywords: keywords,
      Creator: 'gongwen',
      Producer: 'gongwen render-pdf (PDFKit)',
      CreationDate: date,
      ModDate: date,
    },
  })
  tuneStreams(doc)
  const output = collectOutput(doc)
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(output()))
    doc.on('error', reject)
    // Nothing is read from the stream (see collectOutput); flowing, it still ends.
    doc.resume()
  })

  const fonts = new Map<string, DocFont>()
  const useFont = (key: string): DocFont => {
    let entry = fonts.get(key)
    if (!entry) {
      const file = fontFileByKey(key)
      doc.registerFont(key, file.font as never)
      doc.font(key)
      const embedded = (doc as unknown as { _font: EmbeddedFontInternals })._font
      entry = { embedded, file, codes: new Map() }
      fonts.set(key, entry)
    }
    return entry
  }
  /**
   * The glyph codes (the subset's glyph ids, see `literalCode`) of `value` into
   * `codes` (returns how many), adding glyphs to the font's subset as they
   * first appear: what pdfkit's `EmbeddedFont.encode` does, without its text
   * layout pass.
   */
  const codes: string[] = []
  const encode = (font: DocFont, value: string): number => {
    let n = 0
    for (let i = 0; i < value.length; i++) {
      const cp = value.codePointAt(i) as number
      if (cp > 0xffff) i++
      let code = font.codes.get(cp)
      if (code === undefined) {
        const glyph = glyphFor(font.file, cp)
        const { embedded } = font
        const gid = embedded.subset.includeGlyph(glyph.id)
        code = literalCode(gid)
        embedded.widths[gid] ??= glyph.advanceWidth * embedded.scale
        embedded.unicode[gid] ??= glyph.codePoints
        font.codes.set(cp, code)
      }
      codes[n++] = code
    }
    return n
  }

  const docStruct = doc.struct('Document')
  doc.addStructure(docStruct)
  const elements = new Map<number, StructElement>()
  const lastLine = lastLineOfBlocks(layout)
  const outlineStack: Array<{ depth: number; item: OutlineItem }> = []
  const tocTargets = new Set(layout.blocks.flatMap((b) => (b.tocTarget === undefined ? [] : [b.tocTarget])))

  let currentColor = ''
  layout.pages.forEach((lines, pageIndex) => {
    doc.addPage({ size: [preset.page.width, preset.page.height], margin: 0 })
    currentColor = ''
    let i = 0
    while (i < lines.length) {
      const blockIndex = (lines[i] as PlacedLine).block
      let j = i
      while (j < lines.length && (lines[j] as PlacedLine).block === blockIndex) j++
      const block = layout.blocks[blockIndex]
      if (!block) break
      let element = elements.get(blockIndex)
      if (!element) {
        element = doc.struct(block.tag)
        docStruct.add(element)
        elements.set(blockIndex, element)
        const first = lines[i] as PlacedLine
        const top = Math.max(0, first.baseline - first.size * 1.5)
        if (block.outline) addOutline(doc, outlineStack, block.outline, top, preset.page.width)
        if (tocTargets.has(blockIndex)) doc.addNamedDestination(destinationName(blockIndex), 'XYZ', 0, top, null)
      }
      const content = doc.markStructureContent(block.tag)
      for (let k = i; k < j; k++) drawLine(lines[k] as PlacedLine)
      doc.endMarkedContent()
      element.add(content)
      if (block.tocTarget !== undefined) {
        const target = layout.blockPage[block.tocTarget] ?? 0
        const size = preset.styles[block.role].size
        drawTocNumber(lines[j - 1] as PlacedLine, target + 1, size)
        // The whole entry, leader and number included, jumps to the heading.
        const firstLine = lines[i] as PlacedLine
        const lastLine = lines[j - 1] as PlacedLine
        const y = firstLine.baseline - size * 1.05
        doc.goTo(preset.page.marginLeft, y, textWidth(preset), lastLine.baseline - y + size * 0.3, destinationName(block.tocTarget))
      }
      if (lastLine.get(blockIndex) === (lines[j - 1] as PlacedLine).index) element.end()
      i = j
    }
    drawPageFurniture(pageIndex)
  })
  docStruct.end()
  doc.end()
  return done

  /**
   * Show a run at a baseline; `adjust` adds space after each glyph (pt).
   * Written directly rather than through `doc.text`, which measures and wraps
   * every call: the layout has already placed everything.
   *
   * On a justified or grid line nearly every glyph gets the same extra space,
   * so that is set once as character spacing (Tc) and only the exceptions
   * (compressed punctuation, words) get a number in the TJ array: a third
   * of the content bytes to write and to compress. The last glyph is shown
   * after resetting Tc, so its extent ends at the glyph, as before.
   */
  function showText(
    value: string,
    fontKey: string,
    size: number,
    x: number,
    baseline: number,
    color: string,
    adjust: number[] | null,
    invisible = false,
  ): void {
    const docFont = useFont(fontKey)
    const font = docFont.embedded
    const page = doc.page as unknown as { fonts: Record<string, unknown> }
    if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref()
    const n = encode(docFont, value)
    if (color !== currentColor) {
      doc.fillColor('#' + color)
      currentColor = color
    }
    // The page's coordinate system is flipped (origin top left), so flip the text matrix back.
    let op = `BT ${invisible ? '3 Tr ' : ''}1 0 0 -1 ${num(x)} ${num(baseline)} Tm /${font.id} ${num(size)} Tf `
    const spacing = adjust && n >= 3 ? commonValue(adjust, n - 1) : 0
    if (spacing !== 0) {
      const tc = Math.round(spacing * 1e5) / 1e5
      op += `${tc} Tc [(`
      for (let i = 0; i < n - 1; i++) {
        op += codes[i] as string
        const extra = (adjust as number[])[i] as number
        // TJ numbers are thousandths of the font size, positive to the left.
        if (extra !== spacing) op += `) ${num(((tc - extra) * 1000) / size)} (`
      }
      op += `)] TJ 0 Tc (${codes[n - 1] as string}) Tj`
    } else {
      op += '[('
      for (let i = 0; i < n; i++) {
        op += codes[i] as string
        const extra = adjust?.[i] ?? 0
        if (extra !== 0 && i < n - 1) op += `) ${num((-extra * 1000) / size)} (`
      }
      op += ')] TJ'
    }
    doc.addContent(invisible ? op + ' 0 Tr ET' : op + ' ET')
  }

  function drawLine(line: PlacedLine): void {
    for (const seg of line.segments) {
      if (seg.fontKey === null) {
        drawSubstitute(seg.text, seg.x, line.baseline, line.size, seg.color)
        continue
      }
      showText(seg.text, seg.fontKey, line.size, seg.x, line.baseline, seg.color, seg.adjust)
    }
  }

  /**
   * A character no bundled font has (CJK Extension B and beyond): a box with
   * its code point in small digits, drawn as artwork. The marked-content span
   * carries the character as ActualText, and an invisible full-size ideographic
   * space inside it gives text extraction the position and size of the box,
   * so copying and pdftotext give the character in its place.
   */
  function drawSubstitute(chars: string, x: number, baseline: number, size: number, color: string): void {
    const placeholder = resolveGlyph('serif', 0x3000)
    const digits = resolveGlyph('sans', 0x30)
    let left = x
    for (const ch of chars) {
      const cp = ch.codePointAt(0) ?? 0
      doc.markContent('Span', { actual: ch })
      if (placeholder) showText('\u3000', placeholder.key, size, left, baseline, color, null, true)
      const box = size * 0.9
      doc.save().lineWidth(size * 0.04).strokeColor('#' + color)
      doc.rect(left + (size - box) / 2, baseline - size * 0.8, box, box).stroke().restore()
      if (digits) {
        const hex = cp.toString(16).toUpperCase()
        const half = Math.ceil(hex.length / 2)
        const small = size * 0.3
        ;[hex.slice(0, half), hex.slice(half)].forEach((row, r) => {
          let w = 0
          for (const d of row) w += advanceEm(digits, d.codePointAt(0) ?? 0) * small
          let pen = left + (size - w) / 2
          const rowBaseline = baseline - size * 0.42 + r * small * 1.1
          for (const d of row) {
            const glyph = digits.font.glyphForCodePoint(d.codePointAt(0) ?? 0)
            const scale = small / digits.unitsPerEm
            doc.save().transform(scale, 0, 0, -scale, pen, rowBaseline).path(glyph.path.toSVG()).fill('#' + color).restore()
            pen += advanceEm(digits, d.codePointAt(0) ?? 0) * small
          }
        })
      }
      doc.endMarkedContent()
      left += size
    }
  }

  function drawTocNumber(line: PlacedLine, pageNumber: number, size: number): void {
    const file = resolveGlyph('serif', 0x30)
    if (!file) return
    const label = String(pageNumber)
    let w = 0
    for (const d of label) w += advanceEm(file, d.codePointAt(0) ?? 0) * size
    const right = preset.page.marginLeft + textWidth(preset)
    // Leader dots are drawn as artwork, not text, so they stay out of copied text.
    doc.markContent('Artifact', { type: 'Layout' })
    const from = line.right + size * 0.5
    const to = right - w - size * 0.5
    doc.save().fillColor('#888888')
    for (let x = from; x + size * 0.1 <= to; x += size * 0.5) doc.circle(x + size * 0.05, line.baseline - size * 0.1, size * 0.05).fill()
    doc.restore()
    doc.endMarkedContent()
    const content = doc.markStructureContent('Span')
    showText(label, file.key, size, right - w, line.baseline, '000000', null)
    doc.endMarkedContent()
    void content
  }

  function drawPageFurniture(pageIndex: number): void {
    const pn = preset.pageNumber
    const style = preset.styles.pageNumber
    const label = pn.prefix + String(pageIndex + 1) + pn.suffix
    const file = resolveGlyph(style.font.embed, 0x30)
    if (!file) return
    let width = 0
    for (const ch of label) {
      const f = resolveGlyph(style.font.embed, ch.codePointAt(0) ?? 0) ?? file
      width += advanceEm(f, ch.codePointAt(0) ?? 0) * style.size
    }
    const left = preset.page.marginLeft
    const right = left + textWidth(preset)
    const inset = pn.outsideIndentChars * style.size
    let x: number
    if (pn.placement === 'center') x = (left + right - width) / 2
    else if (pageIndex % 2 === 0) x = right - inset - width // odd page (1-based): right
    else x = left + inset
    const baseline = preset.page.height - preset.page.marginBottom + pn.belowTextMm * MM + style.size * 0.88
    doc.markContent('Artifact', { type: 'Pagination' })
    drawPlain(label, style.font.embed, style.size, x, baseline, style.color)
    if (preset.runningHeader && pageIndex > 0 && title) {
      const hs = preset.styles.header
      let hw = 0
      for (const ch of title) {
        const f = resolveGlyph(hs.font.embed, ch.codePointAt(0) ?? 0)
        hw += f ? advanceEm(f, ch.codePointAt(0) ?? 0) * hs.size : hs.size
      }
      const hy = preset.page.marginTop - 6 * MM
      drawPlain(title, hs.font.embed, hs.size, (left + right - hw) / 2, hy, hs.color)
      doc.save().lineWidth(0.4).strokeColor('#' + hs.color).moveTo(left, hy + 2.5 * MM).lineTo(right, hy + 2.5 * MM).stroke().restore()
    }
    doc.endMarkedContent()
  }

  /** Text outside the layout (page furniture), one font run at a time. */
  function drawPlain(value: string, face: Parameters<typeof resolveGlyph>[0], size: number, x: number, baseline: number, color: string): void {
    let cursor = x
    for (const ch of value) {
      const cp = ch.codePointAt(0) ?? 0
      const f = resolveGlyph(face, cp)
      if (!f) {
        cursor += size
        continue
      }
      showText(ch, f.key, size, cursor, baseline, color, null)
      cursor += advanceEm(f, cp) * size
    }
  }
}

/**
 * The value most of `values[0..n)` share, if one has a majority (else one
 * that is frequent): the Boyer–Moore vote, linear and allocation-free.
 */
function commonValue(values: number[], n: number): number {
  let candidate = 0
  let votes = 0
  for (let i = 0; i < n; i++) {
    const v = values[i] as number
    if (votes === 0) {
      candidate = v
      votes = 1
    } else if (v === candidate) votes++
    else votes--
  }
  return candidate
}

function destinationName(blockIndex: number): string {
  return `block-${blockIndex}`
}

/**
 * A bookmark that opens its heading: pdfkit's XYZ destination takes `top`
 * from the top of the page and `left` as page width minus the left edge.
 */
function addOutline(
  doc: PDFDoc,
  stack: Array<{ depth: number; item: OutlineItem }>,
  entry: { title: string; depth: number },
  top: number,
  pageWidth: number,
): void {
  while (stack.length > 0 && (stack[stack.length - 1] as { depth: number }).depth >= entry.depth) stack.pop()
  const parent = stack.length > 0 ? (stack[stack.length - 1] as { item: OutlineItem }).item : doc.outline
  const item = parent.addItem(entry.title, { expanded: entry.depth <= 1, fit: false, top, left: pageWidth, zoom: 0 } as never)
  stack.push({ depth: entry.depth, item })
}

function lastLineOfBlocks(layout: Layout): Map<number, number> {
  const last = new Map<number, number>()
  for (const page of layout.pages) for (const line of page) last.set(line.block, line.index)
  return last
}
