/**
 * The outline walker's state. Handlers (one per node type, `handlers/`) add
 * entries; translation happens afterwards in one batch.
 */
import type { Nodes, Numbering, Position, Root } from '@gongwen/parser'
import type { OutlineEntryKind } from './types.js'

export interface PendingEntry {
  kind: OutlineEntryKind
  zh: string
  depth: number
  numbering: Numbering | null
  position?: Position
  children: PendingEntry[]
}

export interface FrontTexts {
  title?: string
  subtitle?: string
  speakerName?: string
  speakerRole?: string
  docNumber?: string
}

export interface State {
  leads: boolean
  entries: PendingEntry[]
  front: FrontTexts
  /** Open entries, outermost first; `depth` decides where a new heading goes. */
  stack: PendingEntry[]
  one(node: Nodes): void
  all(node: Extract<Nodes, { children: unknown }>): void
  /** Add an entry under the nearest open entry of smaller depth. */
  add(entry: PendingEntry): void
  /** Add an entry one level below the nearest open entry (leads). */
  addBelow(entry: PendingEntry): void
}

export type Handler<N extends Nodes> = (node: N, state: State) => void

export type Handlers = { [K in Nodes['type']]: Handler<Extract<Nodes, { type: K }>> }

export function createState(handlers: Required<Handlers>, options: { leads: boolean }, _tree: Root): State {
  const state: State = {
    leads: options.leads,
    entries: [],
    front: {},
    stack: [],
    one(node) {
      const handler = handlers[node.type] as Handler<Nodes>
      handler(node, state)
    },
    all(node) {
      for (const child of node.children as Nodes[]) state.one(child)
    },
    add(entry) {
      while (state.stack.length > 0 && state.stack[state.stack.length - 1].depth >= entry.depth) state.stack.pop()
      const parent = state.stack[state.stack.length - 1]
      if (parent) parent.children.push(entry)
      else state.entries.push(entry)
      state.stack.push(entry)
    },
    addBelow(entry) {
      const parent = state.stack[state.stack.length - 1]
      if (parent) {
        entry.depth = parent.kind === 'appendix' && parent.depth === 0 ? 1 : parent.depth + 1
        parent.children.push(entry)
      } else {
        entry.depth = 1
        state.entries.push(entry)
      }
    },
  }
  return state
}
