import { parseArgs } from 'node:util'
import { lineReport } from '@gongwen/parser'
import { UsageError, type Io } from '../io.js'
import { colours } from '../progress.js'
import { readAndParse } from '../read-input.js'
import { writeStdout } from './parse.js'

export const inspectHelp = `Usage: gongwen inspect <file|->

Show what the parser did with each line of a document: the line number, a
mark, the heading level and the text. Marks:
  +  kept          -  dropped (the rule that dropped it follows)
  T  title line    1–6 heading depth    R1–R6 run-in heading at the start of a paragraph

Options:
      --dropped  show only the dropped lines
      --json     one JSON object per line (line, text, status, rule, level, node)

Example:
  gongwen inspect report.txt | less -R
`

export async function inspect(args: string[], io: Io): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { dropped: { type: 'boolean' }, json: { type: 'boolean' }, debug: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } })
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!)
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout(inspectHelp)
    return 0
  }
  if (positionals.length !== 1) throw new UsageError(`gongwen inspect takes one file (or - for stdin), got ${positionals.length}`)
  const { display, result } = await readAndParse(positionals[0]!, io)
  let rows = lineReport(result.tree, result.text)
  if (values.dropped) rows = rows.filter((r) => r.status === 'drop')
  if (values.json) {
    writeStdout(io, rows.map((r) => JSON.stringify(r) + '\n').join(''))
    return 0
  }
  const c = colours(io, 'stdout')
  const width = String(rows.at(-1)?.line ?? 1).length
  const out: string[] = []
  const meta = result.tree.data.meta
  out.push(c.bold(`${display}: ${result.encoding}, ${rows.length} lines, ${result.tree.data.removed.length} dropped${meta.title ? `, title 「${meta.title}」` : ''}`))
  for (const r of rows) {
    const n = c.dim(String(r.line).padStart(width))
    if (r.status === 'blank') out.push(`${n}`)
    else if (r.status === 'drop') out.push(`${n} ${c.red('-')}    ${c.dim(r.text)}  ${c.yellow(`[${r.rule ?? 'dropped'}]`)}`)
    else {
      const level = r.level === '-' ? '  ' : r.level.padEnd(2)
      const text = r.level === 'T' ? c.bold(r.text) : r.level === '-' ? r.text : c.cyan(r.text)
      out.push(`${n} ${c.green('+')} ${c.bold(level)} ${text}`)
    }
  }
  writeStdout(io, out.join('\n') + '\n')
  return 0
}
