/**
 * An online provider for any OpenAI-compatible chat-completions endpoint.
 * Never called unless configured. Headings go in batches; 429 and 5xx answers
 * are retried with exponential backoff; every answer is validated (one
 * English line per heading, no Han character) before it is used. The API key
 * lives only in this closure and in the Authorization header: it is never
 * part of an error, a warning or the returned object.
 */
import { HAN } from './offline.js'

export interface OnlineOptions {
  /** e.g. `https://api.example.com/v1`; `/chat/completions` is appended. */
  baseUrl: string
  model: string
  apiKey?: string
  /** Per request, default 30 000 ms. */
  timeoutMs?: number
  /** Headings per request, default 40. */
  batchSize?: number
  /** Retries after a 429, a 5xx, a network error or a timeout; default 3. */
  retries?: number
  /** First backoff delay, doubled on each retry; default 1000 ms. */
  retryDelayMs?: number
}

export interface OnlineProvider {
  /** English lines, or undefined for a batch that failed validation or all retries. */
  translateBatch(lines: readonly string[]): Promise<string[] | undefined>
  batchSize: number
}

export const SYSTEM_PROMPT =
  'You translate headings of Chinese government documents into English, in the style of the official English ' +
  'versions of the Report on the Work of the Government. Use established official terms. ' +
  'Answer with exactly one English line per input line, in the same order, numbered like the input ("1. ..."), ' +
  'with no Chinese characters and no other text.'

export function createOnlineProvider(options: OnlineOptions, warn: (message: string) => void): OnlineProvider {
  const endpoint = options.baseUrl.replace(/\/+$/, '') + '/chat/completions'
  const timeoutMs = options.timeoutMs ?? 30_000
  const retries = options.retries ?? 3
  const retryDelayMs = options.retryDelayMs ?? 1000
  const batchSize = Math.max(1, options.batchSize ?? 40)
  const apiKey = options.apiKey
  const redact = (text: string) => (apiKey ? text.split(apiKey).join('***') : text)

  async function request(lines: readonly string[]): Promise<{ status: number; body: string; retryAfter?: number }> {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), timeoutMs)
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        signal: controller.signal,
        headers: {
          'content-type': 'application/json',
          ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
        },
        body: JSON.stringify({
          model: options.model,
          temperature: 0,
          messages: [
            { role: 'system', content: SYSTEM_PROMPT },
            { role: 'user', content: lines.map((line, index) => `${index + 1}. ${line}`).join('\n') },
          ],
        }),
      })
      const body = await response.text()
      const retryAfter = Number(response.headers.get('retry-after'))
      return { status: response.status, body, ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfter } : {}) }
    } finally {
      clearTimeout(timer)
    }
  }

  return {
    batchSize,
    async translateBatch(lines) {
      for (let attempt = 0; ; attempt++) {
        let failure: string
        try {
          const { status, body, retryAfter } = await request(lines)
          if (status >= 200 && status < 300) {
            const parsed = parseAnswer(body, lines.length)
            if (parsed.ok) return parsed.lines
            warn(`online translation: ${parsed.reason}; using the offline engine for ${lines.length} line(s)`)
            return undefined
          }
          failure = `HTTP ${status}`
          if (status !== 429 && status < 500) {
            warn(redact(`online translation: ${failure}; using the offline engine for ${lines.length} line(s)`))
            return undefined
          }
          if (attempt < retries) {
            await sleep(retryAfter !== undefined ? Math.min(retryAfter * 1000, 30_000) : retryDelayMs * 2 ** attempt)
            continue
          }
        } catch (error) {
          failure = (error as Error).name === 'AbortError' ? `timeout after ${timeoutMs} ms` : `network error (${(error as Error).message})`
          if (attempt < retries) {
            await sleep(retryDelayMs * 2 ** attempt)
            continue
          }
        }
        warn(redact(`online translation: ${failure} after ${attempt + 1} attempt(s); using the offline engine for ${lines.length} line(s)`))
        return undefined
      }
    },
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

type Parsed = { ok: true; lines: string[] } | { ok: false; reason: string }

/** Validate a chat-completions answer: one numbered English line per input line. */
export function parseAnswer(body: string, expected: number): Parsed {
  let content: unknown
  try {
    content = JSON.parse(body)?.choices?.[0]?.message?.content
  } catch {
    return { ok: false, reason: 'answer is not JSON' }
  }
  if (typeof content !== 'string') return { ok: false, reason: 'answer has no message content' }
  const lines = content
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
  if (lines.length !== expected) {
    return { ok: false, reason: `answer has ${lines.length} line(s) for ${expected} heading(s)` }
  }
  const out: string[] = []
  for (const [index, line] of lines.entries()) {
    const numbered = /^(\d+)[.)、:]\s*(.*)$/.exec(line)
    if (numbered && Number(numbered[1]) !== index + 1) return { ok: false, reason: 'answer lines are out of order' }
    const text = (numbered ? numbered[2] : line).trim()
    if (!text) return { ok: false, reason: `answer line ${index + 1} is empty` }
    if (HAN.test(text)) return { ok: false, reason: `answer line ${index + 1} still contains Chinese` }
    out.push(text)
  }
  return { ok: true, lines: out }
}

/** Online options from the environment; undefined unless base URL and model are both set. */
export function onlineOptionsFromEnv(env: Record<string, string | undefined> = process.env): OnlineOptions | undefined {
  const baseUrl = env.GONGWEN_TRANSLATE_BASE_URL
  const model = env.GONGWEN_TRANSLATE_MODEL
  if (!baseUrl || !model) return undefined
  const apiKey = env.GONGWEN_TRANSLATE_API_KEY
  return { baseUrl, model, ...(apiKey ? { apiKey } : {}) }
}
