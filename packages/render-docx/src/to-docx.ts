import { Document, Packer, type FileChild, type ParagraphChild } from 'docx'
import type { Root } from '@gongwen/parser'
import { corePropertiesXml, documentDate } from './core-properties.js'
import { EMBEDDED_FAMILY, embeddedFonts, fontTableXml, runFonts } from './fonts.js'
import { handlers } from './handlers/index.js'
import { documentTitle } from './meta.js'
import { docxStyleTable, stacksOf } from './style-table.js'
import { numberingOptions, stylesOptions, type FontChoice } from './styles.js'
import type { Handler, HandlerResult, NodeByType, NodeType, State, ToDocxOptions } from './types.js'
import { deflateEntry, inflateEntry, readZip, writeZip } from './zip.js'

function createState(tree: Root, options: ToDocxOptions): State {
  const preset = options.preset ?? 'official'
  const state: State = {
    tree,
    table: docxStyleTable(preset),
    options: { preset, embedFonts: options.embedFonts ?? false, toc: options.toc ?? true },
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

const encoder = new TextEncoder()
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

/** Fix what docx.js leaves to the clock or to process-wide counters, so the same tree gives the same bytes. */
function makeDeterministic(bytes: Uint8Array, modified: Date): Uint8Array {
  const entries = readZip(bytes).map((entry) => {
    if (entry.name !== 'word/document.xml') return entry
    const xml = decoder.decode(inflateEntry(entry))
    return deflateEntry(entry.name, encoder.encode(renumberBookmarks(xml)))
  })
  return writeZip(entries, modified)
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
  const doc = new Document({
    title: documentTitle(tree),
    subject: meta.docType,
    styles: stylesOptions(table, fontChoice),
    numbering: numberingOptions(table, state.lists.values(), fontChoice),
    evenAndOddHeaderAndFooters: table.preset.pageNumber.placement === 'outside',
    // Theme fonts only matter to text without explicit fonts; point them at ours anyway.
    theme: {
      fonts: {
        body: body ? { latin: body.font.ascii, eastAsia: fontChoice(body).eastAsia } : undefined,
        headings: heading ? { latin: heading.font.ascii, eastAsia: fontChoice(heading).eastAsia } : undefined,
      },
    },
    ...(fonts ? { fonts } : {}),
    sections,
  })

  const overrides = [{ path: 'docProps/core.xml', data: corePropertiesXml(tree) }]
  // With embedded fonts docx.js writes the font table that points at the files.
  if (!fonts) overrides.push({ path: 'word/fontTable.xml', data: fontTableXml(stacks) })
  const packed = await Packer.toBuffer(doc, false, overrides)
  return makeDeterministic(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength), new Date(documentDate(tree)))
}
