/**
 * Translation memory: a TSV file of `zh<TAB>en` lines. Curated lines (two
 * columns) win over every engine; lines the online provider produced are
 * appended with a third column `online`, so a rerun costs nothing and a
 * reviewer can tell them apart.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import type { Translation } from '../types.js'
import { HAN, normaliseSource } from './offline.js'

export interface TranslationMemory {
  get(zh: string): Translation | undefined
  /** Remember a machine result and append it to the file. */
  add(zh: string, translation: Translation): void
}

export function loadTranslationMemory(path: string): TranslationMemory {
  const entries = new Map<string, Translation>()
  if (existsSync(path)) {
    for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
      if (line.trim() === '' || line.startsWith('#')) continue
      const [zh, en, origin] = line.split('\t')
      if (!zh || !en || HAN.test(en)) continue
      const key = normaliseSource(zh)
      // curated lines win even over machine lines written later
      if (entries.has(key) && !origin) {
        entries.set(key, { en: en.trim(), source: 'memory' })
        continue
      }
      if (!entries.has(key)) entries.set(key, { en: en.trim(), source: 'memory' })
    }
  }
  return {
    get(zh) {
      return entries.get(normaliseSource(zh))
    },
    add(zh, translation) {
      const key = normaliseSource(zh)
      if (entries.has(key)) return
      entries.set(key, { en: translation.en, source: 'memory' })
      const clean = (text: string) => text.replace(/[\t\r\n]+/g, ' ')
      appendFileSync(path, `${clean(key)}\t${clean(translation.en)}\t${translation.source}\n`)
    },
  }
}
