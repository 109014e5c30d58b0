import type { Plugin } from 'unified'
import type { Root } from './ast.js'
import { isGongwenError } from './errors.js'
import { parse, type ParseOptions } from './parse.js'

/**
 * unified plugin: `unified().use(gongwenParse)` parses the file's value
 * (string or bytes) into a gongwen tree; parser notes become vfile messages
 * with a `ruleId`, and a document that cannot be read fails the file.
 */
export const gongwenParse: Plugin<[ParseOptions?], string, Root> = function (options) {
  this.parser = (_doc, file) => {
    const value = file.value ?? ''
    try {
      const { tree, messages } = parse(typeof value === 'string' ? value : new Uint8Array(value), options)
      for (const m of messages) {
        const message = file.message(m.reason, { ruleId: m.ruleId, source: 'gongwen-parse', place: m.line ? { line: m.line, column: m.column ?? 1 } : undefined })
        message.fatal = false
      }
      return tree
    } catch (error) {
      if (isGongwenError(error)) file.fail(error.message, { ruleId: error.code.toLowerCase(), source: 'gongwen-parse' })
      throw error
    }
  }
}
