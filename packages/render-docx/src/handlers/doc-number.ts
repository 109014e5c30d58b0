import type { Handler } from '../types.js'
import { frontLine } from './front.js'

/** 发文字号 `国发〔2018〕39号`: centred above the title block. */
export const docNumber: Handler<'docNumber'> = frontLine('docNumber')
