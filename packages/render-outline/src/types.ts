import type { Numbering, NumberingStyle, Position } from '@gongwen/parser'

/** Where an English line came from. */
export type TranslationSource = 'memory' | 'online' | 'glossary' | 'fallback'

export interface Translation {
  en: string
  source: TranslationSource
}

/**
 * Turns Chinese lines into English lines, one for one, in order. Every
 * returned `en` is non-empty and contains no Han character.
 */
export interface Translator {
  translate(lines: readonly string[]): Promise<Translation[]>
}

/** A string in both languages. */
export interface Bilingual {
  zh: string
  en: string
  source: TranslationSource
}

export interface OutlineNumbering extends Numbering {
  /** The marker as used in English: `I.`, `1.`, `(1)`, `Chapter 3`. */
  en: string
}

export type OutlineEntryKind = 'heading' | 'runInHeading' | 'lead' | 'appendix'

export interface OutlineEntry {
  kind: OutlineEntryKind
  /** The heading text without its marker and closing full stop. */
  zh: string
  /** English of `zh`, without marker. */
  en: string
  /** `depth` of the heading node (run-in headings too); leads are one deeper than their heading. */
  depth: number
  numbering: OutlineNumbering | null
  source: TranslationSource
  /** Where the heading is in the input, when the tree says. */
  position?: Position
  children: OutlineEntry[]
}

export interface OutlineFront {
  title?: Bilingual
  subtitle?: Bilingual
  /** ISO 8601 date with its English form. */
  date?: { iso: string; en: string }
  meeting?: Bilingual
  speaker?: { name: Bilingual; role: Bilingual }
  docType?: Bilingual
  region?: Bilingual
  docNumber?: string
  issuer?: Bilingual
}

export interface Outline {
  type: 'outline'
  /** Bumped on any change of this shape. */
  version: 1
  front: OutlineFront
  entries: OutlineEntry[]
  /** Whether `——` lead items were included. */
  leads: boolean
}

export type { Numbering, NumberingStyle, Position }
