import type { Nodes, Parent, Root } from '@gongwen/parser'
import type { Preset, StyleRole } from '@gongwen/presets'
import type { Block, Run } from './layout/types.js'

type NodeType = Nodes['type']
type NodeOf<T extends NodeType> = Extract<Nodes, { type: T }>

/**
 * A handler turns one node into runs (phrasing nodes) or pushes blocks onto
 * `state.blocks` (block nodes, which return no runs).
 */
export type Handler<N> = (node: N, state: State) => Run[]

/** One handler per node type; a missing one is a type error. */
export type Handlers = { [T in NodeType]: Handler<NodeOf<T>> }

export interface RenderOptions {
  /** Insert a generated table of contents after the front matter. */
  toc: boolean
}

export interface State {
  preset: Preset
  options: RenderOptions
  tree: Root
  /** Blocks in reading order. */
  blocks: Block[]
  /** Style of `text` nodes reached through `all`. */
  role: StyleRole
  /** Style of paragraphs (changed inside `toc` and `signature`). */
  paragraphRole: StyleRole
  /** Added to heading depths for bookmarks (appendix contents sit under their label). */
  outlineBase: number
  /** Where the generated table of contents goes, once the front matter ends. */
  tocAt: number
  one(node: Nodes): Run[]
  all(node: Parent): Run[]
  /** The phrasing of `node` as runs in `role`. */
  runs(node: Parent, role: StyleRole): Run[]
}

export function createState(tree: Root, preset: Preset, options: RenderOptions, handlers: Handlers): State {
  const state: State = {
    preset,
    options,
    tree,
    blocks: [],
    role: 'body',
    paragraphRole: 'body',
    outlineBase: 0,
    tocAt: -1,
    one(node) {
      const handler = handlers[node.type] as Handler<Nodes>
      return handler(node, state)
    },
    all(node) {
      const out: Run[] = []
      for (const child of node.children) {
        for (const run of state.one(child as Nodes)) out.push(run)
      }
      return out
    },
    runs(node, role) {
      const saved = state.role
      state.role = role
      const out = state.all(node)
      state.role = saved
      return out
    },
  }
  return state
}

/** Plain text of a node, for bookmarks and metadata. */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('')
  return ''
}
