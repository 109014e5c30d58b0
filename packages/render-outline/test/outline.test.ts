import { describe, expect, it } from 'vitest'
import type { Root } from '@gongwen/parser'
import { englishNumbering, handlers, toOutline, type OutlineEntry } from '../src/index.js'
import { FIXTURES, HAN, headingsOf, parseFixture } from './helpers.js'

function flatten(entries: OutlineEntry[]): OutlineEntry[] {
  return entries.flatMap((entry) => [entry, ...flatten(entry.children)])
}

describe('toOutline on real documents', () => {
  it.each(FIXTURES)('%s: every heading once, at its depth, with Han-free English', async (name) => {
    const tree = parseFixture(name)
    const outline = await toOutline(tree)
    const entries = flatten(outline.entries).filter((entry) => entry.kind !== 'lead')
    const headings = headingsOf(tree)
    expect(headings.length).toBeGreaterThan(0)
    expect(entries).toHaveLength(headings.length)
    headings.forEach((heading, index) => {
      const entry = entries[index]
      expect(entry.depth).toBe(heading.depth)
      expect(heading.text.replace(/\s/g, '')).toContain(entry.zh.replace(/\s/g, ''))
      expect(entry.en.trim().length).toBeGreaterThan(0)
      expect(entry.en).not.toMatch(HAN)
      expect(['memory', 'online', 'glossary', 'fallback']).toContain(entry.source)
    })
    // nesting follows depth: a child is always deeper than its parent
    const check = (list: OutlineEntry[], parentDepth: number) => {
      for (const entry of list) {
        if (entry.kind !== 'appendix') expect(entry.depth).toBeGreaterThan(parentDepth)
        check(entry.children, entry.kind === 'appendix' ? 0 : entry.depth)
      }
    }
    check(outline.entries, 0)
  })

  it('numbers the English versions\' sections I. II. as printed', () => {
    expect(englishNumbering({ marker: 'III. ', style: 'roman', ordinal: 3 }).en).toBe('III.')
    expect(englishNumbering({ marker: '一、', style: 'cn-comma', ordinal: 3 }).en).toBe('III.')
  })

  it('puts the sample front in both languages', async () => {
    const outline = await toOutline(parseFixture('yubei-2023.txt'))
    expect(outline.front.title?.en).toBe('Report on the Work of the Government of Yubei District, Chongqing')
    expect(outline.front.date).toEqual({ iso: '2023-02-08', en: 'February 8, 2023' })
    expect(outline.front.meeting?.en).toContain("Third Session of the 19th People's Congress")
    expect(outline.front.speaker?.name.en).toBe('Liao Hongjun')
    expect(outline.front.speaker?.role.en).toBe('District Mayor')
    const top = outline.entries[0]
    expect(top).toMatchObject({ zh: '2022年工作回顾', en: 'Review of Our Work in 2022', numbering: { en: 'I.' } })
    expect(top.children.map((child) => child.numbering?.en)).toEqual(['1.', '2.', '3.'])
  })

  it('adds lead items only when asked', async () => {
    const tree = parseFixture('yubei-2023.txt')
    const without = flatten((await toOutline(tree)).entries)
    const withLeads = flatten((await toOutline(tree, { leads: true })).entries)
    expect(without.some((entry) => entry.kind === 'lead')).toBe(false)
    const leads = withLeads.filter((entry) => entry.kind === 'lead')
    expect(leads).toHaveLength(3)
    expect(leads[0].zh.startsWith('坚定不移统筹疫情防控')).toBe(true)
    expect(leads[0].depth).toBe(2)
    for (const lead of leads) expect(lead.en).not.toMatch(HAN)
  })

  it('is deterministic', async () => {
    const tree = parseFixture('gzbg_2024.txt')
    expect(JSON.stringify(await toOutline(tree, { leads: true }))).toBe(JSON.stringify(await toOutline(tree, { leads: true })))
  })

  it('nests appendix headings under the appendix and reads run-in headings', async () => {
    const tree: Root = {
      type: 'root',
      data: { astVersion: 1, meta: {}, removed: [] },
      children: [
        { type: 'heading', depth: 1, numbering: { marker: '一、', style: 'cn-comma', ordinal: 1 }, children: [{ type: 'text', value: '总体要求' }] },
        {
          type: 'paragraph',
          children: [
            { type: 'runInHeading', depth: 2, numbering: { marker: '（一）', style: 'cn-paren', ordinal: 1 }, children: [{ type: 'text', value: '推动高质量发展。' }] },
            { type: 'text', value: '要坚持……' },
          ],
        },
        {
          type: 'appendix',
          label: '附件1',
          children: [
            { type: 'heading', depth: 1, numbering: null, children: [{ type: 'text', value: '附件1' }] },
            { type: 'heading', depth: 1, numbering: { marker: '一、', style: 'cn-comma', ordinal: 1 }, children: [{ type: 'text', value: '<script>alert(1)</script>' }] },
          ],
        },
      ],
    }
    const outline = await toOutline(tree)
    expect(outline.entries).toHaveLength(2)
    expect(outline.entries[0].children[0]).toMatchObject({ kind: 'runInHeading', zh: '推动高质量发展', en: 'Promoting high-quality development', depth: 2 })
    const appendix = outline.entries[1]
    expect(appendix).toMatchObject({ kind: 'appendix', zh: '附件1', en: 'Annex 1', depth: 1 })
    expect(appendix.children[0]).toMatchObject({ zh: '<script>alert(1)</script>', depth: 1 })
  })

  it('has one handler per node type', () => {
    expect(Object.keys(handlers).sort()).toEqual(
      ['addressee', 'appendix', 'docNumber', 'heading', 'list', 'listItem', 'paragraph', 'root', 'runInHeading', 'salutation', 'signature', 'speaker', 'subtitle', 'text', 'title', 'toc'],
    )
  })

  it('takes a few milliseconds per report once warm', async () => {
    const tree = parseFixture('gzbg_2024.txt')
    await toOutline(tree)
    const start = performance.now()
    for (let i = 0; i < 5; i++) await toOutline(tree, { leads: true })
    expect((performance.now() - start) / 5).toBeLessThan(50)
  })
})
