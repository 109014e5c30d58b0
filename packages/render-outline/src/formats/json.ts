import type { Outline } from '../types.js'

/** The outline as pretty-printed JSON (stable key order, trailing newline). */
export function outlineToJson(outline: Outline): string {
  return JSON.stringify(outline, null, 2) + '\n'
}
