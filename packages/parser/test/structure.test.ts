import { describe, expect, it } from 'vitest'
import { parse } from '../src/parse.js'
import { fixture, nodesOfType, parseLines, toText } from './helpers.js'

const NUM = '〇一二三四五六七八九'
let counter = 0
/** A distinct paragraph each call, so no two count as copies of each other. */
function para(): string {
  const n = String(++counter).split('').map((d) => NUM[Number(d)]).join('')
  return `过去一年第${n}项工作，我国发展面临国内外诸多矛盾叠加、风险隐患交汇的严峻挑战，我们迎难而上，攻坚克难。`
}
const FRONT = ['政府工作报告', '各位代表：', para()]

function headings(lines: string[]) {
  const { tree } = parseLines([...FRONT, ...lines])
  return nodesOfType(tree, 'heading').map((h) => [h.depth, h.numbering?.marker ?? null, toText(h)])
}

describe('structure: headings', () => {
  it('ranks numbering styles by the order they appear', () => {
    expect(headings(['一、总体要求', para(), '（一）稳增长', para(), '1．扩大内需', para(), '（1）提振消费', para(), '（二）促改革', para(), '二、主要任务', para()])).toEqual([
      [1, '一、', '总体要求'],
      [2, '（一）', '稳增长'],
      [3, '1．', '扩大内需'],
      [4, '（1）', '提振消费'],
      [2, '（二）', '促改革'],
      [1, '二、', '主要任务'],
    ])
  })

  it('infers depth per document: a document that starts at （一） has it at depth 1', () => {
    expect(headings(['（一）稳增长', para(), '1．扩大内需', para(), '（二）促改革', para()]).map((h) => h[0])).toEqual([1, 2, 1])
  })

  it('handles 第一章 / 第一条 and decimal numbering', () => {
    const { tree } = parseLines([...FRONT, '第一章 总则', '第一条　为了规范国务院工作，根据宪法和有关法律，制定本规则。', '第二条　国务院工作的指导思想是坚持以人民为中心。', '第二章 组成人员职责', '第三条　国务院实行总理负责制。'])
    expect(nodesOfType(tree, 'heading').map((h) => [h.depth, toText(h)])).toEqual([[1, '总则'], [1, '组成人员职责']])
    expect(nodesOfType(tree, 'runInHeading').map((h) => [h.depth, h.numbering?.marker])).toEqual([[2, '第一条'], [2, '第二条'], [2, '第三条']])
    expect(headings(['1 范围', para(), '1.1 总则', para(), '1.2 术语', para(), '2 要求', para()]).map((h) => [h[0], h[1]])).toEqual([[1, '1'], [2, '1.1'], [2, '1.2'], [1, '2']])
  })

  it('makes a heading phrase that runs into its paragraph a runInHeading', () => {
    const { tree } = parseLines([...FRONT, '一、今年工作安排', '（一）着力扩大国内需求。面对外部环境变化，我们要把扩大内需作为战略基点，加快补上内需特别是消费短板。'])
    const p = nodesOfType(tree, 'paragraph').at(-1)!
    expect(p.children[0]).toMatchObject({ type: 'runInHeading', depth: 2, numbering: { marker: '（一）', style: 'cn-paren', ordinal: 1 } })
    expect(toText(p.children[0]!)).toBe('着力扩大国内需求。')
    expect(toText(p.children[1]!)).toBe('面对外部环境变化，我们要把扩大内需作为战略基点，加快补上内需特别是消费短板。')
  })

  it('does not take enumerations, numbered sentences or stray table cells for headings', () => {
    expect(headings(['一是全力挖掘内需增长新潜能。把稳增长的重心放在扩大内需上，经济增长内生动力持续增强。', '1.本公报中数据均为初步统计数，最后以年报核定数据为准，部分数据因四舍五入的原因存在总计与分项合计不等的情况。', '（三）', '全国'])).toEqual([])
    expect(headings(['一、综合', para(), '（三）增长', para()])).toEqual([[1, '一、', '综合']])
  })

  it('finds unnumbered section headings between paragraphs', () => {
    const long = () => para() + para()
    expect(headings(['过去五年的基本总结', long(), '一、坚持改革', long(), '结束语', long()]).map((h) => [h[0], h[2]])).toEqual([[1, '过去五年的基本总结'], [2, '坚持改革'], [1, '结束语']])
  })
})

describe('structure: lists, signature, appendices, toc', () => {
  it('groups —— lead items and ①② items into lists', () => {
    const { tree } = parseLines([...FRONT, '——坚定不移统筹发展和安全，保持了经济社会大局稳定。', '——坚定不移促进产业升级，高质量发展动能更强。', para(), '①新签约项目100个；', '②总投资930亿元。'])
    const lists = nodesOfType(tree, 'list')
    expect(lists.map((l) => [l.style, l.ordered, l.children.length])).toEqual([['dash', false, 2], ['circled', true, 2]])
    expect(lists[0]!.children[0]).toMatchObject({ marker: '——' })
    expect(toText(lists[0]!.children[0]!)).toBe('坚定不移统筹发展和安全，保持了经济社会大局稳定。')
  })

  it('recognises the 落款 and an appendix that restarts the numbering', () => {
    const { tree } = parseLines([...FRONT, '一、总体要求', para(), '二、主要任务', para(), '国务院', '2018年11月16日', '（此件公开发布）', '附件1', '一、第一批事项', para(), '（一）细则', para()])
    expect(nodesOfType(tree, 'signature').map(toText)).toEqual(['国务院2018年11月16日'])
    const appendix = nodesOfType(tree, 'appendix')[0]!
    expect(appendix.label).toBe('附件1')
    expect(appendix.children.filter((c) => c.type === 'heading').map((h) => [h.type === 'heading' ? h.depth : 0, toText(h)])).toEqual([[1, '附件1'], [1, '第一批事项'], [2, '细则']])
    expect(tree.data.meta).toMatchObject({ date: '2018-11-16', issuer: '国务院' })
  })

  it('marks a 目录 block as a table of contents, not headings or duplicates', () => {
    const { tree, } = parseLines([...FRONT, '目录', '一、总体要求', '二、主要任务', '一、总体要求', para(), '二、主要任务', para()])
    expect(nodesOfType(tree, 'toc')[0]!.children.map(toText)).toEqual(['目录', '一、总体要求', '二、主要任务'])
    expect(nodesOfType(tree, 'heading').map(toText)).toEqual(['总体要求', '主要任务'])
    expect(tree.data.removed).toEqual([])
  })

  it('drops later copies of the page text, but not short refrains', () => {
    const body = ['一、总体要求', para(), '各位代表！', para(), '各位代表！', '我们要更加紧密地团结在以习近平同志为核心的党中央周围，为全面建设社会主义现代化国家而团结奋斗！']
    const { tree } = parseLines([...FRONT, ...body, ...body])
    expect(tree.data.removed.map((r) => r.rule)).toEqual(Array(body.length).fill('duplicate'))
    expect(nodesOfType(tree, 'paragraph').filter((p) => toText(p) === '各位代表！')).toHaveLength(2)
  })
})

describe('structure: a closing section', () => {
  it('puts 结束语 at the top level even after numbered sections', () => {
    const long = '我们要更加紧密地团结在以习近平同志为核心的党中央周围，坚定信心，真抓实干，为全面建设社会主义现代化国家而团结奋斗。'
    const { tree } = parseLines(['政府工作报告', '各位代表：', long.replace('我们', '今年我们'), '一、过去一年工作回顾', long.replace('我们', '过去我们'), '（一）稳增长', long.replace('我们', '一年来我们'), '结束语', long])
    expect(nodesOfType(tree, 'heading').map((h) => [h.depth, toText(h)])).toEqual([[1, '过去一年工作回顾'], [2, '稳增长'], [1, '结束语']])
  })
})

describe('structure: flattened tables', () => {
  it('does not take a table group row before a row-number cell for a heading', () => {
    const { tree } = parseLines(['国务院办公厅关于推广第二批支持创新相关改革举措的通知', '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：', '经国务院同意，现将第二批支持创新相关改革举措推广清单印发给你们，请结合实际认真贯彻执行。', '序号', '改革举措', '一、知识产权保护方面（共5项）', '1', '知识产权民事、刑事、行政案件“三合一”审判', '全国'])
    expect(nodesOfType(tree, 'heading')).toEqual([])
  })
})

describe('structure: the official English versions', () => {
  // Lines of the English 2024 report as scraped (corpus: parallel/national_gzbg_2024_en_from_parallel.txt).
  const opening = 'On behalf of the State Council, I will now report to you on the work of the government for your deliberation and also for comments from members of the National Committee of the Chinese People\'s Political Consultative Conference (CPPCC).'
  const review = 'I. A Review of Our Work in 2023'
  const weStrengthened = '1. We strengthened macro regulation and promoted steady economic recovery and growth. In light of grave challenges and the particular conditions of the post-Covid economic recovery, we took coordinated steps to ensure stable growth.'
  const wePromoted = '2. We promoted industrial upgrading through innovation and gained new momentum for coordinated urban-rural and regional development. To build China\'s strength in science and technology, we continued to improve the new system for mobilizing resources nationwide.'
  const tasks = 'III. Major Tasks for 2024'
  // The scrape lost the full stop between a task heading and its paragraph.
  const striving = '1. Striving to modernize the industrial system and developing new quality productive forces at a faster pace We should give full rein to the leading role of innovation in boosting development.'
  const continuing = '2. Making every effort to deliver in work relating to agriculture, rural areas, and rural residents and taking solid steps to advance all-around rural revitalization Continuing to prioritize agricultural and rural development, we will learn from the Green Rural Revival Program.'

  it('takes I. II. III. for the top sections and 1. 2. for run-in headings, with the spaces as printed', () => {
    const { tree } = parseLines(['Fellow Deputies,', opening, review, weStrengthened, wePromoted, tasks, striving, continuing])
    expect(tree.children[0]?.type).toBe('salutation')
    expect(nodesOfType(tree, 'heading').map((h) => [h.depth, h.numbering?.style, h.numbering?.marker, toText(h)])).toEqual([
      [1, 'roman', 'I. ', 'A Review of Our Work in 2023'],
      [1, 'roman', 'III. ', 'Major Tasks for 2024'],
    ])
    const runIns = nodesOfType(tree, 'runInHeading').map((h) => [h.depth, h.numbering?.marker, toText(h)])
    expect(runIns).toEqual([
      [2, '1. ', 'We strengthened macro regulation and promoted steady economic recovery and growth.'],
      [2, '2. ', 'We promoted industrial upgrading through innovation and gained new momentum for coordinated urban-rural and regional development.'],
      [2, '1. ', 'Striving to modernize the industrial system and developing new quality productive forces at a faster pace'],
      [2, '2. ', 'Making every effort to deliver in work relating to agriculture, rural areas, and rural residents and taking solid steps to advance all-around rural revitalization'],
    ])
    // The text after a run-in heading keeps the space that separates the sentences.
    const after = nodesOfType(tree, 'paragraph').flatMap((p) => (p.children[0]?.type === 'runInHeading' ? [p.children[1]] : []))
    expect(after.map((t) => (t && 'value' in t ? t.value.slice(0, 12) : ''))).toEqual([' In light of', ' To build Ch', ' We should g', ' Continuing '])
  })

  it('leaves sentences that only start like a numbered line alone', () => {
    const { tree } = parseLines(['Fellow Deputies,', opening, 'I. think that is a sentence, not a heading, since a lower-case word follows the numeral.', 'V. I. Lenin is quoted here; a fifth section cannot open a document.', '1. This sentence runs on and on and on with far more words than any heading of the report would ever have in it, so it is a paragraph; and it goes on.'])
    expect(nodesOfType(tree, 'heading')).toEqual([])
    expect(nodesOfType(tree, 'runInHeading')).toEqual([])
  })

  it('reads English lines for headings only in an English document: a Chinese report\'s numbered references stay paragraphs', () => {
    const { tree } = parseLines([
      ...FRONT,
      '一、研究基础',
      para(),
      'I. Introduction',
      '1. Smith J. Economic growth and structural change in Chinese provinces. Journal of Development Studies, 2020.',
      '2. Wang L. Fiscal decentralisation and local public goods. China Economic Review, 2021.',
      para(),
    ])
    expect(nodesOfType(tree, 'heading').map((h) => toText(h))).toEqual(['研究基础'])
    expect(nodesOfType(tree, 'runInHeading')).toEqual([])
  })

  it('finds the three sections and sixteen run-in headings of the whole English 2024 report', () => {
    const { tree } = parse(fixture('parallel/national_gzbg_2024_en_from_parallel.txt'))
    expect(nodesOfType(tree, 'heading').map((h) => (h.numbering?.marker ?? '') + toText(h))).toEqual([
      'I. A Review of Our Work in 2023',
      'II. Overall Requirements and Policy Orientation for Economic and Social Development in 2024',
      'III. Major Tasks for 2024',
    ])
    expect(nodesOfType(tree, 'runInHeading').map((h) => h.numbering?.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  })
})
