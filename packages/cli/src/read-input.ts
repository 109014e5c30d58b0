import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { isGongwenError, parse, type ParseResult } from '@gongwen/parser'
import { UserError, fsReason, type Io } from './io.js'

/** Read one input (`-` is stdin) and parse it; every failure is one UserError line naming the file. */
export async function readAndParse(input: string, io: Io): Promise<{ display: string; result: ParseResult }> {
  const display = input === '-' ? '<stdin>' : input
  let bytes: Uint8Array
  if (input === '-') bytes = await io.readStdin()
  else {
    const path = resolve(io.cwd, input)
    try {
      if (statSync(path).isDirectory()) throw new UserError(`${display}: is a folder, not a file: give a file (gongwen convert takes folders)`)
      bytes = readFileSync(path)
    } catch (error) {
      if (error instanceof UserError) throw error
      throw new UserError(`${display}: ${fsReason(error, 'read')}`)
    }
  }
  try {
    return { display, result: parse(bytes) }
  } catch (error) {
    if (isGongwenError(error)) throw new UserError(`${display}: ${error.message}`)
    throw error
  }
}
