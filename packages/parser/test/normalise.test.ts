import { describe, expect, it } from 'vitest'
import { A_SPACE, ALWAYS, HALF_WIDTH, isInvisibleCode, NEEDS, normaliseLine, WIDE } from '../src/passes/normalise.js'
import { nodesOfType, parseLines, toText } from './helpers.js'

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
  })
})
