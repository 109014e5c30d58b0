import type { Text } from '@gongwen/parser'
import type { State } from '../outline-state.js'

/** Text is read through its parent (`toText`), never on its own. */
export function text(_node: Text, _state: State): void {}
