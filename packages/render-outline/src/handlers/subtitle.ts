import type { Subtitle } from '@gongwen/parser'
import type { State } from '../outline-state.js'
import { toText } from '../text.js'

export function subtitle(node: Subtitle, state: State): void {
  state.front.subtitle ??= toText(node).trim()
}
