export { toOutline, englishNumbering } from './to-outline.js'
export type { OutlineOptions } from './to-outline.js'
export { outlineToMarkdown } from './formats/markdown.js'
export { outlineToHtml } from './formats/html.js'
export { outlineToJson } from './formats/json.js'
export { outlineToOpml } from './formats/opml.js'
export { extractFigures, scanText } from './figures/extract.js'
export type { KeyFigure, FigureChange, FigureQualifier } from './figures/extract.js'
export { toBrief } from './brief/to-brief.js'
export type { BriefOptions, BriefTableData } from './brief/to-brief.js'
export { briefToMarkdown } from './brief/markdown.js'
export { briefToHtml } from './brief/html.js'
export { createTranslator } from './translate/create.js'
export type { TranslatorOptions } from './translate/create.js'
export { createOfflineTranslator, explainOffline, translateOffline } from './translate/offline.js'
export { onlineOptionsFromEnv, parseAnswer } from './translate/online.js'
export type { OnlineOptions } from './translate/online.js'
export { convertQuantity } from './numbers/units.js'
export type { Quantity } from './numbers/units.js'
export { handlers } from './handlers/index.js'
export type { Handler, Handlers, State } from './outline-state.js'
export type {
  Bilingual,
  Outline,
  OutlineEntry,
  OutlineEntryKind,
  OutlineFront,
  OutlineNumbering,
  Translation,
  TranslationSource,
  Translator,
} from './types.js'
