import { Document, Packer, type FileChild, type ParagraphChild } from 'docx'
import type { Root } from '@gongwen/parser'
import { corePropertiesXml, documentDate } from './core-properties.js'
import { EMBEDDED_FAMILY, embeddedFonts, fixFontKeys, fontTableXml, runFonts } from './fonts.js'
import { handlers } from './handlers/index.js'
import { documentTitle } from './meta.js'
import { docxStyleTable, stacksOf } from './style-table.js'
import { numberingOptions, stylesOptions, type FontChoice } from './styles.js'
import type { Handler, HandlerResult, NodeByType, NodeType, State, ToDocxOptions } from './types.js'
import { deflatePart, reusePreparedParts } from './reuse.js'
import { inflateEntry, readZip, writeZip } from './zip.js'

function createState(tree: Root, options: ToDocxOptions): State {
  const preset = options.preset ?? 'official'
  const state: State = {
    tree,
    table: docxStyleTable(preset, options.raggedRight ?? false),
    options: { preset, embedFonts: options.embedFonts ?? false, toc: options.toc ?? true, cover: options.cover ?? true, raggedRight: options.raggedRight ?? false },
    handlers,
    one<K extends NodeType>(node: NodeByType[K]): HandlerResult<K> {
      const handler = handlers[node.type as K] as Handler<K> | undefined
      if (!handler) throw new Error(`render-docx: no handler for node type "${String(node.type)}"`)
      return handler(node, state)
    },
    blocks(parent) {
      const out: FileChild[] = []
      for (const child of parent.children) out.push(...(state.one(child as NodeByType[NodeType]) as FileChild[]))
      return out
    },
    inline(parent) {
      const out: ParagraphChild[] = []
      for (const child of parent.children) out.push(...(state.one(child as NodeByType[NodeType]) as ParagraphChild[]))
      return out
    },
    lists: new Map(),
    list: undefined,
    listInstances: 0,
    tocRendered: false,
  }
  return state
}

const decoder = new TextDecoder()

/**
 * docx.js numbers bookmarks from a counter shared by every document of the
 * process, so the second render of a tree would differ from the first. Number
 * them again from 1 in the order they appear.
 */
function renumberBookmarks(xml: string): string {
  const names = new Map<string, number>()
  const ids = new Map<string, number>()
  const next = (map: Map<string, number>, old: string) => {
    let id = map.get(old)
    if (id === undefined) {
      id = map.size + 1
      map.set(old, id)
    }
    return id
  }
  return xml.replace(
    /(_Toc)(\d+)|(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)/g,
    (_match, toc: string | undefined, tocId: string | undefined, tag: string | undefined, tagId: string | undefined) =>
      toc ? `${toc}${next(names, tocId as string)}` : `${tag}${next(ids, tagId as string)}`,
  )
}

/**
 * docx.js sets the page-number tab of cached TOC entries for A4 with 1-inch
 * margins (9025 twips); put it at the right edge of this preset's text block.
 */
function fixTocTabs(xml: string, textWidth: number): string {
  return xml.replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, (sdt) =>
    sdt
      .replace(/<w:tab w:val="clear" w:pos="\d+"\/>/g, '')
      .replace(/<w:tab w:val="right" w:pos="\d+"/g, `<w:tab w:val="right" w:pos="${textWidth}"`),
  )
}

/**
 * docx.js cannot set `w:snapToGrid` on a paragraph style: add it to the styles
 * the table marks, before `w:spacing` as the schema orders `w:pPr`.
 */
function unsnapStyles(xml: string, ids: string[]): string {
  let out = xml
  for (const id of ids) {
    out = out.replace(
      new RegExp(`(<w:style [^>]*w:styleId="${id}"[^>]*>(?:(?!</w:style>)[\\s\\S])*?)(<w:spacing )`),
      '$1<w:snapToGrid w:val="0"/>$2',
    )
  }
  return out
}

type Parts = Map<string, string | Uint8Array>

/** docx.js's part writer: `Packer.compiler` is private in its types but stable since v8. */
interface PartCompiler {
  compile(file: Document, prettify: undefined, overrides: Array<{ path: string; data: string }>): Parts
}

/**
 * The package's parts, unzipped. Taking them from docx.js's compiler skips its
 * pure-JS deflate (a third of a render) and our inflate; if a docx release
 * moves the compiler, pack and read the zip back instead.
 */
async function partsOf(doc: Document, overrides: Array<{ path: string; data: string }>): Promise<Parts> {
  const compiler = (Packer as unknown as { compiler?: PartCompiler }).compiler
  if (compiler && typeof compiler.compile === 'function') return compiler.compile(doc, undefined, overrides)
  const packed = await Packer.toBuffer(doc, false, overrides)
  const bytes = new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength)
  return new Map(readZip(bytes).map((entry) => [entry.name, inflateEntry(entry)]))
}

/**
 * Zip the parts, fixing what docx.js leaves to the clock or to process-wide
 * counters (so the same tree gives the same bytes) and adding what it cannot write.
 */
function finish(parts: Parts, modified: Date, offGrid: string[], textWidth: number): Uint8Array {
  const entries = [...parts].map(([name, data]) => {
    if (name === 'word/document.xml') data = fixTocTabs(renumberBookmarks(asText(data)), textWidth)
    else if (name === 'word/styles.xml' && offGrid.length > 0) data = unsnapStyles(asText(data), offGrid)
    return deflatePart(name, data)
  })
  return writeZip(entries, modified)
}

function asText(data: string | Uint8Array): string {
  return typeof data === 'string' ? data : decoder.decode(data)
}

/**
 * Render a gongwen tree as a DOCX package.
 *
 * The same tree and options always give the same bytes.
 */
export async function toDocx(tree: Root, options: ToDocxOptions = {}): Promise<Uint8Array> {
  const state = createState(tree, options)
  const { table } = state
  const sections = state.one<'root'>(tree)

  const fontChoice: FontChoice = state.options.embedFonts
    ? (style) => runFonts(style.stack, EMBEDDED_FAMILY[style.stack.embed])
    : (style) => style.font
  const stacks = stacksOf(table)
  const fonts = state.options.embedFonts
    ? await embeddedFonts(stacks.map((stack) => EMBEDDED_FAMILY[stack.embed]))
    : undefined

  const meta = tree.data?.meta ?? {}
  const body = table.paragraphStyles.find((style) => style.id === 'Normal')
  const heading = table.paragraphStyles.find((style) => style.id === 'Heading1')
  const styles = stylesOptions(table, fontChoice)
  // Theme fonts only matter to text without explicit fonts; point them at ours anyway.
  const theme = {
    fonts: {
      body: body ? { latin: body.font.ascii, eastAsia: fontChoice(body).eastAsia } : undefined,
      headings: heading ? { latin: heading.font.ascii, eastAsia: fontChoice(heading).eastAsia } : undefined,
    },
  }
  const doc = new Document({
    title: documentTitle(tree),
    subject: meta.docType,
    styles,
    numbering: numberingOptions(table, state.lists.values(), fontChoice),
    evenAndOddHeaderAndFooters: table.preset.pageNumber.placement === 'outside',
    theme,
    ...(fonts ? { fonts } : {}),
    sections,
  })
  reusePreparedParts(doc, JSON.stringify([styles, theme]))

  const overrides = [{ path: 'docProps/core.xml', data: corePropertiesXml(tree) }]
  // With embedded fonts docx.js writes the font table that points at the files.
  if (!fonts) overrides.push({ path: 'word/fontTable.xml', data: fontTableXml(stacks) })
  const offGrid = table.paragraphStyles.filter((style) => !style.snapToGrid).map((style) => style.id)
  const parts = await partsOf(doc, overrides)
  if (fonts) await fixFontKeys(parts)
  return finish(parts, new Date(documentDate(tree)), offGrid, table.page.width - table.page.left - table.page.right)
}
