import type { DocNumber } from '@gongwen/parser'
import type { State } from '../outline-state.js'
import { toText } from '../text.js'

export function docNumber(node: DocNumber, state: State): void {
  state.front.docNumber ??= toText(node).trim()
}
