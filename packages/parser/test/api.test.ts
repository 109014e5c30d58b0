import { unified } from 'unified'
import { VFile } from 'vfile'
import { toMarkdown } from 'mdast-util-to-markdown'
import { describe, expect, it } from 'vitest'
import { gongwenParse } from '../src/plugin.js'
import { toMdast } from '../src/to-mdast.js'
import { parse } from '../src/parse.js'
import { GongwenError } from '../src/errors.js'
import { fixture } from './helpers.js'

describe('unified plugin', () => {
  it('parses a file into a gongwen tree', () => {
    const processor = unified().use(gongwenParse)
    const file = new VFile({ path: 'yubei.txt', value: fixture('sample/yubei-2023.txt') })
    const tree = processor.parse(file)
    expect(tree.type).toBe('root')
    expect(tree.data.meta.title).toBe('重庆市渝北区人民政府工作报告')
  })

  it('reports parser notes as vfile messages with a ruleId', () => {
    const bytes = new TextEncoder().encode('各位代表：\n\u0000现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协各位委员提出意见。\n')
    const file = new VFile({ value: bytes })
    unified().use(gongwenParse).parse(file)
    const ids = file.messages.map((m) => m.ruleId)
    expect(ids).toContain('normalise/control-character')
    expect(ids).toContain('front/no-title')
    expect(file.messages.every((m) => m.source === 'gongwen-parse' && m.fatal === false)).toBe(true)
  })

  it('fails the file with a one-line reason for input it cannot read', () => {
    const file = new VFile({ value: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) })
    expect(() => unified().use(gongwenParse).parse(file)).toThrow(/PNG image/)
    expect(file.messages[0]?.ruleId).toBe('binary')
  })
})

describe('toMdast', () => {
  it('gives mdast that remark can print, headings shifted under the title', () => {
    const { tree } = parse(fixture('sample/yubei-2023.txt'))
    const md = toMarkdown(toMdast(tree))
    expect(md.startsWith('# 重庆市渝北区人民政府工作报告\n')).toBe(true)
    expect(md).toContain('## 一、2022年工作回顾')
    expect(md).toContain('### （一）迎难而上推动经济平稳健康发展')
    expect(md).toMatch(/\* ——坚定不移统筹疫情防控/)
    expect(md).not.toContain('导航菜单')
  })

  it('ends a run-in heading\'s bold before its closing punctuation, so nothing in the text is escaped', () => {
    const { tree } = parse(fixture('provinces-2026/shanghai_gzbg.txt'))
    const md = toMarkdown(toMdast(tree))
    const runIns = tree.children.flatMap((c) => (c.type === 'paragraph' && c.children[0]?.type === 'runInHeading' ? [c.children[0]] : []))
    expect(runIns.length).toBeGreaterThan(5)
    for (const heading of runIns) {
      const value = (heading.numbering?.marker ?? '') + heading.children.map((c) => c.value).join('')
      const punctuation = /\p{P}+$/u.exec(value)?.[0] ?? ''
      expect(md).toContain(`**${value.slice(0, value.length - punctuation.length)}**${punctuation}`)
    }
    // Before, the printer escaped the character after each `。**` (`&#x575A;持`).
    expect(md).not.toMatch(/&#x[0-9A-F]+;/)
  })
})

describe('bad input', () => {
  const cases: Array<[string, string | Uint8Array, string]> = [
    ['empty', new Uint8Array(), 'EMPTY'],
    ['white space only', '  \n\u3000\n\t\n', 'EMPTY'],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'BINARY'],
    ['bytes valid in no encoding', new Uint8Array([0xff, 0x80, 0xfe, 0x81, 0x20, 0x80, 0xff, 0x30]), 'ENCODING'],
    ['only boilerplate', '下载\n打印\n【字号：\n加大\n】\n扫一扫在手机打开当前页\n', 'NO_CONTENT'],
  ]
  for (const [name, input, code] of cases) {
    it(`${name} → ${code}, one line`, () => {
      let error: unknown
      try {
        parse(input)
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(GongwenError)
      expect((error as GongwenError).code).toBe(code)
      expect((error as GongwenError).message).not.toContain('\n')
    })
  }
})

describe('HTML input', () => {
  for (const name of ['wanzai-2015.html', 'wanzai-2022.html']) {
    it(`reads the visible text of ${name}, without scripts or styles, with a warning`, () => {
      const { tree, messages, text } = parse(fixture(`tjgb-html/${name}`))
      expect(messages.map((m) => m.ruleId)).toContain('decode/html')
      expect(tree.data.meta.title).toMatch(/^万载县20\d\d年国民经济和社会发展统计公报$/)
      expect(tree.data.meta.docType).toBe('统计公报')
      const all = JSON.stringify(tree)
      expect(all).not.toMatch(/window\[|function\s*\(|\{[^}]*:\s*[^}]*;\s*\}/)
      expect(text).not.toContain('<script')
      expect(tree.children.filter((c) => c.type === 'heading').length).toBeGreaterThanOrEqual(10)
    })
  }
})
