import { spawn } from 'node:child_process'
import { closeSync, openSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BIN, SAMPLE, batchFolder, listFiles, tempDir } from './helpers.js'

function start(args: string[], cwd: string, stdout: 'pipe' | number = 'pipe') {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', stdout, 'pipe'] })
  let out = ''
  let err = ''
  child.stdout?.on('data', (d) => (out += d))
  child.stderr!.on('data', (d) => (err += d))
  const done = new Promise<{ code: number | null; out: string; err: string }>((resolve) => child.on('close', (code) => resolve({ code, out, err })))
  return { child, done, out: () => out }
}

describe('the installed command', () => {
  it('SIGINT during a batch leaves no partial files, says what was done, exits 130', async () => {
    const dir = batchFolder()
    const run = start(['convert', 'in', '--to', 'docx,pdf', '-o', 'out', '--jobs', '2'], dir)
    // Interrupt once the first documents are written, while others are in progress.
    await new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (run.out().split('\n').filter(Boolean).length >= 2) {
          clearInterval(check)
          resolve()
        }
      }, 20)
    })
    run.child.kill('SIGINT')
    const { code, out, err } = await run.done
    expect(code).toBe(130)
    expect(err).toMatch(/interrupted: \d+ converted \(\d+ files written\).*\d+ not done/)
    const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l))
    const written = listFiles(join(dir, 'out'))
    // Exactly the files reported, each complete; no temporary files.
    expect(written).toEqual(lines.flatMap((l) => l.outputs as string[]).map((p) => p.slice('out/'.length)).sort())
    expect(written.length).toBeLessThan(2 * 19)
    for (const f of written) {
      const bytes = readFileSync(join(dir, 'out', f))
      if (f.endsWith('.pdf')) expect(bytes.subarray(-6).toString()).toMatch(/%%EOF/)
      else expect(bytes.subarray(0, 2).toString()).toBe('PK')
    }
  })

  it('a full disk on stdout (-o - to /dev/full) is one line, exit 1', async () => {
    const full = openSync('/dev/full', 'w')
    const run = start(['convert', SAMPLE, '--to', 'md', '-o', '-'], tempDir(), full)
    const { code, err } = await run.done
    closeSync(full)
    expect(code).toBe(1)
    expect(err.trimEnd().split('\n')).toHaveLength(1)
    expect(err).toMatch(/yubei-2023\.txt: cannot write to stdout: the disk is full/)
  })

  it('parse errors from the binary have no stack trace', async () => {
    const { code, err } = await start(['parse', 'missing.txt'], tempDir()).done
    expect(code).toBe(1)
    expect(err).toBe('gongwen: missing.txt: no such file: check the path\n')
  })
})
