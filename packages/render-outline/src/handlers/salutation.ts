import type { Salutation } from '@gongwen/parser'
import type { State } from '../outline-state.js'

/** `各位代表：` is not part of the document's skeleton. */
export function salutation(_node: Salutation, _state: State): void {}
