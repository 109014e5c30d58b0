import type { Nodes, Root } from './ast.js'
import { splitLines } from './util/document.js'

export interface LineReport {
  /** 1-based line number. */
  line: number
  text: string
  status: 'keep' | 'drop' | 'blank'
  /** The rule that dropped the line. */
  rule?: string
  /** `T` title, `1`–`6` heading depth, `R1`–`R6` run-in heading, `-` otherwise. */
  level: string
  /** The type of the innermost block node the line starts. */
  node?: string
}

const BLANK = /^[\s\u200b-\u200d\u2060\ufeff]*$/

/**
 * What the parser did with each input line: kept or dropped (by which
 * rule), and the heading level it starts. For audits (`gongwen inspect`)
 * and the line-level evaluation.
 */
export function lineReport(tree: Root, text: string): LineReport[] {
  const { lines } = splitLines(text)
  const out: LineReport[] = lines.map((l) => ({
    line: l.n,
    text: l.raw,
    status: BLANK.test(l.raw) ? 'blank' : 'keep',
    level: '-',
  }))
  for (const r of tree.data.removed) {
    for (let n = r.position.start.line; n <= r.position.end.line; n++) {
      const row = out[n - 1]
      if (row && row.status !== 'blank') {
        row.status = 'drop'
        row.rule = r.rule
      }
    }
  }
  // The label heading of an appendix (`附件1`) is a label, not a heading of the text.
  const appendixLabels = new Set<Nodes>()
  for (const child of tree.children) if (child.type === 'appendix' && child.children[0]) appendixLabels.add(child.children[0])
  const visit = (node: Nodes): void => {
    const start = node.position?.start.line
    if (start !== undefined) {
      const row = out[start - 1]
      if (row && node.type !== 'root' && node.type !== 'text' && row.node === undefined) row.node = node.type
      if (node.type === 'title' && node.position) {
        for (let n = node.position.start.line; n <= node.position.end.line; n++) if (out[n - 1] && out[n - 1]!.status === 'keep') out[n - 1]!.level = 'T'
      } else if (row && node.type === 'heading' && !appendixLabels.has(node) && node.position) {
        for (let n = node.position.start.line; n <= node.position.end.line; n++) if (out[n - 1]?.status === 'keep') out[n - 1]!.level = String(node.depth)
      } else if (row && node.type === 'runInHeading') {
        row.level = `R${node.depth}`
      }
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child)
  }
  visit(tree)
  return out
}
