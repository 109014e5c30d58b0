import { describe, expect, it } from 'vitest'
import { getPreset, raggedRight, type StyleRole } from '../src/index.js'

describe('raggedRight', () => {
  it.each(['official', 'report'] as const)('sets every justified style of %s flush left and changes nothing else', (name) => {
    const preset = getPreset(name)
    const ragged = raggedRight(preset)
    const roles = Object.keys(preset.styles) as StyleRole[]
    expect(roles.some((role) => preset.styles[role].align === 'justify')).toBe(true)
    for (const role of roles) {
      const before = preset.styles[role]
      const after = ragged.styles[role]
      expect(after.align, role).toBe(before.align === 'justify' ? 'left' : before.align)
      expect({ ...after, align: before.align }, role).toEqual(before)
    }
    expect({ ...ragged, styles: preset.styles }).toEqual(preset)
    // The preset itself is untouched, and the same ragged preset comes back (renderers cache by it).
    expect(roles.some((role) => preset.styles[role].align === 'justify')).toBe(true)
    expect(raggedRight(preset)).toBe(ragged)
  })
})
