import { describe, expect, it } from 'vitest'
import { decode } from '../src/passes/decode.js'
import { GongwenError } from '../src/errors.js'
import { fixture } from './helpers.js'

const text = '各位代表：\n现在，我代表区人民政府，向大会报告工作。\n'

function utf16(str: string, le: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : []
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i)
    if (le) out.push(c & 0xff, c >> 8)
    else out.push(c >> 8, c & 0xff)
  }
  return new Uint8Array(out)
}

function code(fn: () => unknown): string | undefined {
  try {
    fn()
  } catch (error) {
    return error instanceof GongwenError ? error.code : 'other'
  }
  return undefined
}

describe('decode', () => {
  it('reads UTF-8 with and without BOM', () => {
    const bytes = new TextEncoder().encode(text)
    expect(decode(bytes)).toMatchObject({ text, encoding: 'utf-8', bom: false })
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toMatchObject({ text, encoding: 'utf-8', bom: true })
  })

  it('reads UTF-16 LE and BE with a BOM, and LE without one', () => {
    expect(decode(utf16(text, true, true)).text).toBe(text)
    expect(decode(utf16(text, false, true)).text).toBe(text)
    const noBom = decode(utf16(text.repeat(4), true, false))
    expect(noBom.text).toBe(text.repeat(4))
    expect(noBom.warning).toMatch(/without a byte-order mark/)
  })

  it('reads the GB18030 and UTF-16 files of the corpus like their UTF-8 originals', () => {
    const gb = decode(fixture('encodings/national-govcn-1990.gb18030.txt'))
    expect(gb.encoding).toBe('gb18030')
    expect(gb.text).toContain('政府工作报告')
    const u16 = decode(fixture('encodings/provinces-jilin.utf16.txt'))
    expect(u16.encoding).toBe('utf-16le')
    expect(u16.text).toContain('吉林')
    const bom = decode(fixture('encodings/provinces-anhui.utf8-bom.txt'))
    expect(bom.bom).toBe(true)
    expect(bom.text.charCodeAt(0)).not.toBe(0xfeff)
  })

  it('rejects empty, binary and undecodable input with a code', () => {
    expect(code(() => decode(new Uint8Array()))).toBe('EMPTY')
    expect(code(() => decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])))).toBe('BINARY')
    expect(code(() => decode(new TextEncoder().encode('%PDF-1.7\n...')))).toBe('BINARY')
    expect(code(() => decode(new Uint8Array([0x80, 0xff, 0x81, 0x20, 0xff, 0xfe, 0x80, 0x41, 0x80])))).toBe('ENCODING')
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 32)
    expect(code(() => decode(noise))).toBe('BINARY')
  })
})
