import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../dist/index.js'
import { BIN, CORPUS, SAMPLE, listFiles, memoryIo, tempDir } from './helpers.js'

const DIST = new URL('../dist/', import.meta.url).pathname
const ALL = 'docx,pdf,outline,brief,brief-docx,md,json,html'

function gongwen(args: string[], cwd: string) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  let err = ''
  child.stderr.on('data', (d) => (err += d))
  child.stdout.resume()
  return new Promise<{ code: number | null; err: string }>((resolve) => child.on('close', (code) => resolve({ code, err })))
}

/** Every file of two folders, byte for byte. */
function expectSameFiles(a: string, b: string): void {
  const files = listFiles(a)
  expect(files).toEqual(listFiles(b))
  for (const f of files) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true)
}

describe('the bundled command (bin/gongwen.js runs dist/gongwen.cjs)', () => {
  it('is built with a code cache that V8 accepts', () => {
    expect(existsSync(join(DIST, 'gongwen.cjs'))).toBe(true)
    const probe = spawnSync(
      process.execPath,
      ['-e', `const b = require(${JSON.stringify(BIN)}).loadBundle(); console.log(JSON.stringify({ rejected: b.script.cachedDataRejected, id: b.id, run: typeof b.api.run }))`],
      { encoding: 'utf8' },
    )
    expect(probe.stderr).toBe('')
    expect(JSON.parse(probe.stdout)).toEqual({ rejected: false, id: expect.stringMatching(/^[0-9a-f]{16}$/), run: 'function' })
  })

  it('writes the same bytes as the library for every target, in one process and with workers', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'in'))
    cpSync(SAMPLE, join(dir, 'in', 'yubei-2023.txt'))
    cpSync(join(CORPUS, 'encodings', 'provinces-jilin.utf16.txt'), join(dir, 'in', 'jilin.txt'))
    // An HTML page: the parser loads its HTML reader relative to its own module.
    const body = readFileSync(SAMPLE, 'utf8').split('\n').filter((l) => l.trim()).map((l) => `<p>${l.replace(/[<&]/g, '')}</p>`).join('\n')
    writeFileSync(join(dir, 'in', 'page.html'), `<!doctype html>\n<html><head><title>t</title><script>var x = 1</script></head><body>\n${body}\n</body></html>\n`)

    // A batch goes through worker threads; --embed-fonts makes the DOCX renderer find the font files.
    const batch = await gongwen(['convert', 'in', '--to', ALL, '-o', 'bin', '--jobs', '2', '--quiet'], dir)
    expect(batch).toEqual({ code: 0, err: '' })
    const one = await gongwen(['convert', 'in/yubei-2023.txt', '--to', 'docx', '--embed-fonts', '-o', 'bin-one', '--quiet'], dir)
    expect(one).toEqual({ code: 0, err: '' })

    expect(await run(['convert', 'in', '--to', ALL, '-o', 'lib', '--jobs', '2', '--quiet'], memoryIo({ cwd: dir }))).toBe(0)
    expect(await run(['convert', 'in/yubei-2023.txt', '--to', 'docx', '--embed-fonts', '-o', 'lib-one', '--quiet'], memoryIo({ cwd: dir }))).toBe(0)

    expect(listFiles(join(dir, 'bin'))).toHaveLength(3 * 12)
    expectSameFiles(join(dir, 'bin'), join(dir, 'lib'))
    expectSameFiles(join(dir, 'bin-one'), join(dir, 'lib-one'))
    expect(readFileSync(join(dir, 'bin-one', 'yubei-2023.docx')).length).toBeGreaterThan(1_000_000)
  })
})
