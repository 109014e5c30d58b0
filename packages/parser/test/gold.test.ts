import { describe, expect, it } from 'vitest'
// @ts-expect-error: plain ESM script shared with `npm run eval`
import { evaluate } from '../scripts/eval-lib.mjs'
import { lineReport } from '../src/line-report.js'
import { parse } from '../src/parse.js'

interface DocScore {
  name: string
  lost: number
  problems: string[]
}

describe('line-level scores on the hand-labelled gold files', () => {
  const { docs, total } = evaluate({ parse, lineReport }) as { docs: DocScore[]; total: Record<string, number> }

  it('covers the govcn pairs and at least 15 more documents from four folders', () => {
    expect(docs.length).toBeGreaterThanOrEqual(21)
    expect(new Set(docs.map((d) => d.name.split('__')[0])).size).toBeGreaterThanOrEqual(4)
  })

  it('loses no real line in any document', () => {
    const lost = docs.filter((d) => d.lost > 0).map((d) => `${d.name}: ${d.problems.filter((p) => p.includes('LOST')).join('; ')}`)
    expect(lost).toEqual([])
  })

  it('drops boilerplate with F1 ≥ 0.97 and finds headings at their level with P and R ≥ 0.95', () => {
    expect(total.F1).toBeGreaterThanOrEqual(0.97)
    expect(total.HP).toBeGreaterThanOrEqual(0.95)
    expect(total.HR).toBeGreaterThanOrEqual(0.95)
    expect(total.titleOk / total.titles).toBeGreaterThanOrEqual(0.9)
  })
})
