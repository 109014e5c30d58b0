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
 * string chunks turned into bytes by Node's latin1 encoder instead of
 * pdfkit's per-character loop. Only this document is touched, never zlib or
 * pdfkit globally.
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
    const write = stream.write
    stream.write = function (this: StreamRef, chunk: Uint8Array | string): void {
      write.call(this, typeof chunk === 'string' ? Buffer.from(chunk + '\n', 'latin1') : chunk)
    }
    const finalize = stream.finalize
    stream.finalize = function (this: StreamRef): void {
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
