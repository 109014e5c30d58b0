import { describe, expect, it } from 'vitest'
import { run } from '../dist/index.js'
import { SAMPLE, memoryIo } from './helpers.js'

async function usage(argv: string[]) {
  const io = memoryIo()
  const code = await run(argv, io)
  return { code, err: io.err(), out: io.out() }
}

describe('argument errors exit 2 with one line', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['unknown command', ['frobnicate'], /unknown command "frobnicate"/],
    ['unknown option', ['convert', SAMPLE, '--frob'], /--frob/],
    ['unknown target', ['convert', SAMPLE, '--to', 'docx,odt'], /unknown target "odt"/],
    ['bad preset', ['convert', SAMPLE, '--preset', 'fancy'], /--preset "fancy"/],
    ['bad jobs', ['convert', SAMPLE, '--jobs', '0'], /--jobs must be a whole number/],
    ['jobs not a number', ['convert', SAMPLE, '--jobs', 'two'], /--jobs/],
    ['bad name mode', ['convert', SAMPLE, '--name', 'random'], /--name must be/],
    ['no inputs', ['convert', '--to', 'md'], /no input given/],
    ['stdout with several files', ['convert', SAMPLE, '--to', 'docx,pdf', '-o', '-'], /-o - writes one file/],
    ['stdout with outline (four files)', ['convert', SAMPLE, '--to', 'outline', '-o', '-'], /makes 4/],
    ['stdout with two inputs', ['convert', SAMPLE, SAMPLE, '--to', 'md', '-o', '-'], /exactly one input/],
    ['online without model', ['convert', SAMPLE, '--to', 'outline', '--translate-url', 'http://x'], /--translate-model/],
    ['parse format', ['parse', SAMPLE, '--format', 'yaml'], /unknown --format "yaml"/],
    ['parse two files', ['parse', SAMPLE, SAMPLE], /takes one file/],
    ['inspect no file', ['inspect'], /takes one file/],
  ]
  for (const [name, argv, pattern] of cases) {
    it(name, async () => {
      const { code, err, out } = await usage(argv)
      expect(code).toBe(2)
      expect(err).toMatch(pattern)
      expect(err.trimEnd().split('\n')).toHaveLength(1)
      expect(err.startsWith('gongwen: ')).toBe(true)
      expect(out).toBe('')
    })
  }

  it('no command prints the help and exits 2', async () => {
    const { code, out } = await usage([])
    expect(code).toBe(2)
    expect(out).toMatch(/Usage: gongwen <command>/)
  })
})

describe('help and version', () => {
  it('--help lists the commands with examples', async () => {
    const { code, out } = await usage(['--help'])
    expect(code).toBe(0)
    for (const word of ['convert', 'parse', 'inspect', 'Examples']) expect(out).toContain(word)
  })
  for (const command of ['convert', 'parse', 'inspect']) {
    it(`${command} --help has usage and an example`, async () => {
      const { code, out } = await usage([command, '--help'])
      expect(code).toBe(0)
      expect(out).toMatch(new RegExp(`Usage: gongwen ${command}`))
      expect(out).toMatch(/Examples?:\n  gongwen /)
    })
  }
  it('--version prints the package version', async () => {
    const { code, out } = await usage(['--version'])
    expect(code).toBe(0)
    expect(out).toMatch(/^gongwen \d+\.\d+\.\d+\n$/)
  })
})
