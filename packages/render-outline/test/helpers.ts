import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse, type Root } from '@gongwen/parser'

export const FIXTURES = ['yubei-2023.txt', 'gzbg_2024.txt', 'chongqing_gzbg.txt', 'guowuyuan_gongzuo_guize.txt', 'wanzai-2022.txt']

const cache = new Map<string, Root>()

export function parseFixture(name: string): Root {
  let tree = cache.get(name)
  if (!tree) {
    tree = parse(readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)))).tree
    cache.set(name, tree)
  }
  return tree
}

export const HAN = /\p{Script=Han}/u

type AnyNode = { type: string; children?: AnyNode[]; depth?: number; position?: unknown }

/** Headings and run-in headings of a tree, in document order. */
export function headingsOf(tree: Root): Array<{ type: string; depth: number; text: string }> {
  const out: Array<{ type: string; depth: number; text: string }> = []
  const text = (node: AnyNode): string =>
    'value' in node ? String((node as { value: string }).value) : (node.children ?? []).map(text).join('')
  const walk = (node: AnyNode) => {
    if (node.type === 'heading' || node.type === 'runInHeading') out.push({ type: node.type, depth: node.depth ?? 0, text: text(node) })
    if (node.type === 'toc') return
    for (const child of node.children ?? []) walk(child)
  }
  walk(tree as unknown as AnyNode)
  return out
}
