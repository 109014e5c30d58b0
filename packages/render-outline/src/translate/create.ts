import type { Translation, Translator } from '../types.js'
import { loadTranslationMemory, type TranslationMemory } from './memory.js'
import { translateOffline } from './offline.js'
import { createOnlineProvider, type OnlineOptions } from './online.js'

export interface TranslatorOptions {
  /** Path to a `zh<TAB>en` translation memory; online results are appended to it. */
  tm?: string
  /** An OpenAI-compatible chat-completions endpoint; never called unless given. */
  online?: OnlineOptions
  /** Receives warnings (e.g. an online answer that failed validation); never the API key. */
  onWarning?: (message: string) => void
}

/**
 * Memory first, then the online provider (when configured), then the offline
 * engine for whatever is left.
 */
export function createTranslator(options: TranslatorOptions = {}): Translator {
  const warn = options.onWarning ?? (() => {})
  let memory: TranslationMemory | undefined
  const getMemory = () => (options.tm ? (memory ??= loadTranslationMemory(options.tm)) : undefined)
  const online = options.online ? createOnlineProvider(options.online, warn) : undefined

  return {
    async translate(lines) {
      const results: Array<Translation | undefined> = new Array(lines.length)
      const tm = getMemory()
      const pending: number[] = []
      lines.forEach((line, index) => {
        const remembered = tm?.get(line)
        if (remembered) results[index] = remembered
        else pending.push(index)
      })
      if (online && pending.length > 0) {
        // Each distinct line is sent once.
        const unique = [...new Set(pending.map((index) => lines[index]))]
        const answers = new Map<string, string>()
        for (let start = 0; start < unique.length; start += online.batchSize) {
          const batch = unique.slice(start, start + online.batchSize)
          const english = await online.translateBatch(batch)
          if (!english) continue
          batch.forEach((zh, i) => {
            answers.set(zh, english[i])
            tm?.add(zh, { en: english[i], source: 'online' })
          })
        }
        for (const index of pending) {
          const en = answers.get(lines[index])
          if (en) results[index] = { en, source: 'online' }
        }
      }
      return lines.map((line, index) => results[index] ?? translateOffline(line))
    },
  }
}
