import { TextRun } from 'docx'
import type { Handler } from '../types.js'

export const text: Handler<'text'> = (node) =>
  // A line break kept inside a text value (a speaker over two lines) stays a line break.
  node.value.split('\n').map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined }))
