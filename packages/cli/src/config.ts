import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { UsageError, UserError, fsReason } from './io.js'

/** Defaults a project can keep in `gongwen.config.json`; command-line flags win. */
export interface Config {
  to?: string[] | string
  preset?: 'official' | 'report'
  output?: string
  jobs?: number
  glob?: string
  name?: 'file' | 'title'
  embedFonts?: boolean
  toc?: boolean
  pdfa?: boolean
  leads?: boolean
  /** Translation memory path, relative to the config file's folder. */
  tm?: string
  translateUrl?: string
  translateModel?: string
}

const KEYS: Record<keyof Config, string> = {
  to: 'string[]',
  preset: 'string',
  output: 'string',
  jobs: 'number',
  glob: 'string',
  name: 'string',
  embedFonts: 'boolean',
  toc: 'boolean',
  pdfa: 'boolean',
  leads: 'boolean',
  tm: 'string',
  translateUrl: 'string',
  translateModel: 'string',
}

export const CONFIG_NAME = 'gongwen.config.json'

/**
 * `--config FILE`, else `gongwen.config.json` in the working folder when it
 * exists. Unknown keys are an error (a typo should not be silently ignored);
 * an API key is never read from the file, only from the environment.
 */
export function loadConfig(cwd: string, explicit: string | undefined): Config {
  const path = resolve(cwd, explicit ?? CONFIG_NAME)
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    if (!explicit && (error as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw new UserError(`${explicit ?? CONFIG_NAME}: ${fsReason(error, 'read')}`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new UserError(`${explicit ?? CONFIG_NAME}: not valid JSON (${(error as Error).message}): fix the file`)
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new UserError(`${explicit ?? CONFIG_NAME}: must hold a JSON object of settings`)
  const config: Config = {}
  for (const [key, value] of Object.entries(data)) {
    if (key === '$schema') continue
    const want = KEYS[key as keyof Config]
    if (!want) throw new UsageError(`${explicit ?? CONFIG_NAME}: unknown setting "${key}" (known: ${Object.keys(KEYS).join(', ')})`)
    const ok = want === 'string[]' ? typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string')) : typeof value === want
    if (!ok) throw new UsageError(`${explicit ?? CONFIG_NAME}: "${key}" must be a ${want === 'string[]' ? 'string or list of strings' : want}`)
    ;(config as Record<string, unknown>)[key] = value
  }
  if (config.tm) config.tm = resolve(path, '..', config.tm)
  return config
}
