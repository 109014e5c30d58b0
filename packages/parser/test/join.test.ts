import { describe, expect, it } from 'vitest'
import { nodesOfType, parseLines, toText } from './helpers.js'

const LONG = '推动高质量发展取得新成效，经济运行总体平稳、稳中有进，主要预期目标全面完成，民生保障有力有效。'

describe('join', () => {
  it('joins a sentence broken where the page had a link (“ / 一带一路 / ”)', () => {
    const { tree } = parseLines(['政府工作报告', '', '各位代表：', '', LONG, '', '我们推进', '“', '一带一路', '”建设，扩大开放。' + LONG, '', LONG, '', LONG, ''])
    const paragraphs = nodesOfType(tree, 'paragraph').map(toText)
    expect(paragraphs).toContain('我们推进“一带一路”建设，扩大开放。' + LONG)
  })

  it('joins a fragment that starts with a closing mark to the line before', () => {
    const { tree } = parseLines(['政府工作报告', '各位代表：', LONG + '会议听取和审议了', '政府工作报告', '。会议充分肯定国务院过去一年的工作。'])
    const last = nodesOfType(tree, 'paragraph').map(toText).at(-1)
    expect(last).toBe(LONG + '会议听取和审议了政府工作报告。会议充分肯定国务院过去一年的工作。')
  })

  it('never joins a heading or list item to the line before', () => {
    const { tree } = parseLines(['政府工作报告', '各位代表：', LONG + '主要是，', '一、总体要求', '——坚定不移推进改革。' + LONG])
    expect(nodesOfType(tree, 'heading').map(toText)).toEqual(['总体要求'])
    expect(nodesOfType(tree, 'list')).toHaveLength(1)
  })

  it('joins wrapped lines in a page that separates paragraphs by blank lines, with positions over both', () => {
    const lines = ['政府工作报告', '', '各位代表：', '', LONG, '', LONG, '', LONG, '', '我们要全面贯彻党的', '宗教工作基本方针', '、', '依法管理', '宗教事务。' + LONG, '', LONG, '', LONG, '']
    const { tree } = parseLines(lines)
    const p = nodesOfType(tree, 'paragraph').find((n) => toText(n).startsWith('我们要'))!
    expect(toText(p)).toBe('我们要全面贯彻党的宗教工作基本方针、依法管理宗教事务。' + LONG)
    expect(p.position!.start.line).toBe(11)
    expect(p.position!.end.line).toBe(15)
  })
})
