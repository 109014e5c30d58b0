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
