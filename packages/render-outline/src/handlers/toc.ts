import type { Toc } from '@gongwen/parser'
import type { State } from '../outline-state.js'

/** A printed 目录 repeats the headings; the outline is built from the headings themselves. */
export function toc(_node: Toc, _state: State): void {}
