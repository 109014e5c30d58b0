import { deflateSync } from 'node:zlib'
import type PDFDocument from 'pdfkit'

type PDFDoc = InstanceType<typeof PDFDocument>

/**
 * zlib level of every stream. pdfkit deflates at zlib's default (6); on
 * these files (font subsets, whose glyph data hardly compresses, and content
 * streams) level 1 takes about half the time for files 2–5 % larger, and
 * deflate was a quarter of the time of a whole render.
 */
export const DEFLATE_LEVEL = 1
/** zlib's largest hash table (its default is 8): 10 % faster on these streams for the same bytes out. */
export const DEFLATE_MEM_LEVEL = 9

interface StreamRef {
  data: Record<string, unknown>
  buffer: Uint8Array[]
  compress: boolean
  write(chunk: Uint8Array | string): void
  finalize(): void
}

/**
 * Make a document write its streams our way: compressed at `DEFLATE_LEVEL`
 * (pdfkit has no level option, so the document is created with `compress:
 * false` and each stream is deflated here before pdfkit writes it out), and
 * string chunks turned into bytes by Node's latin1 encoder, all at once,
 * instead of pdfkit's per-character loop on each. Only this document is
 * touched, never zlib or pdfkit globally.
 */
export function tuneStreams(doc: PDFDoc): void {
  const ref = doc.ref.bind(doc) as unknown as (data?: object) => StreamRef
  ;(doc as unknown as { ref(data?: object): StreamRef }).ref = (data?: object) => {
    const stream = ref(data)
    // As pdfkit decides: streams that already name a filter stay as they are.
    let compress = !(data && 'Filter' in data)
    // pdfkit sets `compress = false` on streams that must stay readable (XMP metadata).
    Object.defineProperty(stream, 'compress', {
      get: () => false,
      set: (value: boolean) => {
        compress = value
      },
    })
    // Content streams get one short string per operator; keep them as
    // strings and encode them together, in order, when bytes arrive or the
    // stream ends (each followed by a newline, as pdfkit writes them).
    // Encoded every ~32K characters too, so that the strings (built piece by
    // piece, each a tree of fragments) die young instead of outliving a
    // scavenge with the rest of the page.
    let pending: string[] = []
    let pendingLength = 0
    const write = stream.write
    const flush = (target: StreamRef): void => {
      if (pending.length === 0) return
      const text = pending.join('\n') + '\n'
      pending = []
      pendingLength = 0
      write.call(target, Buffer.from(text, 'latin1'))
    }
    stream.write = function (this: StreamRef, chunk: Uint8Array | string): void {
      if (typeof chunk === 'string') {
        pending.push(chunk)
        pendingLength += chunk.length
        if (pendingLength > 32768) flush(this)
        return
      }
      flush(this)
      write.call(this, chunk)
    }
    const finalize = stream.finalize
    stream.finalize = function (this: StreamRef): void {
      flush(this)
      if (compress && this.buffer.length > 0) {
        const raw = this.buffer.length === 1 ? (this.buffer[0] as Uint8Array) : Buffer.concat(this.buffer)
        this.buffer = [deflateSync(raw, { level: DEFLATE_LEVEL, memLevel: DEFLATE_MEM_LEVEL })]
        this.data['Filter'] = 'FlateDecode'
      }
      finalize.call(this)
    }
    return stream
  }
}

/**
 * Collect the document's output ourselves: pdfkit pushes every object
 * header, dictionary and stream through its Readable stream, each string
 * turned into bytes one character at a time. Here strings are gathered and
 * encoded together (latin1 gives one byte per character, as pdfkit counts
 * for its xref offsets) and nothing goes through the stream machinery.
 * Returns the bytes written so far (all of them once the document ended).
 */
export function collectOutput(doc: PDFDoc): () => Uint8Array {
  const parts: Uint8Array[] = []
  // What the constructor wrote already (the %PDF header) waits in the stream's buffer.
  const head = doc.read() as Uint8Array | null
  if (head) parts.push(head)
  let text: string[] = []
  const flush = (): void => {
    if (text.length === 0) return
    parts.push(Buffer.from(text.join(''), 'latin1'))
    text = []
  }
  const internals = doc as unknown as { _offset: number; _write(data: Uint8Array | string): void }
  internals._write = function (this: { _offset: number }, data: Uint8Array | string): void {
    if (data instanceof Uint8Array) {
      flush()
      parts.push(data)
      this._offset += data.length
    } else {
      const line = data + '\n'
      text.push(line)
      this._offset += line.length
    }
  }
  return () => {
    flush()
    // A plain Uint8Array of its own: callers may transfer its buffer to another thread.
    let size = 0
    for (const part of parts) size += part.length
    const out = new Uint8Array(size)
    let at = 0
    for (const part of parts) {
      out.set(part, at)
      at += part.length
    }
    return out
  }
}
