import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { translateOffline } from '../src/index.js'
import { dataPath, loadLexicon, readTsv } from '../src/translate/lexicon.js'
import { HAN } from './helpers.js'

describe('offline engine', () => {
  it('has a glossary of at least 1,000 distinct terms, all with Han-free English', () => {
    const rows = readTsv(dataPath('glossary.tsv'))
    const keys = new Set(rows.map(([zh]) => zh))
    expect(keys.size).toBeGreaterThanOrEqual(1000)
    for (const [zh, en] of rows) {
      expect(zh).toMatch(HAN)
      expect(en, zh).toBeTruthy()
      expect(en, zh).not.toMatch(HAN)
    }
  })

  it.each(['verbs.tsv', 'adverbs.tsv', 'words.tsv'])('%s has Han-free English', (file) => {
    for (const [zh, ...english] of readTsv(dataPath(file))) {
      expect(zh).toMatch(HAN)
      for (const en of english) expect(en, zh).not.toMatch(HAN)
    }
  })

  it('uses established English for glossary terms', () => {
    expect(translateOffline('高质量发展')).toEqual({ en: 'High-quality development', source: 'glossary' })
    expect(translateOffline('规模以上工业').en).toBe('Industrial enterprises above designated size')
    expect(translateOffline('新质生产力').en).toBe('New quality productive forces')
  })

  it('renders formulaic heading shapes', () => {
    expect(translateOffline('2022年工作回顾').en).toBe('Review of Our Work in 2022')
    expect(translateOffline('2024年政府工作任务').en).toBe('Major Tasks for 2024')
    expect(translateOffline('推动高质量发展').en).toBe('Promoting high-quality development')
    expect(translateOffline('一、2022年工作回顾').en).toBe('I. Review of Our Work in 2022')
    expect(translateOffline('（一）推动高质量发展').en).toBe('1. Promoting high-quality development')
    expect(translateOffline('加强生态文明建设，推进绿色低碳发展').en).toBe(
      'Strengthening ecological conservation and advancing green and low-carbon development',
    )
    expect(translateOffline('重庆市渝北区人民政府工作报告').en).toBe(
      'Report on the Work of the Government of Yubei District, Chongqing',
    )
    expect(translateOffline('——2023年2月8日在重庆市渝北区第十九届人民代表大会第三次会议上').en).toBe(
      "Delivered at the Third Session of the 19th People's Congress of Yubei District, Chongqing on February 8, 2023",
    )
  })

  it('names the five-year plans before the 14th, and reviews of their periods', () => {
    expect(translateOffline('“九五”时期国民经济和社会发展的回顾').en).toBe('Review of National Economic and Social Development during the Ninth Five-Year Plan Period')
    expect(translateOffline('“十三五”时期主要目标任务和重大举措').en).toContain('13th Five-Year Plan')
    expect(translateOffline('“十一五”时期国民经济和社会发展的回顾').en).toBe('Review of National Economic and Social Development during the 11th Five-Year Plan Period')
  })

  it('reads years in Chinese digits, ordinals and numbered plans of the older reports', () => {
    expect(translateOffline('一九八九年的回顾').en).toBe('Review of 1989')
    expect(translateOffline('一九九○年的国内工作').en).toContain('1990')
    expect(translateOffline('第三、关于农业生产').en).toBe('Third, on agricultural production')
    expect(translateOffline('第六个五年计划的基本任务').en).toBe('Basic tasks of the Sixth Five-Year Plan')
    // 执行情况 is the implementation of what precedes it, not "executing situation"
    expect(translateOffline('“六五”计划执行情况的回顾').en).toBe('Review of the implementation of Sixth Five-Year Plan')
    expect(translateOffline('预算执行情况')).toEqual({ en: 'The implementation of budget', source: 'glossary' })
    // Terms that start with 第 keep their own English.
    expect(translateOffline('第三产业').en).toBe('Tertiary industry')
  })

  it('drops the explanation and dates CC-CEDICT adds to a name', () => {
    expect(translateOffline('把揭批“四人帮”的斗争进行到底').en).toContain('"Gang of Four"')
    expect(translateOffline('关于苏联和各人民民主国家同我国建设的关系').en).not.toMatch(/1922|Jiang/)
  })

  it('converts numbers exactly inside headings', () => {
    expect(translateOffline('协议引资930亿元').en).toContain('93 billion yuan')
    expect(translateOffline('连续三年').en.toLowerCase()).toContain('three years')
  })

  it('reads a word that starts with a connector as the word, unless the connector is followed by a word', () => {
    // 及时 "promptly", not 及 "and" + 时 "o'clock"; 和谐 "harmonious", not "and" + 谐
    expect(translateOffline('及时开展下岗失业人员帮扶').en).toBe('Promptly carrying out laid-off unemployment staff assistance')
    expect(translateOffline('推进社会主义和谐社会建设').en).not.toMatch(/\band harmonious\b/)
    expect(translateOffline('坚持和平发展道路').en).toMatch(/\bpeace\b/)
    // 与 + 其他 (and other), not 与其 "rather than" + 他; 和 + 社会 stays "and society"
    expect(translateOffline('加强与其他地区合作').en).toMatch(/\band other\b/)
    expect(translateOffline('促进经济和社会发展').en).toMatch(/\band (?:social|society)\b/)
    // 和政 is only a county's name: 建设和政风建设 keeps its 和 as "and"
    expect(translateOffline('加强行政能力建设和政风建设').en).not.toMatch(/Hezheng/)
  })

  it('marks word-by-word lines as fallback and still leaves no Han character', () => {
    const result = translateOffline('吉能电气大明电子竣工投产')
    expect(result.source).toBe('fallback')
    expect(result.en).not.toMatch(HAN)
    expect(result.en.length).toBeGreaterThan(0)
  })

  it('never leaves a Han character, for any input', () => {
    const pool = [...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质铁达区'].map(String)
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool, '，', '、', '（', '）', '“', '”', '1', '%', ' '), { minLength: 1, maxLength: 30 }), (chars) => {
        const result = translateOffline(chars.join(''))
        expect(result.en).not.toMatch(HAN)
        expect(result.en.trim().length).toBeGreaterThan(0)
      }),
      { numRuns: 200 },
    )
  })

  it('loads its data once per process', () => {
    expect(loadLexicon()).toBe(loadLexicon())
  })
})
