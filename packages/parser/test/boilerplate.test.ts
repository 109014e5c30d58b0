import { describe, expect, it } from 'vitest'
import { parseLines } from './helpers.js'

const BODY = [
  '各位代表：',
  '现在，我代表省人民政府，向大会作政府工作报告，请予审议，并请各位政协委员提出意见。',
  '一、过去一年工作回顾',
  '过去的一年，极不寻常、很不容易。面对错综复杂的国际形势和艰巨繁重的改革发展稳定任务，我们坚持稳中求进。',
]

function rules(lines: string[]): Record<string, string> {
  const { tree } = parseLines(lines)
  return Object.fromEntries(tree.data.removed.map((r) => [r.value.trim(), r.rule]))
}

describe('boilerplate', () => {
  it('drops a toolbar split one token a line, and the publishing lines', () => {
    const r = rules(['下载', '打印', '【字号：', '加大', '还原', '减小', '】', '2026年湖南省政府工作报告', '——2026年2月3日在湖南省第十四届人民代表大会第四次会议上', '来源：湖南日报', '时间：2026-02-24', ...BODY])
    for (const token of ['下载', '打印', '【字号：', '加大', '还原', '减小', '】']) expect(r[token]).toMatch(/^boilerplate\//)
    expect(r['来源：湖南日报']).toBe('boilerplate/publishing')
    expect(r['时间：2026-02-24']).toBe('boilerplate/publishing')
  })

  it('drops the gov.cn metadata table with its values, but not a title after an empty key', () => {
    const { tree } = parseLines(['索 引 号：', '000014349/2018-00212', '发文机关：', '国务院', '发文字号：', '国发〔2018〕39号', '发布日期：', '2018年12月05日', '主 题 词：', '国务院关于做好当前和今后一个时期', '促进就业工作的若干意见', '国发〔2018〕39号', '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：', '就业是最大的民生，也是经济发展的重中之重。当前，我国就业局势保持总体稳定。'])
    expect(tree.data.removed.map((r) => r.value)).toEqual(['索 引 号：', '000014349/2018-00212', '发文机关：', '国务院', '发文字号：', '国发〔2018〕39号', '发布日期：', '2018年12月05日', '主 题 词：'])
    expect(tree.data.meta).toMatchObject({ title: '国务院关于做好当前和今后一个时期促进就业工作的若干意见', docNumber: '国发〔2018〕39号', publishedAt: '2018-12-05', issuer: '国务院' })
  })

  it('drops photo captions and news datelines inside the text', () => {
    const r = rules(['政府工作报告', '新华社北京3月16日电', ...BODY.slice(0, 2), '殷勇同志作政府工作报告。本报记者 戴冰摄', ...BODY.slice(2)])
    expect(r['新华社北京3月16日电']).toBe('boilerplate/dateline')
    expect(r['殷勇同志作政府工作报告。本报记者 戴冰摄']).toBe('boilerplate/caption')
  })

  it('drops disclaimers, source addresses, comment boxes and captcha at the tail', () => {
    const r = rules(['政府工作报告', ...BODY, '本文仅代表作者观点,不代表本站立场。', '本文地址:/baogao/xn/5390.html', '留言与评论(共有 条评论)', '验证码:'])
    expect(r['本文仅代表作者观点,不代表本站立场。']).toBe('boilerplate/disclaimer')
    expect(r['本文地址:/baogao/xn/5390.html']).toBe('boilerplate/url')
    expect(r['留言与评论(共有 条评论)']).toBe('boilerplate/comments')
    expect(r['验证码:']).toBe('boilerplate/comments')
  })

  it('keeps body lines that merely mention site words', () => {
    const { tree } = parseLines(['政府工作报告', ...BODY, '加快建设网站集约化平台，打印、下载等政务服务全面实现一网通办，群众办事更加便利。'])
    expect(tree.data.removed).toEqual([])
  })
})
