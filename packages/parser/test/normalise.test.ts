import { describe, expect, it } from 'vitest'
import { A_SPACE, ALWAYS, HALF_WIDTH, isInvisibleCode, NEEDS, normaliseLine, WIDE } from '../src/passes/normalise.js'
import { parse } from '../src/parse.js'
import { fixture, nodesOfType, parseLines, toText } from './helpers.js'

describe('normalise: the table of code units that need work', () => {
  it('marks exactly the units the rules name, for all 65,536', () => {
    let differences = 0
    for (let c = 0; c < 0x10000; c++) {
      const expected =
        c < 32 || c === 60 || c === 38 || c === 0x7f || c === 0xa0 || c === 0x3000 || (c >= 0xff10 && c <= 0xff19) || isInvisibleCode(c) || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f
          ? ALWAYS
          : c === 32
            ? A_SPACE
            : WIDE[c] !== undefined
              ? HALF_WIDTH
              : 0
      if (NEEDS[c] !== expected) differences++
    }
    expect(differences).toBe(0)
  })
})

describe('normalise', () => {
  it('turns escaped and odd spaces into plain ones, and drops invisible characters', () => {
    expect(normaliseLine('<U+00A0><U+00A0>各位代表：', 0, false).norm).toBe('各位代表：')
    expect(normaliseLine('\u3000\u3000我国\u200b经济', 0, false).norm).toBe('我国经济')
    expect(normaliseLine('a&nbsp;b &amp; c', 0, false).norm).toBe('a b & c')
  })

  it('removes a single space between Han characters (letter-spacing) and folds other runs', () => {
    expect(normaliseLine('栗 俊 昌', 0, false).norm).toBe('栗俊昌')
    expect(normaliseLine('二、农 业', 0, false).norm).toBe('二、农业')
    expect(normaliseLine('万载县统计局    国家统计局万载调查队', 0, false).norm).toBe('万载县统计局 国家统计局万载调查队')
    expect(normaliseLine('GDP  growth', 0, false).norm).toBe('GDP growth')
  })

  it('makes full-width digits ASCII inside numbers but keeps Chinese punctuation', () => {
    expect(normaliseLine('１９９０年增长13．65万亿元，“好”。', 0, false).norm).toBe('1990年增长13.65万亿元，“好”。')
  })

  it('strips HTML comments and tags, across lines too', () => {
    expect(normaliseLine('正文<!-- x -->继续<br/>', 0, false).norm).toBe('正文继续')
    const open = normaliseLine('正文<!--', 0, false)
    expect(open.openComment).toBe(true)
    expect(normaliseLine('still -->后文', 0, true).norm).toBe('后文')
  })

  it('keeps a map from every normalised unit back to the source offset', () => {
    const raw = '\u3000<U+00A0>一、总体要求'
    const r = normaliseLine(raw, 100, false)
    expect(r.norm).toBe('一、总体要求')
    expect(r.map[0]).toBe(100 + raw.indexOf('一'))
    expect(r.map[r.norm.length]).toBe(100 + raw.length)
  })

  it('drops lines that are only entity debris, with a rule', () => {
    const { tree } = parseLines(['政府工作报告', '<U+00A0>', '+00A0><U+00A0><U', '各位代表：', '现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协各位委员提出意见。'])
    expect(tree.data.removed.map((r) => r.rule)).toEqual(['normalise/entity', 'normalise/entity'])
    expect(toText(nodesOfType(tree, 'salutation')[0]!)).toBe('各位代表：')
  })
})

describe('normalise: half-width punctuation in Chinese text', () => {
  it('widens , : ; ( ) touching Chinese, and leaves Latin and numbers alone', () => {
    expect(normaliseLine('现在,我代表区人民政府:(一)迎难而上;生产总值(GDP)262.6亿元', 0, false).norm).toBe('现在，我代表区人民政府：（一）迎难而上；生产总值（GDP）262.6亿元')
    expect(normaliseLine('GDP (2023): 1,000 yuan', 0, false).norm).toBe('GDP (2023): 1,000 yuan')
    expect(normaliseLine('本文地址:/baogao/xn/5390.html', 0, false).norm).toBe('本文地址:/baogao/xn/5390.html')
    // After a number and before Chinese (万载 2022); after a Latin word it stays.
    expect(normaliseLine('同比增长6.2%;油料作物播种面积5.5万亩,研发投入占GDP比重达到4.84%,“双创”指数', 0, false).norm).toBe('同比增长6.2%；油料作物播种面积5.5万亩，研发投入占GDP比重达到4.84%，“双创”指数')
    expect(normaliseLine('GDP,增长1,000', 0, false).norm).toBe('GDP,增长1,000')
  })
})

describe('normalise: digit-spaced pages', () => {
  // gov.cn's copy of the 1998 report prints each digit followed by a space.
  const spaced = [
    '1998年政府工作报告',
    '——1 9 9 8 年3 月5 日在第九届全国人民代表大会第一次会议上',
    '国务院总理李鹏',
    '各位代表：',
    '本届政府从1 9 9 3 年3 月就职，到现在已经五年了，任期即将结束。',
    '一、关于过去五年的政府工作',
    '过去的五年，经济发展保持良好势头。1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元，按可比价格计算，平均每年增长1 1 ％。',
    '工业增加值平均每年增长1 5 ．3 ％，产业结构和产品结构出现了积极的变化。',
    '二、关于1 9 9 8 年政府工作的建议',
    '今年经济增长的预期目标为8 ％，GDP达到 8 万亿元，比1 9 9 7 年 增长。',
    '发电装机容量达到2 9 0 0 0 MW。',
  ]

  it('drops the space after each digit in a document that spaces its digits', () => {
    const { tree } = parseLines(spaced)
    const text = toText(tree)
    expect(text).toContain('1997年国内生产总值达到74772亿元')
    expect(text).toContain('平均每年增长11％')
    expect(text).toContain('平均每年增长15.3％')
    expect(text).toContain('从1993年3月就职')
    expect(toText(nodesOfType(tree, 'heading')[1]!)).toBe('关于1998年政府工作的建议')
    // Only the space after a digit goes: the one before a digit, and the one before a Latin word, stay.
    expect(text).toContain('GDP达到 8万亿元，比1997年增长')
    expect(text).toContain('29000 MW')
    expect(tree.data.meta.date).toBe('1998-03-05')
  })

  it('leaves digits alone in a document that writes numbers together', () => {
    const mixed = spaced.map((line, i) => (i === 4 || i === 6 || i === 7 ? line.replace(/([0-9]) (?=[0-9])/g, '$1') : line))
    const { tree } = parseLines([...mixed, '2 0 2 2 年 与 2023年相比', '2024年、2025年和2026年'])
    expect(toText(tree)).toContain('2 0 2 2 年')
    expect(toText(tree)).toContain('达到74772 亿元')
  })

  it('reads the real page: date, figures and no spaced digit left', () => {
    const { tree } = parse(fixture('national-govcn/1998.txt'))
    expect(tree.data.meta.date).toBe('1998-03-05')
    expect(toText(tree)).not.toMatch(/[0-9] [0-9]/)
    expect(toText(tree)).toContain('1997年国内生产总值达到74772亿元')
  })
})
