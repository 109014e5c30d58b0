import { Worker } from 'node:worker_threads'
import type { RenderOptions, RenderResult } from './targets.js'

export interface TaskMessage {
  id: number
  /** Path to read (in the worker, so bytes don't cross threads twice). */
  file: string
  /** How the file is named in messages. */
  display: string
  /** Given for stdin. */
  bytes?: Uint8Array
}

export type WorkerReply =
  | { id: number; ok: true; result: RenderResult }
  | { id: number; ok: false; error: string; kind: string; stack?: string }

/** The file each worker thread starts from (default: `worker.js` beside this file). */
let workerEntry: URL | string | undefined

/**
 * Start workers from another file: the one-file bundle of the command
 * points them at its own loader, so a worker loads one file, not hundreds.
 */
export function setWorkerEntry(entry: URL | string): void {
  workerEntry = entry
}

interface Slot {
  worker: Worker
  task?: { message: TaskMessage; resolve: (reply: WorkerReply) => void }
}

/** What the converter loop needs of a pool. */
export interface Runner {
  readonly size: number
  run(message: TaskMessage): Promise<WorkerReply>
  close(): Promise<void>
}

/**
 * Converts in the calling thread: for a single document, starting a worker
 * (and loading every library a second time) would cost more than the work.
 */
export class InlineRunner implements Runner {
  readonly size = 1
  private handle: ((task: TaskMessage, options: RenderOptions) => Promise<WorkerReply>) | undefined

  constructor(private readonly options: RenderOptions) {}

  async run(message: TaskMessage): Promise<WorkerReply> {
    this.handle ??= (await import('./handle.js')).handle
    return this.handle(message, this.options)
  }

  async close(): Promise<void> {}
}

/**
 * A fixed set of worker threads, each loading the parser, renderers and
 * fonts once. A worker that dies fails only its own document and is replaced.
 */
export class Pool implements Runner {
  private readonly slots: Slot[] = []
  private readonly waiting: Array<{ message: TaskMessage; resolve: (reply: WorkerReply) => void }> = []
  private closed = false

  constructor(
    readonly size: number,
    private readonly options: RenderOptions,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn())
  }

  private spawn(): Slot {
    const worker = new Worker((workerEntry ??= new URL('./worker.js', import.meta.url)), { workerData: { options: this.options } })
    const slot: Slot = { worker }
    worker.on('message', (reply: WorkerReply) => {
      const task = slot.task
      slot.task = undefined
      task?.resolve(reply)
      this.next(slot)
    })
    const fail = (why: string) => {
      const task = slot.task
      slot.task = undefined
      if (this.closed) return
      task?.resolve({ id: task.message.id, ok: false, error: `the converter stopped (${why}); the document may be too large`, kind: 'CRASH' })
      const index = this.slots.indexOf(slot)
      if (index >= 0) {
        this.slots[index] = this.spawn()
        this.next(this.slots[index])
      }
    }
    worker.on('error', (error) => fail(error.message.split('\n')[0]))
    worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot)) fail(`exit code ${code}`)
    })
    return slot
  }

  private next(slot: Slot): void {
    if (slot.task || this.closed) return
    const task = this.waiting.shift()
    if (!task) return
    slot.task = task
    slot.worker.postMessage(task.message)
  }

  run(message: TaskMessage): Promise<WorkerReply> {
    return new Promise((resolve) => {
      this.waiting.push({ message, resolve })
      const idle = this.slots.find((s) => !s.task)
      if (idle) this.next(idle)
    })
  }

  async close(): Promise<void> {
    this.closed = true
    await Promise.all(this.slots.map((s) => s.worker.terminate()))
  }
}
