import type { Addressee } from '@gongwen/parser'
import type { State } from '../outline-state.js'

/** The addressee list is not part of the skeleton. */
export function addressee(_node: Addressee, _state: State): void {}
