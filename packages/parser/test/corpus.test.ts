import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from '../src/parse.js'
import { conservationProblem, corpusFiles, corpusRoot, textHolders } from './helpers.js'

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
      expect(conservationProblem(tree, text)).toBeUndefined()

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
