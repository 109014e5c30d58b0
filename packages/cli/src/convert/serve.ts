import { parentPort, workerData } from 'node:worker_threads'
import { handle } from './handle.js'
import type { TaskMessage } from './pool.js'
import type { RenderOptions } from './targets.js'

/**
 * The body of a worker thread: convert each document the pool sends and
 * reply with its files. Separate from the thread's entry file so the
 * one-file bundle of the command can start workers from itself. The heap is
 * left to V8, under the growth limit `bin/gongwen.js` sets.
 */
export function serveWorker(): void {
  const options = workerData.options as RenderOptions
  parentPort!.on('message', (task: TaskMessage) => {
    void handle(task, options).then((reply) => {
      const transfer = reply.ok ? reply.result.files.map((f) => f.data.buffer as ArrayBuffer) : []
      // Buffers from a pool (Buffer.allocUnsafe) can't be transferred; those are copied.
      const unique = [...new Set(transfer)].filter((b) => !(b instanceof SharedArrayBuffer))
      try {
        parentPort!.postMessage(reply, unique)
      } catch {
        parentPort!.postMessage(reply)
      }
    })
  })
}
