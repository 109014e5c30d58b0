/** What `--to` accepts, and the files each target writes (suffix appended to the output stem). */
export const TARGETS = {
  docx: ['.docx'],
  pdf: ['.pdf'],
  outline: ['.outline.md', '.outline.html', '.outline.json', '.outline.opml'],
  brief: ['.brief.md', '.brief.html'],
  'brief-docx': ['.brief.docx'],
  'brief-pdf': ['.brief.pdf'],
  md: ['.md'],
  json: ['.json'],
  html: ['.html'],
} as const satisfies Record<string, readonly string[]>

export type Target = keyof typeof TARGETS

export const TARGET_NAMES = Object.keys(TARGETS) as Target[]

export function isTarget(value: string): value is Target {
  return Object.hasOwn(TARGETS, value)
}

/** Suffixes of all files the targets write, in a fixed order. */
export function suffixesOf(targets: readonly Target[]): string[] {
  return targets.flatMap((t) => [...TARGETS[t]])
}

/** The options a document's conversion needs; plain data so it can cross to a worker thread. */
export interface RenderOptions {
  targets: Target[]
  preset: 'official' | 'report'
  /** The briefs' preset: `report` (one to two pages) unless a preset was asked for. */
  briefPreset: 'official' | 'report'
  embedFonts: boolean
  toc: boolean
  pdfa: boolean
  leads: boolean
  tm?: string
  online?: { baseUrl: string; model: string; apiKey?: string }
}

export interface RenderedFile {
  suffix: string
  data: Uint8Array
}

export interface RenderResult {
  files: RenderedFile[]
  title?: string
  warnings: string[]
  /** Lines dropped as site boilerplate. */
  removed: number
}
