import type { Title } from '@gongwen/parser'
import type { State } from '../outline-state.js'
import { headingText, toText } from '../text.js'

export function title(node: Title, state: State): void {
  state.front.title ??= headingText(toText(node))
}
