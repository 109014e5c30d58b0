import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createTranslator, translateOffline } from '../src/index.js'

describe('translation memory', () => {
  it('curated lines win over every engine', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-tm-'))
    const tm = join(dir, 'tm.tsv')
    writeFileSync(tm, '# curated\n推动高质量发展\tPursuing high-quality development\n')
    const translator = createTranslator({ tm })
    const [curated, other] = await translator.translate(['推动高质量发展', '加强生态文明建设'])
    expect(curated).toEqual({ en: 'Pursuing high-quality development', source: 'memory' })
    expect(other).toEqual(translateOffline('加强生态文明建设'))
  })

  it('writes online results back so a rerun sends nothing', async () => {
    let requests = 0
    const server = createServer((req, res) => {
      let raw = ''
      req.on('data', (chunk) => (raw += chunk))
      req.on('end', () => {
        requests++
        const lines = JSON.parse(raw).messages[1].content.split('\n')
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ choices: [{ message: { content: lines.map((_: string, i: number) => `${i + 1}. Online line ${i + 1}`).join('\n') } }] }))
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      const tm = join(mkdtempSync(join(tmpdir(), 'gongwen-tm-')), 'tm.tsv')
      const first = await createTranslator({ tm, online: { baseUrl, model: 'm' } }).translate(['甲乙丙', '丁戊己'])
      expect(first.map((line) => line.source)).toEqual(['online', 'online'])
      expect(requests).toBe(1)
      expect(readFileSync(tm, 'utf8')).toBe('甲乙丙\tOnline line 1\tonline\n丁戊己\tOnline line 2\tonline\n')
      const rerun = await createTranslator({ tm, online: { baseUrl, model: 'm' } }).translate(['甲乙丙', '丁戊己'])
      expect(requests).toBe(1)
      expect(rerun).toEqual([
        { en: 'Online line 1', source: 'memory' },
        { en: 'Online line 2', source: 'memory' },
      ])
    } finally {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })
})
