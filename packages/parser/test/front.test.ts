import { describe, expect, it } from 'vitest'
import { nodesOfType, parseLines, toText } from './helpers.js'

const BODY = ['现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协各位委员提出意见。', '一、过去一年工作回顾', '过去一年，我国发展面临国内外诸多矛盾叠加、风险隐患交汇的严峻挑战，我们迎难而上。']

describe('front', () => {
  it('finds title, subtitle, speaker and salutation walking back from the body', () => {
    const { tree } = parseLines(['导航菜单', '', '重庆市渝北区人民政府工作报告', '——2023年2月8日在重庆市渝北区第十九届人民代表大会第三次会议上', '重庆市渝北区人民政府区长廖红军', '各位代表:', ...BODY])
    expect(tree.children.slice(0, 4).map((c) => c.type)).toEqual(['title', 'subtitle', 'speaker', 'salutation'])
    expect(nodesOfType(tree, 'speaker')[0]).toMatchObject({ name: '廖红军', role: '区长' })
    expect(tree.data.removed.map((r) => r.value)).toEqual(['导航菜单'])
  })

  it('reads a speaker over two lines and a letter-spaced name', () => {
    const a = parseLines(['政府工作报告', '——2023年3月5日在第十四届全国人民代表大会第一次会议上', '国务院总理', '李　强', '各位代表：', ...BODY]).tree
    expect(nodesOfType(a, 'speaker')[0]).toMatchObject({ name: '李强', role: '总理' })
    const b = parseLines(['2026年山西省政府工作报告', '——2026年1月27日在山西省第十四届人民代表大会第五次会议上', '栗 俊 昌', '各位代表：', ...BODY]).tree
    expect(b.data.meta.speaker).toEqual({ name: '栗俊昌', role: '' })
  })

  it('takes a title printed over two lines as one title', () => {
    const { tree } = parseLines(['国务院关于做好当前和今后一个时期', '促进就业工作的若干意见', '国发〔2018〕39号', '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：', '就业是最大的民生，也是经济发展的重中之重。当前，我国就业局势保持总体稳定。'])
    expect(nodesOfType(tree, 'title')).toHaveLength(1)
    expect(tree.data.meta.title).toBe('国务院关于做好当前和今后一个时期促进就业工作的若干意见')
    expect(tree.children.map((c) => c.type).slice(0, 3)).toEqual(['title', 'docNumber', 'addressee'])
  })

  it('splits a line holding title, subtitle and speaker', () => {
    const { tree } = parseLines(['政府工作报告——2017年3月5日在第十二届全国人民代表大会第五次会议上国务院总理　李克强', '各位代表：', ...BODY])
    expect(tree.children.slice(0, 3).map((c) => [c.type, toText(c)])).toEqual([
      ['title', '政府工作报告'],
      ['subtitle', '——2017年3月5日在第十二届全国人民代表大会第五次会议上'],
      ['speaker', '国务院总理李克强'],
    ])
    expect(tree.data.meta).toMatchObject({ date: '2017-03-05', meeting: '第十二届全国人民代表大会第五次会议', region: '全国', speaker: { name: '李克强', role: '总理' } })
  })

  it('drops the page title that repeats the title with decoration, and keeps a kicker after the chrome', () => {
    const { tree } = parseLines(['(重庆市)重庆市渝北区人民政府工作报告(2023年2月8日)', '【字体：大 中 小】', '2023年报告', '重庆市渝北区人民政府工作报告', '各位代表：', ...BODY])
    expect(tree.data.removed.map((r) => r.rule)).toEqual(['boilerplate/page-title', 'boilerplate/toolbar'])
    expect(toText(tree.children[0]!)).toBe('2023年报告')
  })

  it('drops a journalist’s lead before the speech', () => {
    const { tree } = parseLines(['2026年湖南省政府工作报告', '——2026年2月3日在湖南省第十四届人民代表大会第四次会议上', '2月3日，湖南省第十四届人民代表大会第四次会议在省人民会堂开幕。省长毛伟明作政府工作报告。', '各位代表：', ...BODY])
    expect(tree.data.removed.map((r) => r.rule)).toEqual(['boilerplate/news-lead'])
  })
})

describe('front without a printed title', () => {
  it('says what the document is from its opening', () => {
    const { tree, messages } = parseLines(['各位代表：', '现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协各位委员提出意见。', '一、过去一年工作回顾', '过去一年，我国发展面临国内外诸多矛盾叠加、风险隐患交汇的严峻挑战，我们迎难而上。'])
    expect(tree.data.meta.title).toBeUndefined()
    expect(tree.data.meta).toMatchObject({ docType: '政府工作报告', region: '全国' })
    expect(messages.map((m) => m.ruleId)).toContain('front/no-title')
  })
})
