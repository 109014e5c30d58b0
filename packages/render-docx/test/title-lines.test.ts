import { describe, expect, it } from 'vitest'
import { breakTitle, displayWidth } from '../src/title-lines.js'

describe('breakTitle', () => {
  it('keeps a title that fits on one line', () => {
    expect(breakTitle('重庆市渝北区人民政府工作报告', 20)).toEqual(['重庆市渝北区人民政府工作报告'])
  })

  it('breaks between words into lines of about the same width', () => {
    const title = '国务院关于印发“十三五”推进基本公共服务均等化规划的通知'
    const lines = breakTitle(title, 20)
    expect(lines.join('')).toBe(title)
    expect(lines.length).toBe(2)
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(20)
    expect(Math.abs(displayWidth(lines[0]) - displayWidth(lines[1]))).toBeLessThanOrEqual(4)
    // No word is cut: 十三五 stays in its quotes, 均等化 stays whole.
    expect(lines.some((line) => line.includes('“十三五”'))).toBe(true)
    expect(lines.some((line) => line.includes('均等'))).toBe(true)
  })

  it('never starts a line with closing punctuation', () => {
    const lines = breakTitle('关于推广支持创新相关改革举措的通知（国发〔2018〕39号）', 14)
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。、）〕》”]/)
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(14)
  })

  it('breaks an English subtitle at its spaces, none of them left at the start or end of a line', () => {
    const subtitle = 'Reading Brief: Report on the Work of the Government of Yubei District, Chongqing'
    const lines = breakTitle(subtitle, 28)
    expect(lines.length).toBe(2)
    for (const line of lines) expect(line).toBe(line.trim())
    expect(lines.join(' ')).toBe(subtitle)
  })

  it('joins a title the source printed over two lines before breaking it again', () => {
    expect(breakTitle('重庆市渝北区\n人民政府工作报告', 20)).toEqual(['重庆市渝北区人民政府工作报告'])
  })
})
