import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { inspect } from 'node:util'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createTranslator, onlineOptionsFromEnv, translateOffline } from '../src/index.js'
import { HAN } from './helpers.js'

const KEY = 'sk-test-SECRET-4f9a1c'

interface Seen {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: { model: string; messages: Array<{ role: string; content: string }>; temperature?: number }
}

type Reply = (seen: Seen, res: ServerResponse) => void

let server: Server
let baseUrl: string
let seen: Seen[]
let replies: Reply[]

/** Answers like a chat-completions endpoint: numbered English lines for numbered input lines. */
const good: Reply = (request, res) => {
  const lines = request.body.messages[1].content.split('\n')
  const content = lines.map((line) => line.replace(/^(\d+)\.\s.*$/, '$1. English for heading $1')).join('\n')
  res.writeHead(200, { 'content-type': 'application/json' })
  res.end(JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content } }] }))
}

beforeEach(async () => {
  seen = []
  replies = []
  server = createServer((req, res) => {
    let raw = ''
    req.on('data', (chunk) => (raw += chunk))
    req.on('end', () => {
      const request: Seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: JSON.parse(raw) }
      seen.push(request)
      ;(replies.shift() ?? good)(request, res)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`
})

afterEach(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

const HEADINGS = ['推动高质量发展', '加强生态文明建设', '扩大高水平对外开放', '2023年工作回顾', '加强政府自身建设']

describe('online provider', () => {
  it('sends an OpenAI-compatible request with the key in the header only', async () => {
    const translator = createTranslator({ online: { baseUrl, model: 'test-model', apiKey: KEY } })
    const result = await translator.translate(HEADINGS.slice(0, 2))
    expect(seen).toHaveLength(1)
    const [request] = seen
    expect(request.method).toBe('POST')
    expect(request.url).toBe('/v1/chat/completions')
    expect(request.headers.authorization).toBe(`Bearer ${KEY}`)
    expect(request.headers['content-type']).toBe('application/json')
    expect(request.body.model).toBe('test-model')
    expect(request.body.messages.map((m) => m.role)).toEqual(['system', 'user'])
    expect(request.body.messages[1].content).toBe('1. 推动高质量发展\n2. 加强生态文明建设')
    expect(JSON.stringify(request.body)).not.toContain(KEY)
    expect(result).toEqual([
      { en: 'English for heading 1', source: 'online' },
      { en: 'English for heading 2', source: 'online' },
    ])
  })

  it('batches headings and sends each distinct heading once', async () => {
    const translator = createTranslator({ online: { baseUrl, model: 'm', batchSize: 2 } })
    const result = await translator.translate([...HEADINGS, HEADINGS[0]])
    expect(seen).toHaveLength(3)
    expect(seen.map((request) => request.body.messages[1].content.split('\n').length)).toEqual([2, 2, 1])
    expect(seen[0].headers.authorization).toBeUndefined()
    expect(result).toHaveLength(6)
    expect(result[5]).toEqual(result[0])
  })

  it('retries a 429 with backoff, then uses the answer', async () => {
    replies.push((_request, res) => {
      res.writeHead(429, { 'content-type': 'application/json' })
      res.end('{"error":{"message":"rate limited"}}')
    })
    const warnings: string[] = []
    const translator = createTranslator({ online: { baseUrl, model: 'm', retryDelayMs: 10 }, onWarning: (w) => warnings.push(w) })
    const result = await translator.translate(HEADINGS.slice(0, 1))
    expect(seen).toHaveLength(2)
    expect(result[0].source).toBe('online')
    expect(warnings).toEqual([])
  })

  it('retries 5xx and falls back to the offline engine when retries run out', async () => {
    for (let i = 0; i < 3; i++) replies.push((_request, res) => { res.writeHead(503); res.end('busy') })
    const warnings: string[] = []
    const translator = createTranslator({ online: { baseUrl, model: 'm', retries: 2, retryDelayMs: 5, apiKey: KEY }, onWarning: (w) => warnings.push(w) })
    const result = await translator.translate(HEADINGS.slice(0, 1))
    expect(seen).toHaveLength(3)
    expect(result[0]).toEqual(translateOffline(HEADINGS[0]))
    expect(warnings.join('\n')).toMatch(/HTTP 503 after 3 attempt/)
  })

  it('gives up on a request that times out and falls back with a warning', async () => {
    replies.push(() => {
      /* never answers */
    })
    const warnings: string[] = []
    const translator = createTranslator({ online: { baseUrl, model: 'm', timeoutMs: 150, retries: 0 }, onWarning: (w) => warnings.push(w) })
    const started = Date.now()
    const result = await translator.translate(HEADINGS.slice(0, 2))
    expect(Date.now() - started).toBeLessThan(3000)
    expect(result.map((r) => r.source)).not.toContain('online')
    expect(result[0]).toEqual(translateOffline(HEADINGS[0]))
    expect(warnings.join('\n')).toMatch(/timeout after 150 ms/)
  })

  it.each([
    ['too few lines', '1. Only one line'],
    ['Chinese left in', '1. Promoting 高质量 development\n2. Strengthening ecological conservation'],
    ['an empty line', '1. Promoting\n2.'],
  ])('rejects an answer with %s and falls back to the offline engine', async (_label, content) => {
    replies.push((_request, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }))
    })
    const warnings: string[] = []
    const translator = createTranslator({ online: { baseUrl, model: 'm', apiKey: KEY }, onWarning: (w) => warnings.push(w) })
    const result = await translator.translate(HEADINGS.slice(0, 2))
    expect(result).toEqual(HEADINGS.slice(0, 2).map((zh) => translateOffline(zh)))
    for (const line of result) expect(line.en).not.toMatch(HAN)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/offline engine/)
  })

  it('rejects a non-JSON answer', async () => {
    replies.push((_request, res) => { res.writeHead(200); res.end('<html>gateway</html>') })
    const warnings: string[] = []
    const translator = createTranslator({ online: { baseUrl, model: 'm' }, onWarning: (w) => warnings.push(w) })
    const [result] = await translator.translate(HEADINGS.slice(0, 1))
    expect(result.source).not.toBe('online')
    expect(warnings[0]).toMatch(/not JSON/)
  })

  it('never prints the key, in warnings, logs or the translator object', async () => {
    const logged: string[] = []
    const spies = (['log', 'warn', 'error', 'info', 'debug'] as const).map((name) =>
      vi.spyOn(console, name).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' '))),
    )
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (logged.push(String(chunk)), true))
    try {
      // The server echoes the Authorization header back in an error body, as some gateways do.
      replies.push((request, res) => { res.writeHead(401); res.end(`bad key ${request.headers.authorization}`) })
      replies.push((_request, res) => { res.writeHead(500); res.end(`upstream rejected ${KEY}`) })
      replies.push((_request, res) => { res.writeHead(500); res.end('again') })
      const warnings: string[] = []
      const translator = createTranslator({ online: { baseUrl, model: 'm', apiKey: KEY, retries: 1, retryDelayMs: 5 }, onWarning: (w) => warnings.push(w) })
      await translator.translate(HEADINGS.slice(0, 1))
      await translator.translate(HEADINGS.slice(1, 2))
      const unreachable = createTranslator({ online: { baseUrl: 'http://127.0.0.1:9/v1', model: 'm', apiKey: KEY, retries: 0 }, onWarning: (w) => warnings.push(w) })
      await unreachable.translate(HEADINGS.slice(0, 1))
      expect(warnings.length).toBeGreaterThanOrEqual(3)
      const everything = [...warnings, ...logged, inspect(translator, { depth: 10, showHidden: true }), JSON.stringify(translator)].join('\n')
      expect(everything).not.toContain(KEY)
      expect(everything).not.toContain('SECRET')
    } finally {
      for (const spy of spies) spy.mockRestore()
      stderr.mockRestore()
    }
  })

  it('is configured from the environment only when base URL and model are set', () => {
    expect(onlineOptionsFromEnv({})).toBeUndefined()
    expect(onlineOptionsFromEnv({ GONGWEN_TRANSLATE_API_KEY: KEY })).toBeUndefined()
    expect(onlineOptionsFromEnv({ GONGWEN_TRANSLATE_BASE_URL: baseUrl, GONGWEN_TRANSLATE_MODEL: 'm', GONGWEN_TRANSLATE_API_KEY: KEY })).toEqual({
      baseUrl,
      model: 'm',
      apiKey: KEY,
    })
  })
})
