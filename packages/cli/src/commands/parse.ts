import { parseArgs } from 'node:util'
import { lineReport } from '@gongwen/parser'
import { treeToHtml, treeToJson, treeToMarkdown } from '../convert/render.js'
import { UsageError, UserError, fsReason, type Io } from '../io.js'
import { readAndParse } from '../read-input.js'

export const parseHelp = `Usage: gongwen parse <file|-> [--format json|md|text|html] [--removed]

Parse one scraped document and print the result on stdout.

Options:
  -f, --format <name>  json (the tree, with astVersion; default), md, text (the kept lines), html
  -r, --removed        list the dropped lines instead: line number, rule, text (as JSON with --format json)
      --debug          show stack traces of internal errors

Examples:
  gongwen parse report.txt | jq .data.meta
  gongwen parse report.txt --format md > report.md
  gongwen parse report.txt --removed
`

const FORMATS = ['json', 'md', 'text', 'html'] as const

export async function parseCommand(args: string[], io: Io): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string', short: 'f' }, removed: { type: 'boolean', short: 'r' }, debug: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    })
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!)
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout(parseHelp)
    return 0
  }
  // The dropped-lines list reads best as lines unless JSON is asked for.
  const format = values.format ?? (values.removed ? 'text' : 'json')
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown --format "${format}" (choose from: ${FORMATS.join(', ')})`)
  if (positionals.length !== 1) throw new UsageError(`gongwen parse takes one file (or - for stdin), got ${positionals.length}`)

  const { result } = await readAndParse(positionals[0]!, io)
  const { tree, text } = result
  let out: string
  if (values.removed) {
    const removed = tree.data.removed.map((r) => ({ line: r.position.start.line, endLine: r.position.end.line, rule: r.rule, text: r.value }))
    out = format === 'json' ? JSON.stringify(removed, null, 2) + '\n' : removed.map((r) => `${r.line}\t${r.rule}\t${r.text.replace(/\r?\n/g, '⏎')}\n`).join('')
  } else if (format === 'json') out = treeToJson(tree)
  else if (format === 'md') out = await treeToMarkdown(tree)
  else if (format === 'html') out = await treeToHtml(tree)
  else out = lineReport(tree, text).filter((l) => l.status === 'keep').map((l) => l.text + '\n').join('')
  writeStdout(io, out)
  return 0
}

/** Write a command's data to stdout; a full disk or closed pipe is one line. */
export function writeStdout(io: Io, data: string | Uint8Array): void {
  try {
    io.stdout(data)
  } catch (error) {
    throw new UserError(`<stdout>: ${fsReason(error, 'write')}`)
  }
}
