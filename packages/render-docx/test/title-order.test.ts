import { describe, expect, it } from 'vitest'
import { breakTitle } from '../src/title-lines.js'

describe('breakTitle keeps every character in order', () => {
  it('with an opening mark followed by a closing one (found by the fuzzer)', () => {
    const title = '（：·—（！？、》…】【定，…？，；·（】像“？…—…。成…）（—武'
    expect(breakTitle(title, 12).join('')).toBe(title)
  })
})
