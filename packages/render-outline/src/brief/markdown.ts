/**
 * Markdown for a gongwen tree (the brief, or any document): one handler per
 * node type in this map, so a new node type is a type error here.
 */
import type { Nodes, Root } from '@gongwen/parser'
import { escapeMarkdown } from '../formats/escape.js'
import { briefDepth, briefTable, renderTree, type TreeHandlers } from './tree-handlers.js'

// Text nodes escape themselves; containers only join.
const inline = (node: Nodes, state: { all(node: Nodes): string }) => state.all(node).trim()

const handlers: Required<TreeHandlers> = {
  root: (node, state) => node.children.map((child) => state.one(child)).filter(Boolean).join('\n\n') + '\n',
  title: (node, state) => `# ${inline(node, state)}`,
  subtitle: (node, state) => `*${inline(node, state)}*`,
  speaker: (node, state) => inline(node, state),
  salutation: (node, state) => inline(node, state),
  docNumber: (node, state) => inline(node, state),
  addressee: (node, state) => inline(node, state),
  heading: (node, state) => `${'#'.repeat(Math.min(6, node.depth + 1))} ${escapeMarkdown(node.numbering?.marker ?? '')}${inline(node, state)}`,
  paragraph: (node, state) => {
    const depth = briefDepth(node)
    const text = node.children.map((child) => state.one(child)).join('').trim()
    return depth === undefined ? text : `${'  '.repeat(Math.max(0, depth - 1))}- ${text}`
  },
  runInHeading: (node, state) => `**${escapeMarkdown(node.numbering?.marker ?? '')}${inline(node, state)}**`,
  list: (node, state) => {
    const table = briefTable(node)
    if (table) {
      const row = (cells: string[]) => `| ${cells.map((cell) => escapeMarkdown(cell)).join(' | ')} |`
      return [row(table.columns), `|${table.columns.map(() => ' --- |').join('')}`, ...table.rows.map(row)].join('\n')
    }
    return node.children.map((child) => state.one(child)).join('\n')
  },
  listItem: (node, state) => `- ${escapeMarkdown(node.marker)}${inline(node, state)}`,
  toc: (node, state) => node.children.map((child) => state.one(child)).join('\n\n'),
  signature: (node, state) => node.children.map((child) => state.one(child)).join('  \n'),
  appendix: (node, state) => node.children.map((child) => state.one(child)).join('\n\n'),
  text: (node) => escapeMarkdown(node.value),
}

export function briefToMarkdown(brief: Root): string {
  return renderTree(brief, handlers)
}
