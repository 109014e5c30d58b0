import fc from 'fast-check'
import { toMarkdown } from 'mdast-util-to-markdown'
import { describe, expect, it } from 'vitest'
import type { Root } from '../src/ast.js'
import { GongwenError } from '../src/errors.js'
import { parse } from '../src/parse.js'
import { toMdast } from '../src/to-mdast.js'
import { conservationProblem, fixture } from './helpers.js'

// Real lines to build documents from: the sample's text and a provincial report's.
const real = [fixture('sample/yubei-2023.txt'), fixture('provinces-2026/hunan_gzbg.txt'), fixture('govcn-2018-page/cujin_jiuye_yijian.txt')]
  .flatMap((b) => new TextDecoder().decode(b).split(/\r?\n/))
  .filter((l) => l.trim())
const chrome = ['下载', '打印', '【字号：', '加大', '】', '来源：新华社', '扫一扫在手机打开当前页', '<U+00A0>', '<!--', '-->', '本文地址:/a/1.html', '相关报道：', 'Public domain', '当前位置：首页>>要闻']
const headings = ['一、总体要求', '（一）稳增长', '1．扩大内需', '（1）提振消费', '第一章 总则', '第一条　本办法所称', '二、主要任务', '——坚定不移推进改革。', '①新签约项目；', '目录', '附件1', '名词解释']

const noise = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }), // astral characters and lone surrogates
  fc.constantFrom('\u0000', '\u200f\u202e', 'a\u0301\u0308', '\t\u3000\u00a0', '\ufeff', '𠀀𠀁', '①②③', '<p>正文</p>', '&amp;&#x4e2d;'),
  fc.string({ unit: fc.constantFrom('一', '、', '（', '）', '。', '—', '“', '”', ' ', '<', '!', '-', '年', '1', '.'), minLength: 200, maxLength: 3000 }),
)

const line = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...real) }, { weight: 2, arbitrary: fc.constantFrom(...chrome) }, { weight: 2, arbitrary: fc.constantFrom(...headings) }, { weight: 2, arbitrary: noise }, { weight: 1, arbitrary: fc.constant('') })
const document = fc.tuple(fc.array(line, { minLength: 0, maxLength: 60 }), fc.constantFrom('\n', '\r\n', '\r')).map(([lines, eol]) => lines.join(eol))

function tryParse(text: string): { tree: Root; text: string } | undefined {
  try {
    return parse(text)
  } catch (error) {
    if (error instanceof GongwenError && !error.message.includes('\n')) return undefined
    throw error
  }
}

describe('properties over generated documents', () => {
  it('parsing never throws anything but a one-line GongwenError', () => {
    fc.assert(fc.property(document, (text) => void tryParse(text)), { numRuns: 300, seed: 20261128 })
  })

  it('conserves every visible character: in the tree or in removed, exactly once', () => {
    fc.assert(
      fc.property(document, (text) => {
        const result = tryParse(text)
        if (result) expect(conservationProblem(result.tree, result.text)).toBeUndefined()
      }),
      { numRuns: 300, seed: 7 },
    )
  })

  it('gives a tree that survives JSON', () => {
    fc.assert(
      fc.property(document, (text) => {
        const result = tryParse(text)
        if (result) expect(JSON.parse(JSON.stringify(result.tree))).toEqual(result.tree)
      }),
      { numRuns: 100, seed: 11 },
    )
  })

  it('parse → Markdown → parse keeps the heading structure', () => {
    const shape = (tree: Root) =>
      tree.children.flatMap((c) => {
        if (c.type === 'heading') return [`${c.depth}:${c.numbering?.marker ?? ''}${c.children.map((t) => ('value' in t ? t.value : '')).join('')}`]
        if (c.type === 'paragraph' && c.children[0]?.type === 'runInHeading') return [`R${c.children[0].depth}:${c.children[0].numbering?.marker ?? ''}`]
        return []
      })
    const docs = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...real) }, { weight: 2, arbitrary: fc.constantFrom(...headings) }), { minLength: 5, maxLength: 40 }).map((l) => ['政府工作报告', '各位代表：', ...l].join('\n'))
    fc.assert(
      fc.property(docs, (text) => {
        const first = tryParse(text)
        if (!first) return
        const again = tryParse(toMarkdown(toMdast(first.tree)))
        expect(again && shape(again.tree)).toEqual(shape(first.tree))
      }),
      { numRuns: 150, seed: 3 },
    )
  })
})

describe('no super-linear backtracking', () => {
  // Long runs of the characters the patterns repeat; a pass with a
  // catastrophic pattern would take seconds or hang on these.
  const runs = ['一', '、', '（', '）', '—', '“', '<', '<!--', '&', ' ', '　', '.', '1', '第', '年', '月', '日', '：', '【', '】', '>', '*', '#', 'U+00A0', '摄', '记者 ', 'a', 'We ', 'ing ', 'ly ']
  for (const unit of runs) {
    it(`a 200,000-unit run of ${JSON.stringify(unit)}`, () => {
      const line = unit.repeat(Math.ceil(200_000 / unit.length))
      const text = ['政府工作报告', '各位代表：', line, `${line}。`, `一、${line}`, `（一）${line}。${line}`, `——${line}`, `I. A ${line}`, `1. Striving ${line} We ${line}`].join('\n')
      const started = performance.now()
      tryParse(text)
      // Linear work on ~1.4 MB takes well under a second even on a loaded machine.
      expect(performance.now() - started).toBeLessThan(5000)
    })
  }
})
