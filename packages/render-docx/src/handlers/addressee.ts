import type { Handler } from '../types.js'
import { frontLine } from './front.js'

/** 主送机关: flush left, no indent. */
export const addressee: Handler<'addressee'> = frontLine('addressee')
