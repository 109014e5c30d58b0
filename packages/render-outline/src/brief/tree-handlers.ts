import type { Nodes } from '@gongwen/parser'

export interface TreeState {
  one(node: Nodes): string
  all(node: Nodes): string
}

export type TreeHandlers = {
  [K in Nodes['type']]: (node: Extract<Nodes, { type: K }>, state: TreeState) => string
}

export function renderTree(node: Nodes, handlers: Required<TreeHandlers>): string {
  const state: TreeState = {
    one(child) {
      const handler = handlers[child.type] as (node: Nodes, state: TreeState) => string
      return handler(child, state)
    },
    all(parent) {
      if (!('children' in parent)) return ''
      return (parent.children as Nodes[]).map((child) => state.one(child)).join('')
    },
  }
  return state.one(node)
}

export function briefTable(node: Nodes): { columns: string[]; rows: string[][] } | undefined {
  const data = (node as { data?: { gongwenBrief?: { role?: string; table?: { columns: string[]; rows: string[][] } } } }).data
  return data?.gongwenBrief?.role === 'key-figures' ? data.gongwenBrief.table : undefined
}

export function briefDepth(node: Nodes): number | undefined {
  const data = (node as { data?: { gongwenBrief?: { role?: string; depth?: number } } }).data
  return data?.gongwenBrief?.role === 'outline-entry' ? data.gongwenBrief.depth : undefined
}
