import { AppError } from './errors';

type Limits = { concurrency: number; maxWaiting: number; retryAfterSeconds: number };

/**
 * Runs at most `concurrency` jobs at once and keeps at most `maxWaiting` in line; past that it
 * refuses at once — 503 server_busy with Retry-After — so a burst of heavy work (decoding photos)
 * neither piles up in memory nor takes the CPU every other request needs.
 */
export class WorkQueue {
  private running = 0;
  private readonly line: (() => void)[] = [];

  constructor(private readonly limits: Limits) {}

  get isFull() {
    return this.running >= this.limits.concurrency && this.line.length >= this.limits.maxWaiting;
  }

  /** Refuses now when the line is full: checked before a large upload is read at all. */
  assertRoom() {
    if (this.isFull) throw this.busy();
  }

  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.running < this.limits.concurrency) this.running++;
    else if (this.line.length < this.limits.maxWaiting) await new Promise<void>((go) => this.line.push(go));
    else throw this.busy();
    try {
      return await job();
    } finally {
      const next = this.line.shift();
      if (next)
        next(); // the slot passes straight to the next in line
      else this.running--;
    }
  }

  private busy() {
    const seconds = this.limits.retryAfterSeconds;
    return new AppError(503, 'server_busy', { seconds }, [], { retryAfter: seconds });
  }
}
