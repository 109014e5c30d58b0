import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Nodes, Root } from '../src/ast.js'
import { parse } from '../src/parse.js'
import { corpusFiles, corpusRoot } from './helpers.js'

/** White space as the parser sees it: Unicode spaces and the invisible characters it drops. */
const SPACE = /[\s\u200b-\u200d\u2060\ufeff]/

/** Nodes that hold text directly: their spans may not overlap and cover the kept text. */
function textHolders(tree: Root): Nodes[] {
  const out: Nodes[] = []
  const visit = (n: Nodes) => {
    if ('children' in n && (n.children as Nodes[]).some((c) => c.type === 'text' || c.type === 'runInHeading')) {
      out.push(n)
      return
    }
    if (n.type === 'heading' && n.children.length === 0) out.push(n)
    if ('children' in n) for (const c of n.children as Nodes[]) visit(c)
  }
  visit(tree)
  return out
}

const files = corpusFiles()

describe(`every corpus file (${files.length}, from ${corpusRoot()})`, () => {
  it('has enough files to mean something', () => {
    expect(files.length).toBeGreaterThanOrEqual(30)
  })

  for (const file of files) {
    it(relative(corpusRoot(), file), () => {
      const { tree, text } = parse(readFileSync(file))
      // Survives JSON and keeps its shape.
      expect(JSON.parse(JSON.stringify(tree))).toEqual(tree)
      expect(tree.children.length).toBeGreaterThan(0)

      // Conservation: every visible character is in exactly one span of the tree or of removed.
      const owner = new Uint8Array(text.length)
      const mark = (start: number, end: number, who: number) => {
        for (let i = start; i < end; i++) {
          if (owner[i] !== 0 && !SPACE.test(text[i]!)) expect.fail(`offset ${i} (${JSON.stringify(text.slice(i, i + 10))}) covered twice`)
          owner[i] = who
        }
      }
      for (const n of textHolders(tree)) mark(n.position!.start.offset!, n.position!.end.offset!, 1)
      for (const r of tree.data.removed) {
        mark(r.position.start.offset!, r.position.end.offset!, 2)
        expect(text.slice(r.position.start.offset, r.position.end.offset)).toBe(r.value)
      }
      for (let i = 0; i < text.length; i++) {
        if (owner[i] === 0 && text.charCodeAt(i) > 32 && !SPACE.test(text[i]!)) {
          expect.fail(`offset ${i} (${JSON.stringify(text.slice(Math.max(0, i - 10), i + 10))}) is neither in the tree nor in removed`)
        }
      }

      // Positions agree with offsets: line/column point at the same character.
      const lineStarts = [0]
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i)
        if (c === 13 && text.charCodeAt(i + 1) === 10) continue
        if (c === 10 || c === 13) lineStarts.push(i + 1)
      }
      for (const n of textHolders(tree).slice(0, 50)) {
        const p = n.position!.start
        expect(lineStarts[p.line - 1]! + p.column - 1).toBe(p.offset)
      }
    })
  }
})
