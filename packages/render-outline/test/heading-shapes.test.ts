import { describe, expect, it } from 'vitest'
import { toOutline, translateOffline } from '../src/index.js'
import type { OutlineEntry } from '../src/index.js'
import { HAN, parseFixture } from './helpers.js'

/** Headings of the 2026 provincial reports (and national reports), one shape a test. */
const read = (zh: string) => {
  const result = translateOffline(zh)
  expect(result.en, zh).not.toMatch(HAN)
  return result
}

describe('offline engine: heading shapes of the provincial reports', () => {
  it('reads plan-period reviews and requirements as titled headings', () => {
    expect(read('2025年工作和“十四五”发展回顾')).toEqual({
      en: 'Review of Our Work in 2025 and Development during the 14th Five-Year Plan Period',
      source: 'glossary',
    })
    expect(read('“十四五”时期经济社会发展回顾').en).toBe('Review of Economic and Social Development during the 14th Five-Year Plan Period')
    expect(read('关于“十五五”时期发展的总体要求').en).toBe('On Overall Requirements for Development during the 15th Five-Year Plan Period')
    expect(read('“十五五”时期经济社会发展把握的重要要求').en).toBe(
      'Important Requirements for Economic and Social Development during the 15th Five-Year Plan Period',
    )
    expect(read('2026年重点工作安排').en).toBe('Priorities for 2026')
    expect(read('关于2026年工作').en).toBe('Our Work for 2026')
  })

  it('joins two heading shapes on 和 (A和B)', () => {
    expect(read('“十四五”时期发展成就和“十五五”时期主要目标任务')).toEqual({
      en: 'Achievements in Development during the 14th Five-Year Plan Period and Major Targets and Tasks for the 15th Five-Year Plan Period',
      source: 'glossary',
    })
    expect(read('“十五五”时期主要目标和2026年重点工作').en).toBe('Major Targets for the 15th Five-Year Plan Period and Priorities for 2026')
  })

  it('names the gain of 取得…进展 / 迈出坚实步伐 / 实现新突破', () => {
    expect(read('现代化产业体系建设取得决定性进展').en).toMatch(/^Decisive progress in .*modernized industrial system$/)
    expect(read('经济增长迈出坚实步伐')).toEqual({ en: 'Solid steps in economic growth', source: 'glossary' })
    expect(read('高质量发展取得显著成效').en).toBe('Notable results in high-quality development')
    // 推动 brings the gain about rather than being the field of it
    expect(read('推动重要领域改革取得新突破').en).toMatch(/^Promoting new breakthroughs in /)
  })

  it('reads an outcome clause (subject + adverb + verb) as a participle, and hangs it on the task before it', () => {
    expect(read('社会文明程度明显提升')).toEqual({ en: 'Social civility markedly improved', source: 'glossary' })
    expect(read('推动科技创新和产业创新深度融合，新质生产力发展壮大').en).toBe(
      'Promoting the deep integration of technological and industrial innovation, with new quality productive forces grown stronger',
    )
    // a heading that opens with a verb is a task, not an outcome
    expect(read('全面提升城市品质').en).toMatch(/^Comprehensively enhancing /)
  })

  it('puts 在…中 after the task it frames', () => {
    expect(read('在推动高质量发展中积厚成势、整体跃升').en).toBe(
      'Building up momentum, leaping forward as a whole in promoting high-quality development',
    )
    expect(read('努力在推进全面绿色转型中实现新突破').en).toMatch(/^Achieving new breakthroughs in advancing /)
  })

  it('reads 把… constructions', () => {
    expect(read('把民生工作摆在更加突出位置').en).toBe('Giving greater prominence to work on public wellbeing')
    expect(read('始终把忠诚作为为政之魂').en).toBe('Always taking loyalty as the soul of governance')
    expect(read('把坚持党的全面领导贯穿政府工作各方面全过程').en).toMatch(/^Integrating .*leadership into every aspect and the whole process of government work$/)
  })

  it('reads 加大…力度 and 以…为牵引', () => {
    expect(read('加大保障和改善民生力度')).toEqual({ en: 'Stepping up efforts in ensuring and improving public wellbeing', source: 'glossary' })
    expect(read('以创建中国（内蒙古）自由贸易试验区为牵引，打造我国向北开放重要桥头堡').en).toMatch(/^Driven by creating .*Inner Mongolia.*gateway/)
  })

  it('puts a modifier clause before 的 after its noun, and counts measure words', () => {
    expect(read('聚焦加快构建体现江西特色和优势的现代化产业体系，深化实施“1269”行动计划').en).toContain(
      'modernized industrial system reflecting Jiangxi distinctive features and strengths',
    )
    expect(read('全力抓好七项重点工作').en).toContain('seven')
  })

  it('reads adverbial openings and provincial names', () => {
    expect(read('千方百计扩大有效投资').en).toBe('By every possible means expanding effective investment')
    expect(read('加快推进文旅强省建设').en).toBe('Accelerating the development of a province strong in culture and tourism')
    expect(read('美丽云南建设取得决定性进展').en).toBe('Decisive progress in the development of Beautiful Yunnan')
  })

  it('reads the frames of the national reports: 关于…问题, 我国的…, …的扩大, 加快 as a verb', () => {
    expect(read('关于工资制度问题')).toEqual({ en: 'On the wage system', source: 'glossary' })
    expect(read('关于我国的外交工作').en).toBe("On China's diplomatic work")
    expect(read('关于对外经济技术交流的扩大').en).toBe('On the expansion of economic and technological exchanges with other countries')
    expect(read('加快改革步伐，扩大对外开放').en).toBe('Accelerating the pace of reform and expanding opening up')
  })

  it('still marks a shape built on a dictionary word as fallback', () => {
    // the subject is unknown to the glossary: the pattern fits, the words do not
    const result = read('吉能电气明显提升')
    expect(result.source).toBe('fallback')
    expect(read('吉能电气取得新进展').source).toBe('fallback')
    expect(read('在吉能电气中实现新突破').source).toBe('fallback')
  })
})

describe('provincial reports: outline entries read as glossary English', () => {
  it.each(['anhui_gzbg.txt', 'fujian_gzbg.txt', 'yunnan_gzbg.txt', 'chongqing_gzbg.txt'])('%s: at most 10%% fallback, no Han', async (name) => {
    const outline = await toOutline(parseFixture(name))
    const entries: OutlineEntry[] = []
    const walk = (list: OutlineEntry[]) => list.forEach((entry) => (entries.push(entry), walk(entry.children)))
    walk(outline.entries)
    expect(entries.length).toBeGreaterThan(8)
    for (const entry of entries) expect(entry.en, entry.zh).not.toMatch(HAN)
    const fallback = entries.filter((entry) => entry.source === 'fallback')
    expect(fallback.length / entries.length, fallback.map((entry) => entry.zh).join('\n')).toBeLessThanOrEqual(0.1)
  })
})
