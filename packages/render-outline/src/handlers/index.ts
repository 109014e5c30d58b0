import type { Handlers } from '../outline-state.js'
import { addressee } from './addressee.js'
import { appendix } from './appendix.js'
import { docNumber } from './docNumber.js'
import { heading } from './heading.js'
import { list } from './list.js'
import { listItem } from './listItem.js'
import { paragraph } from './paragraph.js'
import { root } from './root.js'
import { runInHeading } from './runInHeading.js'
import { salutation } from './salutation.js'
import { signature } from './signature.js'
import { speaker } from './speaker.js'
import { subtitle } from './subtitle.js'
import { text } from './text.js'
import { title } from './title.js'
import { toc } from './toc.js'

/** One handler per node type; leaving one out is a type error. */
export const handlers: Required<Handlers> = {
  addressee,
  appendix,
  docNumber,
  heading,
  list,
  listItem,
  paragraph,
  root,
  runInHeading,
  salutation,
  signature,
  speaker,
  subtitle,
  text,
  title,
  toc,
}
