import { readFileSync } from 'node:fs'
import { convert, convertHelp } from './commands/convert.js'
import { inspect, inspectHelp } from './commands/inspect.js'
import { parseCommand, parseHelp } from './commands/parse.js'
import { UsageError, UserError, processIo, type Io } from './io.js'

export const mainHelp = `gongwen: scraped Chinese official documents → clean DOCX, PDF, outlines and briefs

Usage: gongwen <command> [options]

Commands:
  convert <inputs…>   convert files, folders or stdin to docx, pdf, outline, brief, md, json, html
  parse <file|->      print the parsed tree (json), Markdown, the kept text, or the dropped lines
  inspect <file|->    show each line kept or dropped (and by which rule), with heading levels

Options:
  -h, --help      help (also: gongwen <command> --help)
  -v, --version   the version
      --debug     stack traces for internal errors

Examples:
  gongwen convert samples/yubei-2023.txt --to docx,pdf,outline,brief,md,json,html -o out
  gongwen convert reports/ --to docx,pdf -o out --jobs 2
  gongwen parse report.txt --removed
  gongwen inspect report.txt

Settings: gongwen.config.json in the working folder (or --config FILE) can hold
defaults such as {"to": ["docx", "pdf"], "preset": "report", "tm": "memory.tsv"}.
`

const COMMANDS: Record<string, { run: (args: string[], io: Io) => Promise<number>; help: string }> = {
  convert: { run: convert, help: convertHelp },
  parse: { run: parseCommand, help: parseHelp },
  inspect: { run: inspect, help: inspectHelp },
}

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  return pkg.version
}

/**
 * Run the `gongwen` command with its arguments (without `node` and the
 * script) and return the exit code: 0 success, 1 some documents failed,
 * 2 usage error, 130 interrupted. Never throws and never calls process.exit.
 */
export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  const debug = argv.includes('--debug')
  const [command, ...rest] = argv
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      if (command === 'help' && rest[0] && COMMANDS[rest[0]]) io.stdout(COMMANDS[rest[0]].help)
      else io.stdout(mainHelp)
      return command === undefined ? 2 : 0
    }
    if (command === '-v' || command === '--version') {
      io.stdout(`gongwen ${version()}\n`)
      return 0
    }
    const entry = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined
    if (!entry) throw new UsageError(`unknown command "${command}" (commands: ${Object.keys(COMMANDS).join(', ')}; see gongwen --help)`)
    return await entry.run(rest, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`gongwen: ${error.message}\n`)
      return 2
    }
    if (error instanceof UserError) {
      io.stderr(`gongwen: ${error.message}\n`)
      return error.exitCode
    }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    io.stderr(`gongwen: internal error: ${message} (please report it${debug ? '' : '; run with --debug for the stack trace'})\n`)
    if (debug && error instanceof Error && error.stack) io.stderr(error.stack + '\n')
    return 1
  }
}
