import { describe, expect, it } from 'vitest'
import { parse } from '../src/parse.js'
import { fixture, nodesOfType, toText } from './helpers.js'

describe('the reference sample (yubei-2023)', () => {
  const { tree } = parse(fixture('sample/yubei-2023.txt'))

  it('reads the document metadata', () => {
    expect(tree.data.astVersion).toBe(2)
    expect(tree.data.meta).toMatchObject({
      title: '重庆市渝北区人民政府工作报告',
      docType: '政府工作报告',
      region: '重庆市渝北区',
      date: '2023-02-08',
      meeting: '重庆市渝北区第十九届人民代表大会第三次会议',
      speaker: { name: '廖红军', role: '区长' },
      sourceUrl: '/baogao/xn/5390.html',
    })
  })

  it('finds the headings with their depths', () => {
    expect(nodesOfType(tree, 'heading').map((h) => [h.depth, h.numbering?.marker, toText(h)])).toEqual([
      [1, '一、', '2022年工作回顾'],
      [2, '（一）', '迎难而上推动经济平稳健康发展'],
      [2, '（二）', '聚焦创新持续增添活力动力'],
      [2, '（三）', '着眼长远提升产业发展质效'],
    ])
  })

  it('makes the —— paragraphs list items', () => {
    const lists = nodesOfType(tree, 'list')
    expect(lists).toHaveLength(1)
    expect(lists[0]!.children.map((i) => toText(i).slice(0, 6))).toEqual(['坚定不移统筹', '坚定不移促进', '坚定不移推进'])
  })

  it('keeps none of the site chrome in the tree and all of it in removed', () => {
    const all = JSON.stringify(tree.children)
    for (const chrome of ['导航菜单', '本文仅代表作者观点', '本文地址', '留言与评论', '验证码']) {
      expect(all).not.toContain(chrome)
      expect(tree.data.removed.some((r) => r.value.includes(chrome))).toBe(true)
    }
  })
})
