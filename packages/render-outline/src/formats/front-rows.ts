import type { OutlineFront, TranslationSource } from '../types.js'
import { FRONT_LABELS } from './source-label.js'

export interface FrontRow {
  labelZh: string
  labelEn: string
  zh: string
  en: string
  source?: TranslationSource
}

/** The document front as label/value rows, in a fixed order. */
export function frontRows(front: OutlineFront): FrontRow[] {
  const rows: FrontRow[] = []
  const push = (key: keyof typeof FRONT_LABELS, zh: string, en: string, source?: TranslationSource) => {
    const [labelZh, labelEn] = FRONT_LABELS[key]
    rows.push({ labelZh, labelEn, zh, en, ...(source ? { source } : {}) })
  }
  if (front.subtitle) push('subtitle', front.subtitle.zh, front.subtitle.en, front.subtitle.source)
  if (front.date) push('date', front.date.iso, front.date.en)
  if (front.meeting) push('meeting', front.meeting.zh, front.meeting.en, front.meeting.source)
  if (front.speaker) {
    const zh = [front.speaker.role.zh, front.speaker.name.zh].filter(Boolean).join(' ')
    const en = [front.speaker.name.en, front.speaker.role.en].filter(Boolean).join(', ')
    push('speaker', zh, en, front.speaker.role.source === 'fallback' ? 'fallback' : front.speaker.name.source)
  }
  if (front.docType) push('docType', front.docType.zh, front.docType.en, front.docType.source)
  if (front.region) push('region', front.region.zh, front.region.en, front.region.source)
  if (front.docNumber) push('docNumber', front.docNumber, front.docNumber.normalize('NFKC'))
  if (front.issuer) push('issuer', front.issuer.zh, front.issuer.en, front.issuer.source)
  return rows
}
