import type { TranslationSource } from '../types.js'

/** How each source is shown beside an English line; only fallback is flagged in the text. */
export const SOURCE_LABEL: Record<TranslationSource, string> = {
  memory: 'translation memory',
  online: 'online provider',
  glossary: 'glossary',
  fallback: 'word-by-word fallback',
}

export const FRONT_LABELS = {
  title: ['标题', 'Title'],
  subtitle: ['副标题', 'Subtitle'],
  date: ['日期', 'Date'],
  meeting: ['会议', 'Meeting'],
  speaker: ['报告人', 'Speaker'],
  docType: ['文种', 'Document type'],
  region: ['地区', 'Region'],
  docNumber: ['文号', 'Document number'],
  issuer: ['发文机关', 'Issuer'],
} as const
