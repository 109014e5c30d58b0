import { writeSync } from 'node:fs'

/** Where a command reads and writes; `run` uses the process's own by default, tests pass collectors. */
export interface Io {
  /** Data output (documents, JSON lines). Throws on a write error (e.g. ENOSPC), so the caller can report it. */
  stdout: (chunk: string | Uint8Array) => void
  /** Messages, progress and the summary. */
  stderr: (chunk: string) => void
  /** The whole of standard input. */
  readStdin: () => Promise<Uint8Array>
  /** Whether stdout / stderr are terminals. */
  stdoutIsTTY: boolean
  stderrIsTTY: boolean
  env: Record<string, string | undefined>
  cwd: string
  /** Terminal width for the progress bar. */
  columns: number
}

/** Synchronous writes so an error like a full disk surfaces at the call, and output is never interleaved. */
function writeAllSync(fd: number, chunk: string | Uint8Array): void {
  const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
  let offset = 0
  while (offset < data.length) {
    try {
      offset += writeSync(fd, data, offset, data.length - offset)
    } catch (error) {
      // A pipe whose reader is slow: wait and retry rather than drop output.
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') continue
      throw error
    }
  }
}

export function processIo(): Io {
  return {
    stdout: (chunk) => writeAllSync(1, chunk),
    stderr: (chunk) => {
      try {
        writeAllSync(2, chunk)
      } catch {
        // Nowhere left to say anything.
      }
    },
    readStdin: async () => {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      return new Uint8Array(Buffer.concat(chunks))
    },
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
    columns: process.stderr.columns || 80,
  }
}

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** A failure the user can act on, already worded as one line (without the `gongwen:` prefix). */
export class UserError extends Error {
  override name = 'UserError'
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message)
  }
}

/** One line for a file-system error, naming the file and what to do. */
export function describeFsError(error: unknown, file: string, doing: 'read' | 'write'): string {
  return `${file}: ${fsReason(error, doing)}`
}

/** The reason part of `describeFsError`. */
export function fsReason(error: unknown, doing: 'read' | 'write'): string {
  const code = (error as NodeJS.ErrnoException)?.code
  switch (code) {
    case 'ENOENT':
      return doing === 'read' ? `no such file: check the path` : `the folder does not exist: check the output path`
    case 'EISDIR':
      return doing === 'read' ? `is a folder, not a file: give a file (or use \`gongwen convert\` for folders)` : `is a folder: choose another output name or remove the folder`
    case 'ENOTDIR':
      return `a part of the path is a file, not a folder: check the path`
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return doing === 'read' ? `permission denied: make the file readable` : `cannot write here (permission denied): choose another output folder with -o`
    case 'ENOSPC':
    case 'EDQUOT':
      return `the disk is full: free some space and run again`
    case 'EMFILE':
    case 'ENFILE':
      return `too many open files: lower --jobs`
    case 'EPIPE':
      return `the output pipe was closed`
    default: {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
      return `cannot ${doing}: ${message}`
    }
  }
}
