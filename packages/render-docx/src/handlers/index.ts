import type { Handlers } from '../types.js'
import { addressee } from './addressee.js'
import { appendix } from './appendix.js'
import { docNumber } from './doc-number.js'
import { heading } from './heading.js'
import { listItem } from './list-item.js'
import { list } from './list.js'
import { paragraph } from './paragraph.js'
import { root } from './root.js'
import { runInHeading } from './run-in-heading.js'
import { salutation } from './salutation.js'
import { signature } from './signature.js'
import { speaker } from './speaker.js'
import { subtitle } from './subtitle.js'
import { text } from './text.js'
import { title } from './title.js'
import { toc } from './toc.js'

/** One handler per node type of the AST. */
export const handlers: Handlers = {
  root,
  title,
  subtitle,
  speaker,
  salutation,
  docNumber,
  addressee,
  heading,
  paragraph,
  runInHeading,
  list,
  listItem,
  toc,
  signature,
  appendix,
  text,
}
