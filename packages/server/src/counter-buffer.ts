import type { CounterIncrement, Storage } from './storage/types.js';

/** Rows per INSERT: well under SQLite's and PostgreSQL's bound-parameter limits (5 per row). */
const CHUNK = 1000;

/**
 * Demand events without an idempotency key (sendBeacon, fire-and-forget) are folded into an
 * in-memory table of counters and written once a second as one upsert per counter, instead of
 * one transaction per request: a busy portal's searches cost a handful of writes a second,
 * and rows hot with contention (today's top query) are touched once per flush, not per event.
 * The price, stated in docs/server.md: a crash loses at most one interval of anonymous counts.
 * Keyed batches bypass the buffer, because their key must be claimed with their counts.
 */
export class CounterBuffer {
  private pending = new Map<string, CounterIncrement>();
  private flushing: Promise<void> | null = null;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly storage: Storage,
    intervalMs: number,
    private readonly maxKeys = 10_000,
  ) {
    this.timer = setInterval(() => void this.flush(), intervalMs);
    this.timer.unref();
  }

  add(increments: readonly CounterIncrement[]): void {
    for (const c of increments) {
      const id = `${c.day}\u0000${c.kind}\u0000${c.key}\u0000${c.channel}`;
      const current = this.pending.get(id);
      if (current) current.count += c.count;
      else this.pending.set(id, { ...c });
    }
    if (this.pending.size >= this.maxKeys) void this.flush();
  }

  /** Write what is pending; on failure the counts go back into the buffer for the next try. */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.pending.size === 0) return;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    this.flushing = (async () => {
      for (let i = 0; i < batch.length; i += CHUNK) {
        const chunk = batch.slice(i, i + CHUNK);
        try {
          await this.storage.recordCounters(chunk, null);
        } catch (error) {
          this.add(chunk);
          console.error(`[yizhan] demand counters not written, will retry: ${(error as Error).message}`);
        }
      }
    })().finally(() => {
      this.flushing = null;
    });
    await this.flushing;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
