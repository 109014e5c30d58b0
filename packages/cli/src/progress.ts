import type { Io } from './io.js'

export interface Colours {
  red: (s: string) => string
  green: (s: string) => string
  yellow: (s: string) => string
  dim: (s: string) => string
  bold: (s: string) => string
  cyan: (s: string) => string
}

/** Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function colours(io: Io, stream: 'stdout' | 'stderr'): Colours {
  const on = (stream === 'stdout' ? io.stdoutIsTTY : io.stderrIsTTY) && !io.env.NO_COLOR
  const wrap = (open: number, close: number) => (s: string) => (on ? `\u001b[${open}m${s}\u001b[${close}m` : s)
  return { red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22), cyan: wrap(36, 39) }
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  const s = ms / 1000
  if (s < 60) return `${s.toFixed(1)} s`
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`
}

/** A one-line progress bar on stderr: count, rate and ETA, redrawn at most ten times a second. */
export class ProgressBar {
  private last = 0
  private shown = false
  private readonly start = performance.now()

  constructor(
    private readonly io: Io,
    private readonly total: number,
  ) {}

  update(done: number, force = false): void {
    const now = performance.now()
    if (!force && now - this.last < 100) return
    this.last = now
    const elapsed = (now - this.start) / 1000
    const rate = elapsed > 0 ? done / elapsed : 0
    const eta = rate > 0 ? (this.total - done) / rate : 0
    const tail = ` ${done}/${this.total}  ${rate.toFixed(1)} doc/s  ETA ${done === 0 ? '…' : formatDuration(eta * 1000)}`
    const width = Math.max(10, Math.min(40, this.io.columns - tail.length - 4))
    const filled = this.total === 0 ? width : Math.round((done / this.total) * width)
    this.io.stderr(`\r\u001b[2K[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]${tail}`)
    this.shown = true
  }

  /** Clear the bar so a message line can be printed above it. */
  clear(): void {
    if (this.shown) this.io.stderr('\r\u001b[2K')
    this.shown = false
  }
}
