import type { Document } from 'docx'
import { deflateEntry, type ZipEntry } from './zip.js'

/*
 * Much of a DOCX does not depend on the document: the style sheet and the
 * theme of a preset, the settings, the footers. docx.js builds and writes
 * them again for each document, ~3 ms each time, which for a batch of
 * reports was over half of the time of toDocx. So, for the life of the
 * process, the prepared style sheet and theme are kept per set of options,
 * and each part's deflated bytes per content. Nothing is kept that differs
 * between documents: the keys are the options and the contents themselves.
 */

/** A component as docx.js writes it (`prepForXml` is public on every component). */
interface Preparable {
  prepForXml(context: unknown): unknown
}

const LIMIT = 64
const encoder = new TextEncoder()
const prepared = new Map<string, unknown>()
const deflated = new Map<string, ZipEntry>()

function remember<T>(cache: Map<string, T>, key: string, value: T): void {
  // A long-running process with many option sets: start over rather than grow.
  if (cache.size >= LIMIT) cache.clear()
  cache.set(key, value)
}

/**
 * Make `doc`'s style sheet and theme written once per `key` (what they are
 * made from: the style options and the theme options). docx.js only reads
 * what `prepForXml` returns (to write it, and to find heading styles), so the
 * same object serves every document.
 */
export function reusePreparedParts(doc: Document, key: string): void {
  const file = doc as unknown as { Styles?: Preparable; Theme?: Preparable }
  for (const [name, component] of [
    ['styles', file.Styles],
    ['theme', file.Theme],
  ] as const) {
    if (!component || typeof component.prepForXml !== 'function') continue
    const prepare = component.prepForXml.bind(component)
    const partKey = `${name}\u0000${key}`
    component.prepForXml = (context: unknown) => {
      let xml = prepared.get(partKey)
      if (xml === undefined) {
        xml = prepare(context)
        remember(prepared, partKey, xml)
      }
      return xml
    }
  }
}

/** Parts no larger than this are looked up by content before being deflated. */
const SMALL_PART = 64 * 1024
/** Parts that differ from document to document, never worth keeping. */
const OWN_PARTS = new Set(['word/document.xml', 'docProps/core.xml'])

/** `deflateEntry`, with the deflated bytes of small parts kept per name and content. */
export function deflatePart(name: string, content: string | Uint8Array): ZipEntry {
  if (typeof content !== 'string') return deflateEntry(name, content)
  if (content.length > SMALL_PART || OWN_PARTS.has(name)) return deflateEntry(name, encoder.encode(content))
  const key = `${name}\u0000${content}`
  let entry = deflated.get(key)
  if (!entry) {
    entry = deflateEntry(name, encoder.encode(content))
    remember(deflated, key, entry)
  }
  return entry
}
