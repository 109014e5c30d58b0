import type * as Mdast from 'mdast'
import type { Nodes, PhrasingContent, Root, RootContent } from './ast.js'

/**
 * gongwen tree → mdast, so remark-stringify and rehype can be used on the
 * result. The front becomes a heading (title) and paragraphs; gongwen
 * heading depths shift down one so the title stays the only `#`; a
 * run-in heading becomes `strong`; positions are carried over, except on
 * the two nodes made when a run-in heading's closing punctuation moves into
 * the text after it (see `phrasing`).
 */
export function toMdast(tree: Root): Mdast.Root {
  const children: Mdast.RootContent[] = []
  for (const node of tree.children) children.push(...block(node))
  return { type: 'root', children, position: tree.position }
}

/** Punctuation closing a run-in heading (`。`, `：`, `）`). */
const TRAILING_PUNCTUATION = /\p{P}+$/u
/** Text that starts with a letter or digit, not space or punctuation. */
const STARTS_WORD = /^[^\s\p{P}\p{S}]/u

function phrasing(nodes: PhrasingContent[]): Mdast.PhrasingContent[] {
  const out: Mdast.PhrasingContent[] = []
  let carry = ''
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!
    if (n.type === 'text') {
      out.push(carry ? { type: 'text', value: carry + n.value } : { type: 'text', value: n.value, position: n.position })
      carry = ''
      continue
    }
    const value = (n.numbering ? n.numbering.marker : '') + n.children.map((c) => c.value).join('')
    // CommonMark closes `**` only when it is preceded by a letter or followed
    // by space or punctuation: `**（一）总体要求。**坚持…` does not close, and
    // the printer escapes the next character instead (`&#x575A;持`), which
    // left 666 such escapes in the corpus's Markdown. The closing punctuation
    // goes after the `**` instead; the text reads the same.
    const next = nodes[i + 1]
    const punctuation = next?.type === 'text' && STARTS_WORD.test(next.value) ? (TRAILING_PUNCTUATION.exec(value)?.[0] ?? '') : ''
    if (punctuation && punctuation.length < value.length) {
      out.push({ type: 'strong', children: [{ type: 'text', value: value.slice(0, -punctuation.length) }] })
      carry = punctuation
    } else out.push({ type: 'strong', children: [{ type: 'text', value }], position: n.position })
  }
  return out
}

function para(nodes: PhrasingContent[], position: Nodes['position']): Mdast.Paragraph {
  return { type: 'paragraph', children: phrasing(nodes), position }
}

function block(node: RootContent): Mdast.RootContent[] {
  switch (node.type) {
    case 'title':
      return [{ type: 'heading', depth: 1, children: [{ type: 'text', value: node.children.map((c) => ('value' in c ? c.value : '')).join('') }], position: node.position }]
    case 'subtitle':
    case 'speaker':
      return [{ type: 'paragraph', children: [{ type: 'emphasis', children: phrasing(node.children) }], position: node.position }]
    case 'salutation':
    case 'docNumber':
    case 'addressee':
    case 'paragraph':
      return [para(node.children, node.position)]
    case 'heading': {
      const marker = node.numbering ? node.numbering.marker : ''
      const value = marker + node.children.map((c) => ('value' in c ? c.value : '')).join('')
      return [{ type: 'heading', depth: Math.min(6, node.depth + 1) as Mdast.Heading['depth'], children: [{ type: 'text', value }], position: node.position }]
    }
    case 'list':
      return [{
        type: 'list',
        ordered: node.ordered,
        spread: false,
        children: node.children.map((item) => ({
          type: 'listItem',
          spread: false,
          children: [para(node.style === 'dash' ? [{ type: 'text', value: item.marker }, ...item.children] : item.children, item.position)],
          position: item.position,
        })),
        position: node.position,
      }]
    case 'toc':
    case 'signature':
      return node.children.map((p) => para(p.children, p.position))
    case 'appendix':
      return [{ type: 'thematicBreak' }, ...node.children.flatMap((c) => block(c))]
  }
}
