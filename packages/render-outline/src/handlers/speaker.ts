import type { Speaker } from '@gongwen/parser'
import type { State } from '../outline-state.js'

export function speaker(node: Speaker, state: State): void {
  state.front.speakerName ??= node.name
  state.front.speakerRole ??= node.role
}
