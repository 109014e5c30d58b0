import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AST_VERSION } from '@gongwen/parser'
import { run } from '../dist/index.js'
import { BROKEN, SAMPLE, memoryIo, tempDir } from './helpers.js'

describe('gongwen parse', () => {
  it('prints the tree as JSON with astVersion', async () => {
    const io = memoryIo()
    expect(await run(['parse', SAMPLE], io)).toBe(0)
    const tree = JSON.parse(io.out())
    expect(tree.type).toBe('root')
    expect(tree.data.astVersion).toBe(AST_VERSION)
    expect(tree.data.meta.title).toContain('渝北区')
    expect(tree.children.length).toBeGreaterThan(5)
  })

  it('prints Markdown with the title as the only level-1 heading', async () => {
    const io = memoryIo()
    expect(await run(['parse', SAMPLE, '--format', 'md'], io)).toBe(0)
    const md = io.out()
    expect(md.match(/^# /gm)).toHaveLength(1)
    expect(md).toMatch(/^## /m)
  })

  it('text holds the kept lines and none of the dropped ones', async () => {
    const json = memoryIo()
    await run(['parse', SAMPLE], json)
    const removed = JSON.parse(json.out()).data.removed as Array<{ value: string }>
    expect(removed.length).toBeGreaterThan(0)
    const io = memoryIo()
    expect(await run(['parse', SAMPLE, '--format', 'text'], io)).toBe(0)
    const lines = new Set(io.out().split('\n'))
    for (const r of removed) expect(lines.has(r.value)).toBe(false)
    expect(io.out()).toContain('各位代表')
  })

  it('--removed lists every dropped line with its number and rule', async () => {
    const json = memoryIo()
    await run(['parse', SAMPLE], json)
    const removed = JSON.parse(json.out()).data.removed as Array<{ rule: string; position: { start: { line: number } } }>
    const io = memoryIo()
    expect(await run(['parse', SAMPLE, '--removed'], io)).toBe(0)
    const rows = io.out().trimEnd().split('\n')
    expect(rows).toHaveLength(removed.length)
    const source = readFileSync(SAMPLE, 'utf8').split(/\r?\n/)
    rows.forEach((row, i) => {
      const [line, rule, text] = row.split('\t')
      expect(Number(line)).toBe(removed[i]!.position.start.line)
      expect(rule).toBe(removed[i]!.rule)
      expect(source[Number(line) - 1]).toBe(text)
    })
  })

  it('reads stdin', async () => {
    const io = memoryIo({ stdin: readFileSync(SAMPLE) })
    expect(await run(['parse', '-', '--format', 'md'], io)).toBe(0)
    const file = memoryIo()
    await run(['parse', SAMPLE, '--format', 'md'], file)
    expect(io.out()).toBe(file.out())
  })
})

describe('gongwen parse: bad input is one line naming the file, exit 1', () => {
  const dir = tempDir()
  writeFileSync(join(dir, 'blank.txt'), ' \n\t\n\u3000\n')
  mkdirSync(join(dir, 'folder.txt'))
  const cases: Array<[string, string, RegExp]> = [
    ['a missing file', join(dir, 'missing.txt'), /no such file/],
    ['a folder', join(dir, 'folder.txt'), /is a folder/],
    ['an empty file', join(BROKEN, 'empty.txt'), /empty/],
    ['white space only', join(dir, 'blank.txt'), /white space/],
    ['a PNG', join(BROKEN, 'image.txt'), /PNG/],
    ['bytes valid in no encoding', join(BROKEN, 'garbled.txt'), /not valid UTF-8/],
  ]
  for (const [name, file, pattern] of cases) {
    it(name, async () => {
      const io = memoryIo()
      expect(await run(['parse', file], io)).toBe(1)
      const lines = io.err().trimEnd().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(pattern)
      expect(lines[0]).toContain(file)
      expect(lines[0]).not.toMatch(/\bat .*:\d+:\d+/)
      expect(io.out()).toBe('')
    })
  }
})

describe('gongwen inspect', () => {
  it('marks every line kept, dropped (with its rule) or blank, and heading levels', async () => {
    const io = memoryIo()
    expect(await run(['inspect', SAMPLE], io)).toBe(0)
    const source = readFileSync(SAMPLE, 'utf8').split(/\r?\n/)
    const rows = io.out().trimEnd().split('\n').slice(1)
    expect(rows).toHaveLength(source.length - (source.at(-1) === '' ? 1 : 0))
    expect(rows.some((r) => /^\s*\d+ - .*\[boilerplate\/[a-z-]+\]$/.test(r))).toBe(true)
    expect(rows.some((r) => /^\s*\d+ \+ T /.test(r))).toBe(true)
    expect(rows.some((r) => /^\s*\d+ \+ 1 /.test(r))).toBe(true)
    expect(io.out()).not.toContain('\u001b[')
  })

  it('colours on a terminal, not with NO_COLOR', async () => {
    const tty = memoryIo({ tty: true })
    await run(['inspect', SAMPLE], tty)
    expect(tty.out()).toContain('\u001b[')
    const noColor = memoryIo({ tty: true, env: { NO_COLOR: '1' } })
    await run(['inspect', SAMPLE], noColor)
    expect(noColor.out()).not.toContain('\u001b[')
  })
})
