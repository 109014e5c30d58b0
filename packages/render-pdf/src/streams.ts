import { deflateSync } from 'node:zlib'
import type PDFDocument from 'pdfkit'

type PDFDoc = InstanceType<typeof PDFDocument>

/**
 * zlib level of every stream. pdfkit deflates at zlib's default (6); on
 * these files (font subsets, whose glyph data hardly compresses, and content
 * streams) level 1 takes about half the time for ~6 % more bytes, and
 * deflate was a quarter of the time of a whole render.
 */
export const DEFLATE_LEVEL = 1

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
    // stream ends (pdfkit's own `write` adds the newline after each).
    let pending: string[] = []
    const write = stream.write
    const flush = (target: StreamRef): void => {
      if (pending.length === 0) return
      const text = pending.join('\n') + '\n'
      pending = []
      write.call(target, Buffer.from(text, 'latin1'))
    }
    stream.write = function (this: StreamRef, chunk: Uint8Array | string): void {
      if (typeof chunk === 'string') {
        pending.push(chunk)
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
        this.buffer = [deflateSync(raw, { level: DEFLATE_LEVEL })]
        this.data['Filter'] = 'FlateDecode'
      }
      finalize.call(this)
    }
    return stream
  }
}
