import type { Handler } from '../types.js'
import { frontLine } from './front.js'

/** `重庆市渝北区人民政府区长　廖红军`: centred, as printed (a two-line speaker keeps its break). */
export const speaker: Handler<'speaker'> = frontLine('speaker')
