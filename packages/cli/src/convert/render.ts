import { parse, toMdast } from '@gongwen/parser'
import type { Root } from '@gongwen/parser'
import { importOutline, importPdf } from './load.js'
import type { RenderOptions, RenderResult, RenderedFile } from './targets.js'

/*
 * Renderers are loaded on first use, once per thread: `--to md` never pays
 * for fonts, and a worker converting 300 documents loads them once.
 */
type DocxModule = typeof import('@gongwen/render-docx')
type PdfModule = typeof import('@gongwen/render-pdf')
type OutlineModule = typeof import('@gongwen/render-outline')

let docxModule: Promise<DocxModule> | undefined
let pdfModule: Promise<PdfModule> | undefined
let outlineModule: Promise<OutlineModule> | undefined
let markdownModules: Promise<[typeof import('mdast-util-to-markdown'), typeof import('mdast-util-to-hast'), typeof import('hast-util-to-html')]> | undefined

/** A renderer export that a build does not have yet. */
export class NotAvailableError extends Error {
  override name = 'NotAvailableError'
}

function need<T>(value: T | undefined, what: string): T {
  if (typeof value !== 'function') throw new NotAvailableError(`${what} is not available in this build of gongwen`)
  return value
}

async function docx() {
  const mod = await (docxModule ??= import('@gongwen/render-docx'))
  return need(mod.toDocx, 'the docx target (toDocx)')
}

async function pdf() {
  const mod = await (pdfModule ??= importPdf())
  return need(mod.toPdf, 'the pdf target (toPdf)')
}

async function outline() {
  return (outlineModule ??= importOutline())
}

async function markdown() {
  return (markdownModules ??= Promise.all([import('mdast-util-to-markdown'), import('mdast-util-to-hast'), import('hast-util-to-html')]))
}

const encoder = new TextEncoder()
const utf8 = (text: string) => encoder.encode(text)

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

/** One document's bytes → the files of every requested target. Throws GongwenError for unusable input. */
export async function renderDocument(bytes: Uint8Array, options: RenderOptions): Promise<RenderResult> {
  const { tree, messages } = parse(bytes)
  const warnings = messages.map((m) => m.reason)
  const files: RenderedFile[] = []
  const wants = new Set(options.targets)

  let translator: import('@gongwen/render-outline').Translator | undefined
  const getTranslator = async () => {
    if (translator) return translator
    const mod = await outline()
    const create = need(mod.createTranslator, 'translation (createTranslator)')
    translator = create({
      ...(options.tm ? { tm: options.tm } : {}),
      ...(options.online ? { online: options.online } : {}),
      onWarning: (message: string) => warnings.push(message),
    })
    return translator
  }

  let brief: Root | undefined
  const getBrief = async () => {
    if (brief) return brief
    const mod = await outline()
    brief = await need(mod.toBrief, 'the brief target (toBrief)')(tree, { translator: await getTranslator() })
    return brief
  }

  // Fixed order (the order of TARGETS), whatever order --to listed them in.
  if (wants.has('docx')) files.push({ suffix: '.docx', data: await (await docx())(tree, { preset: options.preset, embedFonts: options.embedFonts }) })
  if (wants.has('pdf')) files.push({ suffix: '.pdf', data: await (await pdf())(tree, { preset: options.preset, toc: options.toc, pdfa: options.pdfa }) })
  if (wants.has('outline')) {
    const mod = await outline()
    const result = await need(mod.toOutline, 'the outline target (toOutline)')(tree, { leads: options.leads, translator: await getTranslator() })
    files.push(
      { suffix: '.outline.md', data: utf8(need(mod.outlineToMarkdown, 'outlineToMarkdown')(result)) },
      { suffix: '.outline.html', data: utf8(need(mod.outlineToHtml, 'outlineToHtml')(result)) },
      { suffix: '.outline.json', data: utf8(need(mod.outlineToJson, 'outlineToJson')(result)) },
      { suffix: '.outline.opml', data: utf8(need(mod.outlineToOpml, 'outlineToOpml')(result)) },
    )
  }
  if (wants.has('brief')) {
    const mod = await outline()
    const b = await getBrief()
    files.push(
      { suffix: '.brief.md', data: utf8(need(mod.briefToMarkdown, 'briefToMarkdown')(b)) },
      { suffix: '.brief.html', data: utf8(need(mod.briefToHtml, 'briefToHtml')(b)) },
    )
  }
  if (wants.has('brief-docx')) files.push({ suffix: '.brief.docx', data: await (await docx())(await getBrief(), { preset: options.briefPreset, embedFonts: options.embedFonts, toc: false, cover: false, raggedRight: true }) })
  if (wants.has('brief-pdf')) files.push({ suffix: '.brief.pdf', data: await (await pdf())(await getBrief(), { preset: options.briefPreset, toc: false, pdfa: options.pdfa, raggedRight: true }) })
  if (wants.has('md')) files.push({ suffix: '.md', data: utf8(await treeToMarkdown(tree)) })
  if (wants.has('json')) files.push({ suffix: '.json', data: utf8(treeToJson(tree)) })
  if (wants.has('html')) files.push({ suffix: '.html', data: utf8(await treeToHtml(tree)) })

  return { files, title: tree.data.meta.title, warnings, removed: tree.data.removed.length }
}

export function treeToJson(tree: Root): string {
  return JSON.stringify(tree, null, 2) + '\n'
}

export async function treeToMarkdown(tree: Root): Promise<string> {
  const [{ toMarkdown }] = await markdown()
  return toMarkdown(toMdast(tree))
}

/** A standalone HTML page of the plain document. */
export async function treeToHtml(tree: Root): Promise<string> {
  const [, { toHast }, { toHtml }] = await markdown()
  const body = toHtml(toHast(toMdast(tree)))
  const title = escapeHtml(tree.data.meta.title ?? 'document')
  return `<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${title}</title>\n<style>body{max-width:42em;margin:2em auto;padding:0 1em;line-height:1.8;font-family:"Noto Serif SC","Songti SC",serif}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`
}
