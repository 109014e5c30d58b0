import type { Handler } from '../types.js'
import { frontLine } from './front.js'

/** `各位代表：`: flush left, no indent. */
export const salutation: Handler<'salutation'> = frontLine('salutation')
