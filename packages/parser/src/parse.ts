import { AST_VERSION, type Root } from './ast.js'
import { GongwenError } from './errors.js'
import { boilerplate } from './passes/boilerplate.js'
import { decode } from './passes/decode.js'
import { duplicates } from './passes/duplicates.js'
import { front } from './passes/front.js'
import { htmlToText, looksLikeHtml } from './passes/html.js'
import { join } from './passes/join.js'
import { metadata } from './passes/metadata.js'
import { normalise } from './passes/normalise.js'
import { structure } from './passes/structure.js'
import { tail } from './passes/tail.js'
import { toc } from './passes/toc.js'
import { type DocumentState, type ParseMessage, positionOf, splitLines } from './util/document.js'

export interface ParseOptions {
  /** Largest input accepted, in bytes (or UTF-16 units for strings). Default 256 MiB. */
  maxSize?: number
  /**
   * Read Markdown markup (`## `, `* `, `**`, `\.`) as markup, not text.
   * Default: when at least two lines start with a Markdown heading.
   */
  markdown?: boolean
  /** Throw when nothing of the document is left after dropping the boilerplate (default true). */
  requireContent?: boolean
}

export interface ParseResult {
  tree: Root
  messages: ParseMessage[]
  /** The decoded text the positions point into. */
  text: string
  encoding: string
}

export interface Pass {
  name: string
  run: (state: DocumentState) => void
}

/**
 * The passes after decoding, in order. Each is small and named; its name is
 * the prefix of the `rule` of what it drops.
 */
export const passes: Pass[] = [
  { name: 'normalise', run: normalise },
  { name: 'boilerplate', run: boilerplate },
  { name: 'join', run: join },
  { name: 'toc', run: toc },
  { name: 'front', run: front },
  { name: 'tail', run: tail },
  { name: 'duplicates', run: duplicates },
]

const DEFAULT_MAX = 256 * 1024 * 1024

/** Scraped text (bytes in any common encoding, or a string) → gongwen tree. */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  const max = options.maxSize ?? DEFAULT_MAX
  const messages: ParseMessage[] = []
  let text: string
  let encoding = 'utf-16'
  if (typeof input === 'string') {
    if (input.length > max) throw new GongwenError('TOO_LARGE', `the input is larger than ${max} characters: split it or raise maxSize`)
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
    if (text.length === 0) throw new GongwenError('EMPTY', 'the input is empty: give a file with the text of a document')
  } else {
    if (input.length > max) throw new GongwenError('TOO_LARGE', `the input is larger than ${max} bytes: split it or raise maxSize`)
    const decoded = decode(input)
    text = decoded.text
    encoding = decoded.encoding
    if (decoded.warning) messages.push({ reason: decoded.warning, ruleId: 'decode/encoding' })
  }
  if (looksLikeHtml(text)) {
    // Positions then point into the page's extracted text, which `result.text` holds.
    text = htmlToText(text)
    messages.push({ reason: 'the input is an HTML page: read its visible text (scripts, styles and the head left out)', ruleId: 'decode/html' })
  }
  if (!/[^\s\u200b-\u200d\u2060\ufeff]/.test(text)) {
    throw new GongwenError('EMPTY', 'the input holds only white space: give a file with the text of a document')
  }
  const { lines, lineStarts } = splitLines(text)
  const markdown = options.markdown ?? looksLikeMarkdown(text)
  const state: DocumentState = { text, lines, blocks: [], lineStarts, messages, meta: {}, bodyStart: 0, markdown }
  for (const pass of passes) pass.run(state)
  const tree = structure(state)
  tree.data.astVersion = AST_VERSION
  for (const line of lines) {
    if (line.status !== 'drop') continue
    tree.data.removed.push({ value: line.raw, position: positionOf(state, line.start, line.end), rule: line.rule ?? 'unknown' })
  }
  metadata(state, tree)
  if (tree.children.length === 0 && options.requireContent !== false) {
    throw new GongwenError('NO_CONTENT', 'no document content found: every line looks like site boilerplate (check the input, or see `gongwen inspect`)')
  }
  if (!tree.data.meta.title) messages.push({ reason: 'no title found', ruleId: 'front/no-title' })
  return { tree, messages, text, encoding }
}

/** Markdown: a `# ` heading on the first line, or at least two of them. */
function looksLikeMarkdown(text: string): boolean {
  if (/^\s*#{1,6} \S/.test(text.slice(0, 400))) return true
  return (text.match(/^#{1,6} \S/gm)?.length ?? 0) >= 2
}
