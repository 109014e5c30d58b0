import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Nodes, Root } from '../src/ast.js'
import { parse } from '../src/parse.js'

export const here = dirname(fileURLToPath(import.meta.url))
export const fixtures = join(here, 'fixtures', 'corpus')

/** Parse lines joined with `\n`. */
export function parseLines(lines: string[]) {
  return parse(lines.join('\n'))
}

export function fixture(path: string): Uint8Array {
  return readFileSync(join(fixtures, path))
}

/** The shared development corpus when it sits beside the checkout (as in CI), else the fixtures. */
export function corpusRoot(): string {
  const shared = join(here, '..', '..', '..', '..', 'shared', 'corpus')
  return existsSync(shared) ? shared : fixtures
}

export function corpusFiles(root = corpusRoot()): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name)
      if (statSync(p).isDirectory()) walk(p)
      else if (name.endsWith('.txt')) out.push(p)
    }
  }
  walk(root)
  return out
}

export function toText(node: Nodes): string {
  if (node.type === 'text') return node.value
  if ('children' in node) return (node.children as Nodes[]).map(toText).join('')
  return ''
}

export function nodesOfType<T extends Nodes['type']>(tree: Root, type: T): Array<Extract<Nodes, { type: T }>> {
  const out: Nodes[] = []
  const visit = (n: Nodes) => {
    if (n.type === type) out.push(n)
    if ('children' in n) for (const c of n.children as Nodes[]) visit(c)
  }
  visit(tree)
  return out as Array<Extract<Nodes, { type: T }>>
}

/** White space as the parser sees it: Unicode spaces and the invisible characters it drops. */
const SPACE = /[\s\u200b-\u200d\u2060\ufeff]/

/** Nodes that hold text directly: their spans may not overlap, and with `removed` they cover the input. */
export function textHolders(tree: Root): Nodes[] {
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

/**
 * Conservation: every character of the decoded input that is not white space
 * lies in exactly one text-holding node or one removed span. Returns a
 * description of the first violation, or undefined.
 */
export function conservationProblem(tree: Root, text: string): string | undefined {
  const owner = new Uint8Array(text.length)
  const show = (i: number) => `offset ${i} (${JSON.stringify(text.slice(Math.max(0, i - 10), i + 10))})`
  const spans: Array<[number, number]> = textHolders(tree).map((n) => [n.position!.start.offset!, n.position!.end.offset!])
  for (const r of tree.data.removed) {
    if (text.slice(r.position.start.offset, r.position.end.offset) !== r.value) return `removed value differs at ${show(r.position.start.offset!)}`
    spans.push([r.position.start.offset!, r.position.end.offset!])
  }
  for (const [start, end] of spans) {
    for (let i = start; i < end; i++) {
      if (owner[i] !== 0 && !SPACE.test(text[i]!)) return `${show(i)} covered twice`
      owner[i] = 1
    }
  }
  for (let i = 0; i < text.length; i++) {
    if (owner[i] === 0 && text.charCodeAt(i) > 32 && !SPACE.test(text[i]!)) return `${show(i)} is neither in the tree nor in removed`
  }
  return undefined
}
