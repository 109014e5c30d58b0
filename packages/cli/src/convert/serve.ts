import { statSync } from 'node:fs'
import { getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { parentPort, workerData } from 'node:worker_threads'
import { handle } from './handle.js'
import type { TaskMessage } from './pool.js'
import type { RenderOptions } from './targets.js'

/*
 * V8 lets a busy worker's heap grow rather than collect it, so peak memory
 * would grow with the size of the batch. When the heap has grown well past
 * its size after the last full collection, collect: the peak then stays flat
 * whatever the number of documents. `--expose-gc` can't be passed to a
 * worker, hence the flag is set here and `gc` taken from a fresh context.
 */
const GROWTH = 1.2
const SLACK = 24 * 1024 * 1024
/*
 * A very large document needs a large heap while it converts; landing on
 * top of the garbage of the documents before it, it set the batch's peak,
 * and the longer the batch the likelier that was a bad fit. So the heap is
 * collected before each very large input. Not before every large one: a
 * full collection costs ~30 ms, and before the 36 corpus inputs over 256 KB
 * it slowed a batch by a fifth.
 */
const LARGE_INPUT = 768 * 1024

function inputSize(task: TaskMessage): number {
  if (task.bytes) return task.bytes.length
  try {
    return statSync(task.file).size
  } catch {
    return 0
  }
}

/**
 * The body of a worker thread: convert each document the pool sends and
 * reply with its files. Separate from the thread's entry file so the
 * one-file bundle of the command can start workers from itself.
 */
export function serveWorker(): void {
  const options = workerData.options as RenderOptions
  setFlagsFromString('--expose-gc')
  const collect = runInNewContext('gc') as () => void
  let settled: number | undefined

  let justCollected = false
  const collectNow = (): void => {
    collect()
    settled = getHeapStatistics().used_heap_size
    justCollected = true
  }
  const collectIfGrown = (): void => {
    const used = getHeapStatistics().used_heap_size
    if (settled === undefined || used > settled * GROWTH + SLACK) collectNow()
  }

  parentPort!.on('message', (task: TaskMessage) => {
    if (!justCollected && inputSize(task) >= LARGE_INPUT) collectNow()
    justCollected = false
    void handle(task, options).then((reply) => {
      const transfer = reply.ok ? reply.result.files.map((f) => f.data.buffer as ArrayBuffer) : []
      // Buffers from a pool (Buffer.allocUnsafe) can't be transferred; those are copied.
      const unique = [...new Set(transfer)].filter((b) => !(b instanceof SharedArrayBuffer))
      try {
        parentPort!.postMessage(reply, unique)
      } catch {
        parentPort!.postMessage(reply)
      }
      collectIfGrown()
    })
  })
}
