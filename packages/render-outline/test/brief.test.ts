import { parse as parseHtml } from 'parse5'
import { XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { briefToHtml, briefToMarkdown, toBrief } from '../src/index.js'
import { parse } from '@gongwen/parser'
import { FIXTURES, HAN, parseFixture } from './helpers.js'

const NODE_TYPES = new Set([
  'root', 'title', 'subtitle', 'speaker', 'salutation', 'docNumber', 'addressee', 'heading', 'paragraph',
  'runInHeading', 'list', 'listItem', 'toc', 'signature', 'appendix', 'text',
])

type AnyNode = { type: string; children?: AnyNode[]; position?: unknown; value?: string; depth?: number; numbering?: unknown; style?: string; marker?: string }

function walk(node: AnyNode, visit: (node: AnyNode, parent?: AnyNode) => void, parent?: AnyNode): void {
  visit(node, parent)
  for (const child of node.children ?? []) walk(child, visit, node)
}

describe('reading brief: key figures', () => {
  it('lists a figure the report states twice once', async () => {
    const text = [
      '2022年政府工作报告',
      '各位代表：',
      '一、2022年工作回顾',
      '过去一年，工业总产值增长6%，农业总产值增长3.5%，全社会固定资产投资增长8%。',
      '二、工业生产',
      '全年工业生产平稳，工业总产值比上年增长6%，利润总额增长10%。',
    ].join('\n')
    const brief = await toBrief(parse(text).tree)
    const list = brief.children.find((node) => node.type === 'list' && (node.data as { gongwenBrief?: { role?: string } } | undefined)?.gongwenBrief?.role === 'key-figures')
    const lines = list?.type === 'list' ? list.children.map((item) => item.children.map((child) => ('value' in child ? child.value : '')).join('')) : []
    expect(lines.filter((line) => line.startsWith('农业总产值'))).toHaveLength(1)
    expect(lines.filter((line) => line.startsWith('工业总产值'))).toHaveLength(1)
  })
})

describe('reading brief of a body-only scrape', () => {
  it('is named after the kind of document when the page had no title', async () => {
    // Wikisource's copy of the 2019 report starts at 各位代表：, without a title line.
    const tree = parseFixture('gzbg_2019.txt')
    expect(tree.data.meta.title).toBeUndefined()
    const brief = await toBrief(tree)
    const markdown = briefToMarkdown(brief)
    expect(markdown).toContain('# 政府工作报告阅读简报')
    expect(markdown).toContain('Reading Brief: Report on the Work of the Government')
    expect(brief.data.meta.title).toBe('政府工作报告阅读简报')
  })
})

describe('reading brief', async () => {
  const sample = await toBrief(parseFixture('yubei-2023.txt'))

  it('is a gongwen tree of ast.ts node types without positions', () => {
    expect(sample.type).toBe('root')
    expect(sample.data.astVersion).toBe(2)
    walk(sample as unknown as AnyNode, (node, parent) => {
      expect(NODE_TYPES.has(node.type), node.type).toBe(true)
      expect(node.position).toBeUndefined()
      if (node.type === 'text') expect(typeof node.value).toBe('string')
      if (node.type === 'listItem') expect(parent?.type).toBe('list')
      if (node.type === 'heading') expect(node.depth).toBeGreaterThanOrEqual(1)
      if (parent && ['title', 'subtitle', 'paragraph', 'listItem', 'heading'].includes(parent.type)) {
        expect(['text', 'runInHeading']).toContain(node.type)
      }
    })
  })

  it('holds the title, metadata, outline, key figures and review leads', () => {
    const markdown = briefToMarkdown(sample)
    expect(markdown).toContain('# 重庆市渝北区人民政府工作报告阅读简报')
    expect(markdown).toContain('Report on the Work of the Government of Yubei District, Chongqing')
    expect(markdown).toContain('February 8, 2023')
    expect(markdown).toContain('Liao Hongjun')
    expect(markdown).toContain('I. Review of Our Work in 2022')
    expect(markdown).toMatch(/\| 地区生产总值 GDP \| 2297亿元 \| 229\.7 billion yuan \| 增长0\.3%（\\?\+0\.3%）/)
    expect(markdown).toContain('——坚定不移统筹疫情防控和经济社会发展')
    const headings = sample.children.filter((node) => node.type === 'heading')
    expect(headings).toHaveLength(3)
  })

  it('keeps the key figures readable for any renderer as list items', () => {
    const list = sample.children.find((node) => node.type === 'list')
    expect(list?.type).toBe('list')
    const first = JSON.stringify(list)
    expect(first).toContain('229.7 billion yuan')
  })

  it.each(FIXTURES)('%s: HTML brief is valid HTML5 and XML, English Han-free', async (name) => {
    const brief = await toBrief(parseFixture(name))
    const html = briefToHtml(brief)
    const errors: string[] = []
    parseHtml(html, { onParseError: (error) => errors.push(error.code) })
    expect(errors).toEqual([])
    expect(XMLValidator.validate(html)).toBe(true)
    const english = html.match(/<p class="title-en" lang="en">([^<]*)<\/p>/)?.[1] ?? ''
    expect(english).not.toMatch(HAN)
  })

  it('lists the year\'s targets first: they are what a report is read for', async () => {
    // 2024: 今年发展主要预期目标是：国内生产总值增长5%左右；…城镇调查失业率5.5%左右；居民消费价格涨幅3%左右…
    const brief = await toBrief(parseFixture('gzbg_2024.txt'))
    const list = brief.children.find((node) => node.type === 'list' && (node.data as { gongwenBrief?: { role?: string } } | undefined)?.gongwenBrief?.role === 'key-figures')
    const rows = ((list?.data as { gongwenBrief?: { table?: { rows: string[][] } } } | undefined)?.gongwenBrief?.table?.rows ?? []).map((row) => [row[0]!.split(' ')[0], row[3], row[4]])
    expect(rows).toContainEqual(['国内生产总值', '增长5%左右（about +5%）', '2024'])
    expect(rows.every((row) => row[2] === '2024')).toBe(true)
  })

  it('lists the first parts of a text with hundreds of top-level parts, and how many more there are', async () => {
    const lines = ['关于加强农业工作的意见', '各省、自治区、直辖市人民政府：']
    for (let i = 1; i <= 300; i++) lines.push(`${i}. 加强第${i}项农业基础设施建设`, `这是第${i}项工作的正文，要认真落实。`)
    const brief = await toBrief(parse(lines.join('\n')).tree)
    const entries = brief.children.filter((node) => (node.data as { gongwenBrief?: { role?: string } } | undefined)?.gongwenBrief?.role === 'outline-entry')
    expect(entries.length).toBeGreaterThan(5)
    expect(entries.length).toBeLessThan(41)
    expect(briefToMarkdown(brief)).toContain(`……另有${300 - entries.length}项（${300 - entries.length} more in the outline）`)
  })

  it('stays short: a bounded number of lines', async () => {
    const brief = await toBrief(parseFixture('gzbg_2024.txt'))
    const blocks = brief.children.length + brief.children.reduce((sum, node) => sum + (node.type === 'list' ? node.children.length : 0), 0)
    expect(blocks).toBeLessThan(60)
  })
})
