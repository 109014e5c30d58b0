import { describe, expect, it } from 'vitest'
import { parseLines } from './helpers.js'

const FRONT = ['政府工作报告', '各位代表：', '过去一年，我国发展面临国内外诸多矛盾叠加、风险隐患交汇的严峻挑战，我们迎难而上，攻坚克难。']

describe('tail', () => {
  it('drops related links and the articles they list after the last heading', () => {
    const { tree } = parseLines([...FRONT, '让我们更加紧密地团结在以习近平同志为核心的党中央周围，奋力谱写新篇章！', '相关附件>>', '相关链接>>', 'abcd39f1fb7f426d9dfb6bd0fa1f2146:', '四川省第十四届人民代表大会第五次会议关于政府工作报告的决议', '解读省政府工作报告：在服务大局中担难担重前行'])
    expect(tree.data.removed.map((r) => r.rule)).toEqual(Array(5).fill('boilerplate/related'))
  })

  it('drops the licence notes of a wiki export', () => {
    const { tree } = parseLines([...FRONT, '', '本作品是中华人民共和国的法律、法规，根据《中华人民共和国著作权法》第五条第一项，本作品不适用于该法，属于公有领域。', '', 'Public domain', 'Public domain', 'false', 'false'])
    expect(tree.data.removed.map((r) => r.rule)).toEqual(Array(5).fill('boilerplate/licence'))
  })

  it('keeps a signature and short table cells at the end', () => {
    const { tree } = parseLines([...FRONT, '国务院办公厅', '2018年12月29日', '全国', '扫一扫在手机打开当前页'])
    expect(tree.data.removed.map((r) => r.value)).toEqual(['扫一扫在手机打开当前页'])
  })
})
