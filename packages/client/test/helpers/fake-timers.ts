import type { Timers } from '../../src/internal/timers.js';

/** Timers that fire only when the test says so: retries and flushes without waiting. */
export class FakeTimers implements Timers {
  private next = 1;
  readonly pending = new Map<number, { callback: () => void; ms: number }>();
  private waiters: { ms: number; resolve: () => void }[] = [];

  set(callback: () => void, ms: number): unknown {
    const id = this.next++;
    this.pending.set(id, { callback, ms });
    for (const waiter of this.waiters.filter((w) => w.ms === ms)) waiter.resolve();
    this.waiters = this.waiters.filter((w) => w.ms !== ms);
    return id;
  }

  /** Resolves when a timer of exactly `ms` is armed (or already is). */
  armed(ms: number): Promise<void> {
    if (this.delays().includes(ms)) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ ms, resolve }));
  }

  clear(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  /** Delays of the timers now armed. */
  delays(): number[] {
    return [...this.pending.values()].map((t) => t.ms);
  }

  /** Fire every armed timer whose delay is at most `ms` (all by default). */
  fire(ms = Infinity): number {
    const due = [...this.pending].filter(([, t]) => t.ms <= ms);
    for (const [id, timer] of due) {
      this.pending.delete(id);
      timer.callback();
    }
    return due.length;
  }
}
