import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NameRegistry, run, sanitiseName } from '../dist/index.js'
import { BATCH, BROKEN, CORPUS, SAMPLE, batchFolder, largeBatchFolder, listFiles, memoryIo, tempDir, zipEntryText } from './helpers.js'

const jsonLines = (text: string) => text.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l))

describe('the reading brief', () => {
  it('is set flush left in DOCX (it pairs Chinese with English line by line), while the document stays justified', async () => {
    const dir = tempDir()
    expect(await run(['convert', SAMPLE, '--to', 'docx,brief-docx', '-o', 'out', '--quiet'], memoryIo({ cwd: dir }))).toBe(0)
    const stylesOf = (file: string) => zipEntryText(readFileSync(join(dir, 'out', file)), 'word/styles.xml')
    expect(stylesOf('yubei-2023.docx')).toContain('<w:jc w:val="both"/>')
    expect(stylesOf('yubei-2023.brief.docx')).not.toContain('<w:jc w:val="both"/>')
    expect(stylesOf('yubei-2023.brief.docx')).toContain('<w:jc w:val="left"/>')
  })

  it('fits two pages of PDF, and carries the note on [fallback] lines only when it has such lines', async () => {
    // Six of the provincial reports (Hebei, Gansu, Xizang, Beijing, Jilin, Neimenggu) ran onto a third page, most with only the note there.
    const dir = tempDir()
    // The national reports of 1960–2024 have headings the offline engine reads word by word.
    const inputs = [join(BATCH, 'provinces-2026'), join(BATCH, 'national-wikisource')]
    expect(await run(['convert', ...inputs, '--to', 'brief-pdf,brief', '-o', 'out', '--quiet'], memoryIo({ cwd: dir }))).toBe(0)
    const pdfs = readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.brief.pdf'))
    expect(pdfs).toHaveLength(inputs.reduce((sum, folder) => sum + readdirSync(folder).length, 0))
    for (const pdf of pdfs) {
      const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [join(dir, 'out', pdf)], { encoding: 'utf8' }))?.[1])
      expect(pages, pdf).toBeGreaterThanOrEqual(1)
      expect(pages, pdf).toBeLessThanOrEqual(2)
    }
    let withNote = 0
    for (const md of readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.brief.md'))) {
      const text = readFileSync(join(dir, 'out', md), 'utf8').replace(/\\([[\]])/g, '$1')
      const note = text.includes('Lines marked [fallback]')
      expect(note, md).toBe(text.replace('Lines marked [fallback]', '').replace('标注 [fallback]', '').includes('[fallback]'))
      if (note) withNote++
    }
    // Both kinds occur among these reports, so the test checks both ways.
    expect(withNote).toBeGreaterThan(0)
    expect(withNote).toBeLessThan(pdfs.length)
  })
})

describe('name sanitising', () => {
  it('keeps a title with ../../etc/passwd inside one plain file name', () => {
    const name = sanitiseName('关于../../etc/passwd问题的通知')
    expect(name).not.toMatch(/[/\\]/)
    expect(name).not.toContain('..')
    expect(name).toContain('etc')
  })
  it('removes control characters, leading dots and reserved characters; limits the length', () => {
    expect(sanitiseName('a\u0000b\nc\u001bd')).toBe('a_b_c_d')
    expect(sanitiseName('..')).toBe('document')
    expect(sanitiseName('.hidden')).toBe('hidden')
    expect(sanitiseName('a:b*c?"<>|')).not.toMatch(/[:*?"<>|]/)
    expect([...sanitiseName('长'.repeat(500))].length).toBe(80)
    expect(sanitiseName('   ')).toBe('document')
  })
  it('hands out unique names within a run', () => {
    const names = new NameRegistry()
    expect([names.claim('报告'), names.claim('报告'), names.claim('Report'), names.claim('report')]).toEqual(['报告', '报告-2', 'Report', 'report-2'])
  })
  it('--name title keeps outputs inside the output folder', async () => {
    const dir = tempDir()
    const evil = '关于../../etc/passwd问题的通知\n\n各区县人民政府：\n\n为进一步做好有关工作，现将有关事项通知如下。\n\n一、总体要求\n\n坚持问题导向，切实提高工作质量和效率。\n\n二、工作措施\n\n加强组织领导，明确责任分工。\n'
    writeFileSync(join(dir, 'evil.txt'), evil)
    const io = memoryIo({ cwd: dir })
    expect(await run(['convert', 'evil.txt', '--to', 'md,json', '--name', 'title', '-o', 'out/deep'], io)).toBe(0)
    const files = readdirSync(join(dir, 'out', 'deep'))
    expect(files).toHaveLength(2)
    for (const f of files) expect(f).toMatch(/^关于_/)
    expect(listFiles(dir).filter((f) => !f.startsWith('out/deep/'))).toEqual(['evil.txt'])
    const [line] = jsonLines(io.out())
    for (const out of line.outputs) expect(out.startsWith(join('out', 'deep') + '/')).toBe(true)
  })
})

describe('stdin and stdout', () => {
  it('converts stdin to one format on stdout', async () => {
    const io = memoryIo({ stdin: readFileSync(SAMPLE) })
    expect(await run(['convert', '-', '--to', 'md', '-o', '-'], io)).toBe(0)
    const parsed = memoryIo()
    await run(['parse', SAMPLE, '--format', 'md'], parsed)
    expect(io.out()).toBe(parsed.out())
    expect(io.err()).toBe('')
  })
  it('writes binary formats to stdout unchanged', async () => {
    const io = memoryIo()
    expect(await run(['convert', SAMPLE, '--to', 'docx', '-o', '-'], io)).toBe(0)
    expect(io.outBytes().subarray(0, 2).toString()).toBe('PK')
  })
  it('stdin without -o - writes stdin.<ext> in the output folder', async () => {
    const dir = tempDir()
    const io = memoryIo({ cwd: dir, stdin: readFileSync(SAMPLE) })
    expect(await run(['convert', '-', '--to', 'json', '-o', 'o'], io)).toBe(0)
    expect(JSON.parse(readFileSync(join(dir, 'o', 'stdin.json'), 'utf8')).type).toBe('root')
  })
  it('a stdout that fails (disk full) is one line and exit 1', async () => {
    const io = memoryIo()
    io.stdout = () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
    }
    expect(await run(['convert', SAMPLE, '--to', 'md', '-o', '-'], io)).toBe(1)
    expect(io.err().trimEnd().split('\n')).toHaveLength(1)
    expect(io.err()).toMatch(/yubei-2023\.txt: cannot write to stdout: the disk is full/)
  })
})

describe('skip and force', () => {
  it('skips existing outputs and reports them; --force overwrites', async () => {
    const dir = tempDir()
    const first = memoryIo({ cwd: dir })
    expect(await run(['convert', SAMPLE, '--to', 'md,json', '-o', 'o'], first)).toBe(0)
    const md = join(dir, 'o', 'yubei-2023.md')
    writeFileSync(md, 'edited by hand')
    const second = memoryIo({ cwd: dir })
    expect(await run(['convert', SAMPLE, '--to', 'md,json', '-o', 'o'], second)).toBe(0)
    const [skipped] = jsonLines(second.out())
    expect(skipped.outputs).toEqual([])
    expect(skipped.skipped).toEqual([join('o', 'yubei-2023.md'), join('o', 'yubei-2023.json')])
    expect(readFileSync(md, 'utf8')).toBe('edited by hand')

    // Only the missing output is written when some exist.
    const third = memoryIo({ cwd: dir })
    expect(await run(['convert', SAMPLE, '--to', 'md,html', '-o', 'o'], third)).toBe(0)
    const [partial] = jsonLines(third.out())
    expect(partial.outputs).toEqual([join('o', 'yubei-2023.html')])
    expect(partial.skipped).toEqual([join('o', 'yubei-2023.md')])
    expect(readFileSync(md, 'utf8')).toBe('edited by hand')

    const forced = memoryIo({ cwd: dir })
    expect(await run(['convert', SAMPLE, '--to', 'md,json', '-o', 'o', '--force'], forced)).toBe(0)
    expect(jsonLines(forced.out())[0].outputs).toHaveLength(2)
    expect(readFileSync(md, 'utf8')).toMatch(/^# /)
  })
})

describe('output folder errors', () => {
  it('creates a missing folder', async () => {
    const dir = tempDir()
    expect(await run(['convert', SAMPLE, '--to', 'md', '-o', 'a/b/c'], memoryIo({ cwd: dir }))).toBe(0)
    expect(existsSync(join(dir, 'a/b/c/yubei-2023.md'))).toBe(true)
  })
  it('-o naming a file is one line, exit 1', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'file'), 'x')
    const io = memoryIo({ cwd: dir })
    expect(await run(['convert', SAMPLE, '--to', 'md', '-o', 'file'], io)).toBe(1)
    expect(io.err()).toMatch(/^gongwen: file: is a file, not a folder/)
    expect(io.err().trimEnd().split('\n')).toHaveLength(1)
  })
  it('a folder that cannot be created is one line, exit 1', async () => {
    const io = memoryIo()
    expect(await run(['convert', SAMPLE, '--to', 'md', '-o', '/proc/gongwen-cannot-exist'], io)).toBe(1)
    expect(io.err()).toMatch(/^gongwen: \/proc\/gongwen-cannot-exist: cannot create the output folder/)
  })
  it('a folder that exists but takes no files is one line, exit 1', async () => {
    const io = memoryIo()
    expect(await run(['convert', SAMPLE, '--to', 'md', '-o', '/sys/kernel'], io)).toBe(1)
    expect(io.err()).toMatch(/^gongwen: \/sys\/kernel: cannot write to this output folder \(E[A-Z]+\): choose another with -o\n$/)
  })
  it('an output path that is a folder fails that document only', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'o', 'yubei-2023.md'), { recursive: true })
    const io = memoryIo({ cwd: dir })
    expect(await run(['convert', SAMPLE, '--to', 'md', '-o', 'o', '--force'], io)).toBe(1)
    expect(jsonLines(io.out())[0].error).toMatch(/yubei-2023\.md: an output path is a folder/)
    expect(io.err().trimEnd().split('\n')).toHaveLength(1)
  })
})

describe('batch', () => {
  it('converts the good documents, reports exactly the broken ones, exits 1', async () => {
    const dir = batchFolder()
    const io = memoryIo({ cwd: dir })
    expect(await run(['convert', 'in', '--to', 'md,json,outline', '-o', 'out', '--jobs', '2'], io)).toBe(1)
    const lines = jsonLines(io.out())
    const inputs = listFiles(join(dir, 'in'))
    expect(lines.map((l) => l.input)).toEqual(inputs.map((f) => join('in', f)))
    const failed = lines.filter((l) => l.error).map((l) => l.input)
    expect(failed.sort()).toEqual(['in/broken/empty.txt', 'in/broken/garbled.txt', 'in/broken/image.txt'])
    const good = lines.filter((l) => !l.error)
    expect(good.length).toBe(inputs.length - 3)
    for (const l of good) {
      expect(l.outputs).toHaveLength(6)
      for (const o of l.outputs) expect(statSync(join(dir, o)).size).toBeGreaterThan(0)
    }
    // page/ and body/ hold files of the same name: both are kept, the second numbered.
    const names = good.flatMap((l) => l.outputs as string[])
    expect(new Set(names).size).toBe(names.length)
    expect(names).toContain('out/cujin_jiuye_yijian-2.md')
    expect(listFiles(join(dir, 'out'))).toHaveLength(good.length * 6)
    // One stderr line per failure, naming the file.
    const errLines = io.err().trimEnd().split('\n')
    expect(errLines).toHaveLength(3)
    for (const f of failed) expect(errLines.some((l) => l.includes(f))).toBe(true)
  })

  it('150 documents and 3 broken files: every good one written, exactly the broken ones reported, exit 1', async () => {
    const { dir, originals } = largeBatchFolder()
    const io = memoryIo({ cwd: dir })
    expect(await run(['convert', 'in', '--to', 'md,json', '-o', 'out', '--jobs', '2'], io)).toBe(1)
    const lines = jsonLines(io.out())
    expect(lines).toHaveLength(153)
    expect(lines.filter((l) => l.error).map((l) => l.input).sort()).toEqual(['in/broken/empty.txt', 'in/broken/garbled.txt', 'in/broken/image.txt'])
    const good = lines.filter((l) => !l.error)
    expect(good).toHaveLength(150)
    const mdOf = new Map<string, string>()
    for (const l of good) {
      expect(l.outputs).toHaveLength(2)
      mdOf.set(l.input, readFileSync(join(dir, l.outputs[0]), 'utf8'))
    }
    expect(listFiles(join(dir, 'out'))).toHaveLength(300)
    // The same document read from UTF-16 or from UTF-8 with a BOM and CRLF ends gives the same Markdown.
    for (const file of originals) {
      const md = mdOf.get(join('in', file))
      expect(md!.length, file).toBeGreaterThan(200)
      expect(mdOf.get(join('in', 'utf16', file)), file).toBe(md)
      expect(mdOf.get(join('in', 'crlf', file)), file).toBe(md)
    }
    expect(io.err().trimEnd().split('\n')).toHaveLength(3)
  })

  it('JSON lines carry input, outputs, warnings, error and dropped-line counts', async () => {
    const dir = tempDir()
    const io = memoryIo({ cwd: dir, tty: true })
    expect(await run(['convert', join(CORPUS, 'sample'), join(BROKEN, 'empty.txt'), '--to', 'md', '-o', 'o', '--json'], io)).toBe(1)
    const lines = jsonLines(io.out())
    expect(lines).toHaveLength(2)
    for (const l of lines) expect(Object.keys(l).sort()).toEqual(['error', 'input', 'outputs', 'removed', 'skipped', 'warnings'])
    expect(lines[0].error).toBeNull()
    expect(lines[0].removed).toBeGreaterThan(0)
    expect(lines[1].error).toMatch(/empty/)
  })

  it('on a terminal: a progress bar and a summary table instead of JSON lines', async () => {
    const dir = tempDir()
    const io = memoryIo({ cwd: dir, tty: true, env: { NO_COLOR: '1' } })
    expect(await run(['convert', join(CORPUS, 'national-wikisource'), '--to', 'md', '-o', 'o'], io)).toBe(0)
    expect(io.out()).toBe('')
    const err = io.err()
    expect(err).toMatch(/\d+\/3 +[\d.]+ doc\/s +ETA/)
    expect(err).toMatch(/converted +3 \(3 files in o\)/)
    expect(err).toMatch(/boilerplate lines dropped +\d+/)
    expect(err).not.toContain('\u001b[3')
    const quiet = memoryIo({ cwd: dir, tty: true })
    expect(await run(['convert', join(CORPUS, 'national-wikisource'), '--to', 'md', '-o', 'o', '-q'], quiet)).toBe(0)
    expect(quiet.err()).toBe('')
  })

  it('--jobs 1 and --jobs 2 write byte-identical files', async () => {
    const dir = tempDir()
    const inputs = [join(CORPUS, 'sample'), join(CORPUS, 'national-wikisource'), join(CORPUS, 'govcn-2018', 'body', 'cujin_jiuye_yijian.txt')]
    const targets = 'docx,pdf,outline,brief,md,json,html'
    expect(await run(['convert', ...inputs, '--to', targets, '-o', 'one', '--jobs', '1'], memoryIo({ cwd: dir }))).toBe(0)
    expect(await run(['convert', ...inputs, '--to', targets, '-o', 'two', '--jobs', '2'], memoryIo({ cwd: dir }))).toBe(0)
    const one = listFiles(join(dir, 'one'))
    expect(one).toEqual(listFiles(join(dir, 'two')))
    expect(one.length).toBe(5 * 11)
    for (const f of one) expect(readFileSync(join(dir, 'one', f)).equals(readFileSync(join(dir, 'two', f))), f).toBe(true)
  })

  it('a closed stdout (| head) stops the JSON lines, not the conversion', async () => {
    const dir = tempDir()
    const io = memoryIo({ cwd: dir })
    let lines = 0
    io.stdout = () => {
      if (++lines > 1) throw Object.assign(new Error('EPIPE: broken pipe, write'), { code: 'EPIPE' })
    }
    expect(await run(['convert', join(CORPUS, 'national-wikisource'), '--to', 'md', '-o', 'o'], io)).toBe(0)
    expect(readdirSync(join(dir, 'o'))).toHaveLength(3)
    expect(lines).toBe(2)
  })

  it('--glob picks the files taken from folders', async () => {
    const dir = tempDir()
    const io = memoryIo({ cwd: dir })
    expect(await run(['convert', CORPUS, '--glob', 'wikisource_*', '--to', 'md', '-o', 'o'], io)).toBe(0)
    expect(jsonLines(io.out())).toHaveLength(3)
    const none = memoryIo({ cwd: dir })
    expect(await run(['convert', CORPUS, '--glob', '*.docx', '--to', 'md', '-o', 'o'], none)).toBe(1)
    expect(none.err()).toMatch(/no files matching \*\.docx/)
  })

  it('reads defaults from gongwen.config.json; flags win', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'gongwen.config.json'), JSON.stringify({ to: ['md', 'json'], output: 'cfg' }))
    expect(await run(['convert', SAMPLE], memoryIo({ cwd: dir }))).toBe(0)
    expect(readdirSync(join(dir, 'cfg')).sort()).toEqual(['yubei-2023.json', 'yubei-2023.md'])
    expect(await run(['convert', SAMPLE, '--to', 'html'], memoryIo({ cwd: dir }))).toBe(0)
    expect(readdirSync(join(dir, 'cfg'))).toContain('yubei-2023.html')
    writeFileSync(join(dir, 'gongwen.config.json'), JSON.stringify({ prest: 'report' }))
    const io = memoryIo({ cwd: dir })
    expect(await run(['convert', SAMPLE], io)).toBe(2)
    expect(io.err()).toMatch(/unknown setting "prest"/)
  })
})
