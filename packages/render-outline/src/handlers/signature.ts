import type { Signature } from '@gongwen/parser'
import type { State } from '../outline-state.js'

/** The 落款 is in the front (issuer, date) through the document metadata. */
export function signature(_node: Signature, _state: State): void {}
