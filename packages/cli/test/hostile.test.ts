import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../dist/index.js'
import { SAMPLE, memoryIo, tempDir } from './helpers.js'

/**
 * The hostile-input table: each input, and what the user must see. Errors
 * are one line naming the file, exit 1, nothing written; successes write
 * their outputs, with the warning named where there is one.
 */
const sample = readFileSync(SAMPLE, 'utf8')

function utf16le(text: string): Buffer {
  return Buffer.from(text, 'utf16le')
}

interface Row {
  name: string
  file: string
  make: (path: string) => void
  to?: string
  expect: { exit: 0 } & { warning?: RegExp } | { exit: 1; error: RegExp }
}

const rows: Row[] = [
  { name: 'empty', file: 'empty.txt', make: (p) => writeFileSync(p, ''), expect: { exit: 1, error: /is empty/ } },
  { name: 'white space only', file: 'space.txt', make: (p) => writeFileSync(p, ' \n\u3000\n\t\r\n'), expect: { exit: 1, error: /only white space/ } },
  { name: 'PNG bytes', file: 'image.txt', make: (p) => writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])), expect: { exit: 1, error: /PNG image, not text/ } },
  { name: 'PDF bytes', file: 'doc.txt', make: (p) => writeFileSync(p, '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n'), expect: { exit: 1, error: /PDF document, not text/ } },
  { name: 'ZIP bytes', file: 'archive.txt', make: (p) => writeFileSync(p, Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0])), expect: { exit: 1, error: /ZIP archive/ } },
  { name: 'bytes valid in no encoding', file: 'garbled.txt', make: (p) => writeFileSync(p, Buffer.from([0xff, 0x80, 0xfe, 0x81, 0x20, 0x80, 0xff, 0x30, 0x81])), expect: { exit: 1, error: /not valid UTF-8, UTF-16 or GB18030/ } },
  { name: 'only boilerplate', file: 'chrome.txt', make: (p) => writeFileSync(p, '下载\n打印\n【字号：\n加大\n】\n扫一扫在手机打开当前页\n'), expect: { exit: 1, error: /no document content found/ } },
  { name: 'NUL bytes inside good text', file: 'nul.txt', make: (p) => writeFileSync(p, sample.replace('各位代表', '各位\u0000代表').replace('一年来', '\u0000一年来')), expect: { exit: 0, warning: /control character/ } },
  { name: 'UTF-16 without BOM', file: 'utf16.txt', make: (p) => writeFileSync(p, utf16le(sample)), expect: { exit: 0, warning: /UTF-16LE without a byte-order mark/ } },
  { name: 'an HTML page', file: 'page.html', make: (p) => writeFileSync(p, `<!DOCTYPE html><html><head><title>x</title><style>p{color:red}</style><script>alert(1)</script></head><body>${sample.split('\n').map((l) => `<p>${l}</p>`).join('')}</body></html>`), expect: { exit: 0, warning: /HTML page/ } },
  { name: 'a single 5 MB line', file: 'long-line.txt', make: (p) => writeFileSync(p, `政府工作报告\n各位代表：\n${'我们要坚持稳中求进，推动高质量发展。'.repeat(95_000)}\n`), expect: { exit: 0 } },
  { name: 'a 50 MB file', file: 'big.txt', make: (p) => writeFileSync(p, sample.repeat(Math.ceil(50e6 / Buffer.byteLength(sample)))), expect: { exit: 0 } },
  { name: 'characters no font has', file: 'rare.txt', to: 'pdf', make: (p) => writeFileSync(p, sample.replace('一年来', '𠀀𪚥①⑳℃㎡一年来')), expect: { exit: 0 } },
]

describe('hostile inputs', () => {
  for (const row of rows) {
    it(`${row.name} → ${row.expect.exit === 0 ? 'converted' : 'one clear error, nothing written'}`, async () => {
      const dir = tempDir()
      const input = join(dir, row.file)
      row.make(input)
      const io = memoryIo({ cwd: dir })
      const code = await run(['convert', input, '--to', row.to ?? 'md', '-o', 'out', '--json'], io)
      expect(code).toBe(row.expect.exit)
      const line = JSON.parse(io.out().trim().split('\n')[0]!)
      const written = existsSync(join(dir, 'out')) ? readdirSync(join(dir, 'out')) : []
      if (row.expect.exit === 1) {
        expect(line.error).toMatch(row.expect.error)
        expect(line.input).toContain(row.file)
        expect(io.err()).toContain(row.file)
        expect(io.err()).toMatch(row.expect.error)
        expect(io.err().trimEnd().split('\n')).toHaveLength(1)
        expect(io.err()).not.toMatch(/\n\s+at /)
        expect(written).toEqual([])
      } else {
        expect(line.error).toBeNull()
        expect(written).toHaveLength(1)
        if ('warning' in row.expect && row.expect.warning) expect(line.warnings.join(' ')).toMatch(row.expect.warning)
      }
    }, 120_000)
  }

  it('a file that is a folder, and a missing file → one line each, exit 1', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'folder.txt'))
    for (const input of ['missing.txt']) {
      const io = memoryIo({ cwd: dir })
      expect(await run(['convert', input, '--to', 'md', '-o', 'out'], io)).toBe(1)
      expect(io.err()).toMatch(/missing\.txt/)
      expect(io.err().trimEnd().split('\n')).toHaveLength(1)
    }
    const io = memoryIo({ cwd: dir })
    const code = await run(['parse', 'folder.txt'], io)
    expect(code).not.toBe(0)
    expect(io.err()).toMatch(/folder\.txt/)
    expect(io.err().trimEnd().split('\n')).toHaveLength(1)
  })
})
