import { availableParallelism } from 'node:os'
import { closeSync, existsSync, mkdirSync, openSync, statSync, unlinkSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { loadConfig } from '../config.js'
import { DEFAULT_GLOB, expandInputs, type InputDocument } from '../convert/inputs.js'
import { InlineRunner, Pool, type Runner, type WorkerReply } from '../convert/pool.js'
import { TARGETS, TARGET_NAMES, isTarget, suffixesOf, type RenderOptions, type Target } from '../convert/targets.js'
import { UsageError, UserError, describeFsError, fsReason, type Io } from '../io.js'
import { NameRegistry, cleanupTemps, sanitiseName, stemOf, writeFileAtomic } from '../output.js'
import { ProgressBar, colours, formatDuration } from '../progress.js'

export const convertHelp = `Usage: gongwen convert <inputs…> --to <targets> [options]

Convert documents (files, folders, or - for stdin) to one or more formats.

Targets (comma-separated, or --to repeated):
  docx         print-ready Word document
  pdf          typeset PDF
  outline      bilingual outline: .outline.md, .outline.html, .outline.json, .outline.opml
  brief        reading brief: .brief.md, .brief.html
  brief-docx   the brief as Word    brief-pdf   the brief as PDF
  md           Markdown of the cleaned document
  json         the document tree (gongwen AST, with astVersion)
  html         a plain HTML page of the cleaned document

Options:
  -t, --to <list>          targets (default: docx)
  -o, --output <dir>       output folder, created if missing (default: .); - writes one file to stdout
  -p, --preset <name>      official (GB/T 9704, default) or report
  -j, --jobs <n>           worker threads (default: number of cores)
  -f, --force              overwrite existing outputs (default: skip them and say so)
      --glob <patterns>    files taken from folders (default: ${DEFAULT_GLOB})
      --name <file|title>  name outputs after the input file (default) or the document title
      --embed-fonts        embed the Chinese fonts in DOCX files
      --toc                add a table of contents to PDF files
      --pdfa               write PDF/A-2b
      --leads              add lead sentences to outlines
      --tm <file>          translation memory (zh<TAB>en lines) for outlines and briefs
      --translate-url <u>  OpenAI-compatible endpoint for online translation (key: env GONGWEN_TRANSLATE_KEY)
      --translate-model <m>  model name for online translation
      --json               one JSON line per document on stdout (default when stdout is not a terminal)
  -q, --quiet              no progress bar or summary; failures are still reported
      --config <file>      settings file (default: ./gongwen.config.json when present)
      --debug              show stack traces of internal errors

Exit status: 0 all converted (or skipped), 1 some documents failed, 2 usage error, 130 interrupted.

Examples:
  gongwen convert report.txt --to docx,pdf -o out
  gongwen convert reports/ --to docx,pdf,outline -o out --jobs 2
  curl -s https://example.org/report.txt | gongwen convert - --to md -o - > report.md
  gongwen convert reports/ --to json --name title --json | jq .error
`

const OPTIONS = {
  to: { type: 'string', short: 't', multiple: true },
  output: { type: 'string', short: 'o' },
  preset: { type: 'string', short: 'p' },
  jobs: { type: 'string', short: 'j' },
  force: { type: 'boolean', short: 'f' },
  glob: { type: 'string' },
  name: { type: 'string' },
  'embed-fonts': { type: 'boolean' },
  toc: { type: 'boolean' },
  pdfa: { type: 'boolean' },
  leads: { type: 'boolean' },
  tm: { type: 'string' },
  'translate-url': { type: 'string' },
  'translate-model': { type: 'string' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  config: { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

interface DocumentOutcome {
  input: string
  outputs: string[]
  skipped: string[]
  warnings: string[]
  error: string | null
  removed: number
}

type Ready = WorkerReply | { skip: string[] }

interface Job {
  doc: InputDocument
  /** Stem fixed before converting (file naming); undefined when named by title. */
  stem?: string
  /** Every output already exists: not converted at all. */
  skip?: string[]
}

export async function convert(args: string[], io: Io): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!)
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout(convertHelp)
    return 0
  }
  const config = loadConfig(io.cwd, values.config)

  const rawTargets = values.to ?? (config.to === undefined ? ['docx'] : Array.isArray(config.to) ? config.to : [config.to])
  const targets: Target[] = []
  for (const t of rawTargets.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)) {
    if (!isTarget(t)) throw new UsageError(`unknown target "${t}" for --to (choose from: ${TARGET_NAMES.join(', ')})`)
    if (!targets.includes(t)) targets.push(t)
  }
  if (targets.length === 0) throw new UsageError(`--to needs at least one target (${TARGET_NAMES.join(', ')})`)
  targets.sort((a, b) => TARGET_NAMES.indexOf(a) - TARGET_NAMES.indexOf(b))

  const preset = values.preset ?? config.preset ?? 'official'
  if (preset !== 'official' && preset !== 'report') throw new UsageError(`unknown --preset "${preset}" (choose official or report)`)
  const jobsRaw = values.jobs ?? (config.jobs === undefined ? undefined : String(config.jobs))
  const jobs = jobsRaw === undefined ? availableParallelism() : Number(jobsRaw)
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256, not "${jobsRaw}"`)
  const naming = values.name ?? config.name ?? 'file'
  if (naming !== 'file' && naming !== 'title') throw new UsageError(`--name must be "file" or "title", not "${naming}"`)
  const glob = values.glob ?? config.glob ?? DEFAULT_GLOB
  if (positionals.length === 0) throw new UsageError('no input given: name files, folders, or - for stdin (see gongwen convert --help)')
  if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('stdin (-) can be given only once')

  const outputArg = values.output ?? config.output ?? '.'
  const toStdout = outputArg === '-'
  if (toStdout) {
    if (positionals.length !== 1 || (positionals[0] !== '-' && isFolder(resolve(io.cwd, positionals[0]!)))) throw new UsageError('-o - writes to stdout, so it takes exactly one input file (or -)')
    if (suffixesOf(targets).length !== 1) throw new UsageError(`-o - writes one file to stdout, but --to ${targets.join(',')} makes ${suffixesOf(targets).length}: choose one of docx, pdf, brief-docx, brief-pdf, md, json, html`)
  }

  const translateUrl = values['translate-url'] ?? config.translateUrl
  const translateModel = values['translate-model'] ?? config.translateModel
  if ((translateUrl === undefined) !== (translateModel === undefined)) throw new UsageError('online translation needs both --translate-url and --translate-model')
  const apiKey = io.env.GONGWEN_TRANSLATE_KEY
  const tm = values.tm !== undefined ? resolve(io.cwd, values.tm) : config.tm
  const renderOptions: RenderOptions = {
    targets,
    preset,
    briefPreset: values.preset === undefined && config.preset === undefined ? 'report' : preset,
    embedFonts: values['embed-fonts'] ?? config.embedFonts ?? false,
    toc: values.toc ?? config.toc ?? false,
    pdfa: values.pdfa ?? config.pdfa ?? false,
    leads: values.leads ?? config.leads ?? false,
    ...(tm ? { tm } : {}),
    ...(translateUrl && translateModel ? { online: { baseUrl: translateUrl, model: translateModel, ...(apiKey ? { apiKey } : {}) } } : {}),
  }

  const outDir = toStdout ? '' : resolve(io.cwd, outputArg)
  if (!toStdout) prepareOutputFolder(outDir, outputArg)

  const jsonLines = Boolean(values.json) || !io.stdoutIsTTY
  const quiet = Boolean(values.quiet)
  const debug = Boolean(values.debug)
  const err = colours(io, 'stderr')

  const docs = expandInputs(positionals, io.cwd, glob)
  if (docs.length === 0) throw new UserError(`${positionals.join(', ')}: no files matching ${glob}: check the folder or change --glob`)
  const suffixes = suffixesOf(targets)
  const registry = new NameRegistry()
  const jobList: Job[] = docs.map((doc) => {
    if (toStdout || naming === 'title') return { doc }
    const stem = registry.claim(sanitiseName(doc.file === '-' ? 'stdin' : stemOf(doc.file)))
    const existing = suffixes.map((s) => join(outDir, stem + s)).filter((p) => existsSync(p))
    return { doc, stem, ...(!values.force && existing.length === suffixes.length ? { skip: existing } : {}) }
  })

  let stdinBytes: Uint8Array | undefined
  if (docs.some((d) => d.file === '-')) stdinBytes = await io.readStdin()

  const started = performance.now()
  const totals = { converted: 0, skipped: 0, failed: 0, removed: 0, files: 0 }
  const failures: string[] = []
  const showProgress = !quiet && !jsonLines && io.stderrIsTTY && !toStdout
  const bar = showProgress ? new ProgressBar(io, jobList.length) : undefined
  const say = (line: string) => {
    bar?.clear()
    io.stderr(line + '\n')
  }
  // JSON lines go to stdout unless stdout carries the document itself.
  let stdoutClosed = false
  const emitJson = (outcome: DocumentOutcome) => {
    if (!jsonLines || (toStdout && !values.json)) return
    const line = JSON.stringify(outcome) + '\n'
    if (toStdout) io.stderr(line)
    else if (!stdoutClosed) {
      try {
        io.stdout(line)
      } catch {
        // The reader went away (`| head`): the files are the real output, so carry on without JSON lines.
        stdoutClosed = true
      }
    }
  }

  const finish = (outcome: DocumentOutcome) => {
    if (outcome.error) {
      totals.failed++
      failures.push(`${outcome.input}: ${outcome.error}`)
      say(`${err.red('✗')} ${outcome.input}: ${outcome.error}`)
    } else if (outcome.outputs.length === 0 && outcome.skipped.length > 0) totals.skipped++
    else totals.converted++
    totals.removed += outcome.removed
    totals.files += outcome.outputs.length
    emitJson(outcome)
  }

  const titleNames = new NameRegistry()
  const write = (job: Job, reply: Ready): DocumentOutcome => {
    const outcome: DocumentOutcome = { input: job.doc.display, outputs: [], skipped: [], warnings: [], error: null, removed: 0 }
    if ('skip' in reply) {
      outcome.skipped = reply.skip.map((p) => join(outputArg, basename(p)))
      outcome.warnings.push('all outputs exist (use --force to overwrite)')
      return outcome
    }
    if (!reply.ok) {
      outcome.error = reply.error
      if (debug && reply.stack) say(err.dim(reply.stack))
      return outcome
    }
    const { result } = reply
    outcome.warnings = result.warnings
    outcome.removed = result.removed
    if (toStdout) {
      try {
        io.stdout(result.files[0]!.data)
        outcome.outputs.push('-')
      } catch (error) {
        outcome.error = `cannot write to stdout: ${fsReason(error, 'write')}`
      }
      return outcome
    }
    const stem = job.stem ?? titleNames.claim(sanitiseName(result.title ?? stemOf(job.doc.file === '-' ? 'stdin' : job.doc.file)))
    for (const file of result.files) {
      const path = join(outDir, stem + file.suffix)
      const shown = join(outputArg, stem + file.suffix)
      if (isFolder(path)) {
        outcome.error = `${shown}: an output path is a folder: remove or rename it`
        return outcome
      }
      if (!values.force && existsSync(path)) {
        outcome.skipped.push(shown)
        continue
      }
      try {
        writeFileAtomic(path, file.data)
        outcome.outputs.push(shown)
      } catch (error) {
        outcome.error = describeFsError(error, shown, 'write')
        return outcome
      }
    }
    if (outcome.skipped.length > 0) outcome.warnings.push(`kept existing ${outcome.skipped.join(', ')} (use --force to overwrite)`)
    return outcome
  }

  // Documents are written, named and reported in input order, whatever
  // order the workers finish in: that keeps outputs identical for any --jobs.
  // At most `window` documents are in flight or waiting, which bounds memory.
  const toConvert = jobList.filter((j) => !j.skip && !j.doc.error).length
  const pool: Runner | undefined = toConvert === 0 ? undefined : toConvert === 1 ? new InlineRunner(renderOptions) : new Pool(Math.min(jobs, toConvert), renderOptions)
  const window = Math.max(4, jobs * 4)
  const ready = new Map<number, Ready>()
  let nextToWrite = 0
  let nextToDispatch = 0
  let interrupted = false
  let fatal: unknown

  const outcome = await new Promise<'done' | 'interrupted'>((resolveRun) => {
    const detach = () => {
      process.off('SIGINT', onSigint)
      process.off('SIGTERM', onSigint)
    }
    const onSigint = () => {
      if (interrupted) return
      interrupted = true
      detach()
      resolveRun('interrupted')
    }
    process.on('SIGINT', onSigint)
    process.on('SIGTERM', onSigint)

    const advance = () => {
      if (interrupted) return
      while (ready.has(nextToWrite)) {
        const reply = ready.get(nextToWrite)!
        ready.delete(nextToWrite)
        finish(write(jobList[nextToWrite]!, reply))
        nextToWrite++
        bar?.update(nextToWrite)
      }
      if (nextToWrite === jobList.length) {
        detach()
        resolveRun('done')
        return
      }
      while (nextToDispatch < jobList.length && nextToDispatch - nextToWrite < window) {
        const index = nextToDispatch++
        const job = jobList[index]!
        if (job.skip) ready.set(index, { skip: job.skip })
        else if (job.doc.error) ready.set(index, { id: index, ok: false, error: job.doc.error, kind: 'read' })
        else {
          void pool!.run({ id: index, file: job.doc.file, display: job.doc.display, ...(job.doc.file === '-' ? { bytes: stdinBytes! } : {}) }).then((reply) => {
            ready.set(index, reply)
            try {
              advance()
            } catch (error) {
              // A bug here must still end the run with one line, not an unhandled rejection.
              fatal = error
              detach()
              resolveRun('done')
            }
          })
        }
      }
      if (ready.has(nextToWrite)) advance()
    }
    bar?.update(0, true)
    advance()
  })

  await pool?.close()
  cleanupTemps()
  if (fatal !== undefined) throw fatal
  bar?.update(nextToWrite, true)
  bar?.clear()

  const elapsed = performance.now() - started
  const remaining = jobList.length - nextToWrite
  if (outcome === 'interrupted') {
    io.stderr(
      `${err.yellow('interrupted')}: ${totals.converted} converted (${totals.files} files written), ${totals.skipped} skipped, ${totals.failed} failed, ${remaining} not done; no partial files were left\n`,
    )
    return 130
  }
  if (!quiet && !toStdout) {
    if (jsonLines) {
      if (io.stderrIsTTY) io.stderr(`${totals.converted} converted, ${totals.skipped} skipped, ${totals.failed} failed in ${formatDuration(elapsed)}\n`)
    } else {
      const rows: Array<[string, string]> = [
        ['converted', `${totals.converted} (${totals.files} files in ${outputArg})`],
        ['skipped', `${totals.skipped}${totals.skipped ? ' (outputs exist; --force overwrites)' : ''}`],
        ['failed', totals.failed ? err.red(String(totals.failed)) : '0'],
        ['boilerplate lines dropped', String(totals.removed)],
        ['time', `${formatDuration(elapsed)} (${(jobList.length / (elapsed / 1000)).toFixed(1)} doc/s, ${pool?.size ?? 0} jobs)`],
      ]
      const width = Math.max(...rows.map(([k]) => k.length))
      io.stderr(rows.map(([k, v]) => `  ${err.bold(k.padEnd(width))}  ${v}`).join('\n') + '\n')
      if (failures.length > 0) io.stderr(`${err.red('failed')}:\n${failures.map((f) => `  ${f}`).join('\n')}\n`)
    }
  }
  return totals.failed > 0 ? 1 : 0
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/**
 * `mkdir -p` one level at a time: Node's recursive mkdir can spin forever on
 * some pseudo file systems (e.g. a path under /proc), which would hang the CLI.
 */
function makeFolders(dir: string): void {
  const missing: string[] = []
  let current = dir
  while (!existsSync(current)) {
    missing.unshift(current)
    const parent = dirname(current)
    if (parent === current) break
    current = parent
  }
  for (const folder of missing) mkdirSync(folder)
}

/** Create the folder if missing; one clear line when it can't be written to. */
function prepareOutputFolder(dir: string, shown: string): void {
  try {
    makeFolders(dir)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new UserError(`${shown}: is a file, not a folder: give a folder to -o`)
    throw new UserError(`${shown}: cannot create the output folder (${fsReason(error, 'write')})`)
  }
  if (!isFolder(dir)) throw new UserError(`${shown}: is a file, not a folder: give a folder to -o`)
  // Try a real write: permission bits say nothing of a read-only mount, and root passes every access check.
  const probe = join(dir, `.gongwen-probe-${process.pid}`)
  try {
    closeSync(openSync(probe, 'wx'))
    unlinkSync(probe)
  } catch (error) {
    throw new UserError(`${shown}: cannot write to this output folder (${(error as NodeJS.ErrnoException).code ?? 'error'}): choose another with -o`)
  }
}

