import type { Root } from '@gongwen/parser'
import type { State } from '../outline-state.js'

export function root(node: Root, state: State): void {
  state.all(node)
}
