import type { Numbering, Root } from '@gongwen/parser'
import { handlers } from './handlers/index.js'
import { isoDateToEnglish, toRoman } from './numbers/chinese.js'
import { createState, type PendingEntry } from './outline-state.js'
import { personName } from './translate/cedict.js'
import { createTranslator } from './translate/create.js'
import type { Bilingual, Outline, OutlineEntry, OutlineFront, OutlineNumbering, Translation, Translator } from './types.js'

export interface OutlineOptions {
  /** Include `——` lead items (first sentence) under their heading. Default false. */
  leads?: boolean
  /** Default: the offline engine (`createTranslator()`). */
  translator?: Translator
}

/** The heading tree of a document, every entry in Chinese and English. */
export async function toOutline(tree: Root, options: OutlineOptions = {}): Promise<Outline> {
  const leads = options.leads ?? false
  const state = createState(handlers, { leads }, tree)
  state.one(tree)
  const meta = tree.data?.meta ?? {}

  const frontTexts: Record<string, string | undefined> = {
    title: meta.title ?? state.front.title,
    subtitle: state.front.subtitle,
    meeting: meta.meeting,
    role: meta.speaker?.role ?? state.front.speakerRole,
    docType: meta.docType,
    region: meta.region,
    issuer: meta.issuer,
  }
  const texts: string[] = []
  const seen = new Set<string>()
  const want = (zh: string | undefined) => {
    if (zh && !seen.has(zh)) {
      seen.add(zh)
      texts.push(zh)
    }
  }
  for (const value of Object.values(frontTexts)) want(value?.trim())
  const visit = (entries: PendingEntry[]) => {
    for (const entry of entries) {
      want(entry.zh)
      visit(entry.children)
    }
  }
  visit(state.entries)

  const translator = options.translator ?? createTranslator()
  const translated = await translator.translate(texts)
  const table = new Map<string, Translation>()
  texts.forEach((zh, index) => table.set(zh, translated[index]))
  const both = (zh: string | undefined): Bilingual | undefined => {
    const key = zh?.trim()
    if (!key) return undefined
    const translation = table.get(key)
    return translation ? { zh: key, en: translation.en, source: translation.source } : undefined
  }

  const front: OutlineFront = {}
  const assign = <K extends keyof OutlineFront>(key: K, value: OutlineFront[K] | undefined) => {
    if (value !== undefined) front[key] = value
  }
  assign('title', both(frontTexts.title))
  assign('subtitle', both(frontTexts.subtitle))
  if (meta.date) front.date = { iso: meta.date, en: isoDateToEnglish(meta.date) }
  assign('meeting', both(frontTexts.meeting))
  const speakerName = meta.speaker?.name ?? state.front.speakerName
  const role = both(frontTexts.role)
  if (speakerName) {
    front.speaker = {
      // Names are romanised, not translated; pinyin may miss a polyphone, so it is marked as fallback.
      name: { zh: speakerName, en: personName(speakerName) || speakerName, source: 'fallback' },
      role: role ?? { zh: '', en: '', source: 'glossary' },
    }
  }
  assign('docType', both(frontTexts.docType))
  assign('region', both(frontTexts.region))
  if (meta.docNumber ?? state.front.docNumber) front.docNumber = meta.docNumber ?? state.front.docNumber
  assign('issuer', both(frontTexts.issuer))

  const finish = (entry: PendingEntry): OutlineEntry => {
    const translation = table.get(entry.zh) ?? { en: '(untitled)', source: 'fallback' as const }
    return {
      kind: entry.kind,
      zh: entry.zh,
      en: translation.en,
      depth: entry.depth,
      numbering: entry.numbering ? englishNumbering(entry.numbering) : null,
      source: translation.source,
      ...(entry.position ? { position: entry.position } : {}),
      children: entry.children.map(finish),
    }
  }
  return { type: 'outline', version: 1, front, entries: state.entries.map(finish), leads }
}

/** The marker as the official English versions print it: 一、→ I., （一）→ 1. */
export function englishNumbering(numbering: Numbering): OutlineNumbering {
  const n = numbering.ordinal
  let en: string
  switch (numbering.style) {
    case 'chapter': en = `Chapter ${n}`; break
    case 'section': en = `Section ${n}`; break
    case 'article': en = `Article ${n}`; break
    case 'part': en = `Part ${toRoman(n)}`; break
    case 'cn-comma': en = `${toRoman(n)}.`; break
    case 'roman': en = `${toRoman(n)}.`; break
    case 'cn-paren': en = `${n}.`; break
    case 'arabic-dot': en = `${n}.`; break
    case 'arabic-paren': en = `(${n})`; break
    case 'circled': en = `(${n})`; break
    case 'decimal': en = numbering.marker.normalize('NFKC').replace(/[^0-9.]/g, '').replace(/\.$/, ''); break
    default: en = `${n}.`
  }
  return { ...numbering, en }
}
