import { describe, expect, it } from 'vitest'
import { parse } from '@gongwen/parser'
import { extractFigures, scanText, type KeyFigure } from '../src/index.js'
import { HAN, parseFixture } from './helpers.js'

function find(figures: KeyFigure[], indicator: string, value: string, unit: string): KeyFigure {
  const figure = figures.find((f) => f.indicator.zh.includes(indicator) && f.value === value && f.unit === unit)
  if (!figure) throw new Error(`no figure ${indicator} ${value}${unit} in ${figures.map((f) => f.indicator.zh + f.value + f.unit).join(', ')}`)
  return figure
}

describe('key figures of the sample', () => {
  const figures = extractFigures(parseFixture('yubei-2023.txt'))

  it('finds the headline numbers with exact English', () => {
    const gdp = find(figures, '地区生产总值', '2297', '亿元')
    expect(gdp.en).toBe('229.7 billion yuan')
    expect(gdp.indicator.en).toBe('GDP')
    expect(gdp.change).toMatchObject({ direction: 'increase', value: '0.3', unit: '%', en: '+0.3%' })
    expect(gdp.period?.en).toBe('2022')
    expect(find(figures, '工业总产值', '3462', '亿元').en).toBe('346.2 billion yuan')
    expect(find(figures, '固定资产投资', '1233', '亿元').en).toBe('123.3 billion yuan')
    expect(find(figures, '社会消费品零售总额', '1043', '亿元').en).toBe('104.3 billion yuan')
    expect(find(figures, '一般公共预算收入', '59', '亿元').en).toBe('5.9 billion yuan')
    const income = find(figures, '城乡居民人均可支配收入', '48647', '元')
    expect(income.en).toBe('48,647 yuan')
    expect(income.change?.en).toBe('+7.9%')
    expect(find(figures, '研发投入占GDP比重', '4.84', '%').en).toBe('4.84%')
    expect(find(figures, '新签约优质项目', '100', '个').en).toBe('100')
    expect(find(figures, '协议引资', '930', '亿元').en).toBe('93 billion yuan')
  })

  it('gives every indicator Han-free English and a source position', () => {
    for (const figure of figures) {
      expect(figure.indicator.en).not.toMatch(HAN)
      expect(figure.indicator.en.length).toBeGreaterThan(0)
      expect(figure.position?.start.line).toBeGreaterThan(0)
    }
  })

  it('does not read numbers inside quoted names or dates as figures', () => {
    expect(figures.some((f) => f.value === '66' && f.unit === '条')).toBe(false)
    expect(figures.some((f) => f.value === '2022')).toBe(false)
  })
})

describe('figure shapes', () => {
  it('reads decreases, percentage points and change-only figures', () => {
    const [a, b] = scanText('全年粮食产量下降1.2%，城镇化率提高0.8个百分点。')
    expect(a).toMatchObject({ value: null, change: { direction: 'decrease', en: '-1.2%' } })
    expect(a.indicator.zh).toBe('全年粮食产量'.replace('全年', ''))
    expect(b.change).toMatchObject({ direction: 'increase', unit: '个百分点', en: '+0.8 percentage points' })
  })

  it('reads levels reached with 提高到, not as a change', () => {
    const [figure] = scanText('在园幼儿普惠率提高到88.5%。')
    expect(figure.value).toBe('88.5')
    expect(figure.change).toBeUndefined()
  })

  it('reads ranges, qualifiers and scaled people', () => {
    const [growth] = scanText('预期目标为增速5%—6%。', { year: '2024' })
    expect(growth).toMatchObject({ value: '5', valueTo: '6', en: '5%–6%' })
    const [jobs] = scanText('城镇新增就业1244万人以上。')
    expect(jobs.en).toBe('over 12.44 million people')
    const [visits] = scanText('累计走访企业5000余家次。')
    expect(visits).toMatchObject({ qualifier: 'over', en: 'over 5,000 visits' })
    const [gdp] = scanText('国内生产总值超过126万亿元，增长5.2%。')
    expect(gdp).toMatchObject({ en: 'over 126 trillion yuan', change: { en: '+5.2%' } })
  })

  it('reads Chinese-numeral spans and years as the period', () => {
    const [days] = scanText('空气质量优良天数连续三年保持320天以上。', { year: '2022' })
    expect(days.indicator.zh).toBe('空气质量优良天数')
    expect(days.period?.en).toBe('2022 (three consecutive years)')
    const [output] = scanText('2023年全市地区生产总值3000亿元。')
    expect(output.period?.en).toBe('2023')
  })

  it('reads the level reached from a starting level (由…增加到…), with the indicator before 由', () => {
    expect(scanText('国民收入由3010亿元增加到3480亿元。').map((f) => [f.indicator.zh, f.value, f.unit])).toEqual([['国民收入', '3480', '亿元']])
    expect(scanText('农林水利投资比重由上年的3.3%上升到4.1%。').map((f) => [f.indicator.zh, f.value])).toEqual([['农林水利投资比重', '4.1']])
    expect(scanText('非生产性投资比重相应由31.4%下降为27.8%。').map((f) => [f.indicator.zh, f.value])).toEqual([['非生产性投资比重', '27.8']])
  })

  it('reads the middle-dot decimal point of older reports (4·3%)', () => {
    expect(scanText('国民生产总值比上年实际增长4·3%。').map((f) => [f.indicator.zh, f.change?.en])).toEqual([['国民生产总值', '+4.3%']])
  })

  it('leaves out numbers with no indicator before them: comparisons and clauses cut off at a function word', () => {
    expect(scanText('工业总产值增长6%，超过计划4%。').map((f) => f.indicator.zh)).toEqual(['工业总产值'])
    expect(scanText('符合条件的人员可申请最高不超过15万元的创业担保贷款。')).toEqual([])
    expect(scanText('组织失业青年参加3至12个月的就业见习。')).toEqual([])
    expect(scanText('在辽宁沈阳等10个城市开展试点。')).toEqual([])
  })

  it('reads quantities in Chinese numerals, as the reports of the 1950s–80s print them, keeping the printed text', () => {
    // From the 1983 and 1955 reports.
    const figures = scanText('一九八二年全国工农业总产值达到八千二百九十一亿元，比上年增长百分之七点七。新建住宅三亿五千万平方米。在校学生从八十五万六千人增加到一百一十五万四千人。')
    expect(figures.map((f) => [f.indicator.zh, f.value, f.unit, f.en, f.change?.en, f.period?.zh])).toEqual([
      ['工农业总产值', '8291', '亿元', '829.1 billion yuan', '+7.7%', '1982年'],
      ['新建住宅', '3.5', '亿平方米', '350 million square meters', undefined, undefined],
      ['在校学生', '115.4', '万人', '1.154 million people', undefined, undefined],
    ])
    expect(figures[0]!.zh).toBe('一九八二年全国工农业总产值达到八千二百九十一亿元，比上年增长百分之七点七')
    expect(scanText('油料增长一点二六倍，糖料增长百分之八十三，零售物价上升百分之零点九。').map((f) => f.change?.en)).toEqual(['+1.26 times', '+83%', '+0.9%'])
    expect(scanText('一九八○年上升百分之零点九。')).toEqual([])
    // 1959: the year compared with is not the figure's period; 1955: transport units.
    expect(scanText('一九五八年钢产量又比一九五七年增加百分之五十。').map((f) => [f.indicator.zh, f.period?.zh])).toEqual([['钢产量', '1958年']])
    expect(scanText('旅客周转量三百二十亿人公里，发电量5820亿千瓦小时。').map((f) => f.en)).toEqual(['32 billion passenger-kilometers', '582 billion kWh'])
  })

  it('leaves counted words, ordinals and counts before their noun alone', () => {
    // 一个/三项 are words, 第十一批 an ordinal; 十五个国家 counts the noun after it.
    expect(scanText('建立一个中心，完成三项任务。')).toEqual([])
    expect(scanText('核定公布第十一批省级文物保护单位133处。').map((f) => f.indicator.zh)).toEqual(['核定公布第十一批省级文物保护单位'])
    expect(scanText('我国又同十五个国家建立了外交关系。')).toEqual([])
    expect(scanText('重点做好11个方面工作。')).toEqual([])
    expect(scanText('全国新建学校30所，新增企业1200家。').map((f) => f.value)).toEqual(['30', '1200'])
  })

  it('reads a range of change (增长5%—5.5%) as a range', () => {
    // Anhui 2026: 地区生产总值增长5%—5.5%.
    expect(scanText('地区生产总值增长5%—5.5%，粮食产量增长3至5万吨。').map((f) => [f.change?.value, f.change?.valueTo, f.change?.en])).toEqual([
      ['5', '5.5', '+5% to +5.5%'],
      ['3', '5', '+30,000 to +50,000 tonnes'],
    ])
  })

  it('gives the figures of a block that opens with a span that span as their period', () => {
    // Sichuan 2026: 五年来，…城镇新增就业522万人; the 1986 report: “七五”时期，…
    const tree = parse(['四川省人民政府工作报告', '——2026年2月3日在四川省第十四届人民代表大会第五次会议上', '各位代表：', '一、2025年工作回顾', '2025年，城镇新增就业107万人。', '五年来，城镇新增就业522万人。', '“十四五”期间，粮食产量累计增长5%。', '五年来城镇新增就业500万人。', '“十五五”时期，城镇新增就业600万人。'].join('\n')).tree
    expect(extractFigures(tree).map((f) => [f.value ?? f.change?.value, f.period?.en])).toEqual([
      ['107', '2025'],
      ['522', '2021–2025'],
      ['5', '2021–2025'],
      ['500', '2025'],
      ['600', '2026–2030'],
    ])
  })

  it('names a bare 总额 after the indicator before it', () => {
    // Guangxi 2026.
    expect(scanText('外贸进出口增长8.4%，总额超过8000亿元。').map((f) => f.indicator.zh)).toEqual(['外贸进出口', '外贸进出口总额'])
    expect(scanText('投资比重提高到10%，总额174亿元。').map((f) => f.indicator.zh)).toEqual(['投资比重', '总额'])
  })

  it('trims conjunctions, modal verbs and 占 off the indicator', () => {
    // 2010, 2013, 2014, 2017 national reports.
    const indicators = (text: string) => scanText(text).map((f) => f.indicator.zh)
    expect(indicators('社会事业投资占44%，重大基础设施建设占23%。')).toEqual(['社会事业投资', '重大基础设施建设'])
    expect(indicators('经济增长预期目标定为7.5%左右，广义货币M2预期增长目标拟定为13%左右。')).toEqual(['经济增长预期目标', '广义货币M2预期增长目标'])
    expect(indicators('但赤字率2.1%，氨氮排放量要减少2%。')).toEqual(['赤字率', '氨氮排放量'])
  })

  it('reads a page-long run of digits or numerals, and a sentence of thousands of figures, in one pass (they took minutes)', () => {
    expect(scanText('1'.repeat(200_000) + '。')).toEqual([])
    expect(scanText('一'.repeat(200_000) + '。')).toEqual([])
    expect(scanText('苏联共产党第二十一次代表大会。')).toEqual([])
    // A flattened table as one sentence: what lies before each number is read once, not again for each.
    expect(scanText('产值增长5%'.repeat(50_000))).toHaveLength(50_000)
  })

  it('normalises full-width digits', () => {
    const [figure] = scanText('财政收入１３．６５万亿元。')
    expect(figure).toMatchObject({ value: '13.65', en: '13.65 trillion yuan' })
  })
})
