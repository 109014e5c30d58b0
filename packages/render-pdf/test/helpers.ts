import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from '@gongwen/parser'
import type { Nodes, Root } from '@gongwen/parser'

export const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures')

export function loadTree(name: string): Root {
  return parse(readFileSync(join(fixtures, name))).tree
}

const dir = mkdtempSync(join(tmpdir(), 'render-pdf-test-'))

/** Write PDF bytes to a temporary file and return its path. */
export function writePdf(name: string, bytes: Uint8Array): string {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}

/**
 * Run a command-line tool. A missing tool is an error, not a skip: CI
 * installs poppler-utils and qpdf.
 */
export function tool(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stdout?: string; stderr?: string; status?: number }
    if (e.code === 'ENOENT') throw new Error(`${command} is not installed (apt-get install poppler-utils qpdf)`)
    throw new Error(`${command} ${args.join(' ')} failed (${e.status}): ${e.stderr ?? ''}${e.stdout ?? ''}`)
  }
}

/** All text of a tree in document order (text node values). */
export function treeText(node: Nodes): string {
  if (node.type === 'text') return node.value
  let out = ''
  if (node.type === 'heading' || node.type === 'runInHeading') out += node.numbering?.marker ?? ''
  if (node.type === 'listItem') out += node.marker
  if ('children' in node) for (const child of node.children as Nodes[]) out += treeText(child)
  return out
}

/** Every node of a type, depth first. */
export function nodesOf<T extends Nodes['type']>(node: Nodes, type: T): Extract<Nodes, { type: T }>[] {
  const out: Nodes[] = []
  const visit = (n: Nodes): void => {
    if (n.type === type) out.push(n)
    if ('children' in n) for (const c of n.children as Nodes[]) visit(c)
  }
  visit(node)
  return out as Extract<Nodes, { type: T }>[]
}

/** Count outline entries from `qpdf --json` (version 1/2 shape: outlines[].kids). */
export function outlineEntries(path: string): string[] {
  const json = JSON.parse(tool('qpdf', ['--json', '--json-key=outlines', path])) as { outlines: Outline[] }
  const titles: string[] = []
  const visit = (items: Outline[]): void => {
    for (const item of items) {
      titles.push(item.title)
      visit(item.kids ?? [])
    }
  }
  visit(json.outlines)
  return titles
}

interface Outline {
  title: string
  kids?: Outline[]
}
