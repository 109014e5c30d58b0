import type * as Mdast from 'mdast'
import type { Nodes, PhrasingContent, Root, RootContent } from './ast.js'

/**
 * gongwen tree → mdast, so remark-stringify and rehype can be used on the
 * result. The front becomes a heading (title) and paragraphs; gongwen
 * heading depths shift down one so the title stays the only `#`; a
 * run-in heading becomes `strong`; positions are carried over.
 */
export function toMdast(tree: Root): Mdast.Root {
  const children: Mdast.RootContent[] = []
  for (const node of tree.children) children.push(...block(node))
  return { type: 'root', children, position: tree.position }
}

function phrasing(nodes: PhrasingContent[]): Mdast.PhrasingContent[] {
  const out: Mdast.PhrasingContent[] = []
  for (const n of nodes) {
    if (n.type === 'text') out.push({ type: 'text', value: n.value, position: n.position })
    else {
      const marker = n.numbering ? n.numbering.marker : ''
      out.push({ type: 'strong', children: [{ type: 'text', value: marker + n.children.map((c) => c.value).join('') }], position: n.position })
    }
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
