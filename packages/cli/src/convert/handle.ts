import { readFileSync } from 'node:fs'
import { isGongwenError } from '@gongwen/parser'
import { fsReason } from '../io.js'
import type { TaskMessage, WorkerReply } from './pool.js'
import { NotAvailableError, renderDocument } from './render.js'
import type { RenderOptions } from './targets.js'

/** Read and convert one document; every failure becomes a reply in words, never a throw. */
export async function handle(task: TaskMessage, options: RenderOptions): Promise<WorkerReply> {
  let bytes: Uint8Array
  try {
    bytes = task.bytes ?? readFileSync(task.file)
  } catch (error) {
    return { id: task.id, ok: false, error: fsReason(error, 'read'), kind: 'read' }
  }
  try {
    return { id: task.id, ok: true, result: await renderDocument(bytes, options) }
  } catch (error) {
    if (isGongwenError(error)) return { id: task.id, ok: false, error: error.message, kind: error.code }
    if (error instanceof NotAvailableError) return { id: task.id, ok: false, error: `${error.message}: choose another --to target`, kind: 'NOT_AVAILABLE' }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    return { id: task.id, ok: false, error: `internal error while converting: ${message} (please report it; run with --debug for details)`, kind: 'INTERNAL', stack: error instanceof Error ? error.stack : undefined }
  }
}
