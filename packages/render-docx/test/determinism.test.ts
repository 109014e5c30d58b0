import { describe, expect, it } from 'vitest'
import { toDocx } from '../src/index.js'
import { handmade } from './fixtures/handmade.js'
import { sample } from './helpers.js'

describe('determinism', () => {
  it.each(['official', 'report'] as const)('gives identical bytes for the same tree (%s)', async (preset) => {
    const first = await toDocx(sample(), { preset })
    // Another document in between moves docx.js's process-wide counters.
    await toDocx(handmade(), { preset })
    const second = await toDocx(structuredClone(sample()), { preset })
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)
  })

  it('parts kept between documents (style sheet, theme, deflated parts) never leak into another preset or document', async () => {
    const official = await toDocx(sample(), { preset: 'official' })
    const report = await toDocx(sample(), { preset: 'report' })
    const brief = await toDocx(handmade(), { preset: 'report', toc: false, cover: false })
    expect(Buffer.from(await toDocx(handmade(), { preset: 'report', toc: false, cover: false })).equals(Buffer.from(brief))).toBe(true)
    expect(Buffer.from(await toDocx(sample(), { preset: 'official' })).equals(Buffer.from(official))).toBe(true)
    expect(Buffer.from(await toDocx(sample(), { preset: 'report' })).equals(Buffer.from(report))).toBe(true)
    expect(Buffer.from(official).equals(Buffer.from(report))).toBe(false)
  })

  it('stamps the zip entries with the document date, not the clock', async () => {
    const bytes = await toDocx(sample())
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    expect(view.getUint32(0, true)).toBe(0x04034b50)
    const date = view.getUint16(12, true)
    expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31]).toEqual([2023, 2, 8])
  })
})
