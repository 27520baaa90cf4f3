/**
 * Outbox health for hall staff. The renderer owns the outbox (consultations and ratings queued
 * by @yizhan/client until the intake server takes them) and reports counts through the bridge;
 * this model turns the latest report into one word a staff member can act on.
 */
export interface OutboxReport {
  /** Submissions waiting to be delivered (offline, server down, being retried). */
  queued: number;
  /** Submissions the server refused for good (needs staff: a 4xx other than 429). */
  failed: number;
  /** When the oldest queued submission was made. */
  oldestQueuedAt?: string;
  /** Last time any submission was delivered. */
  lastSuccessAt?: string;
}

export type OutboxLevel = 'ok' | 'waiting' | 'stuck' | 'failed' | 'unknown';

export interface OutboxHealth extends OutboxReport {
  level: OutboxLevel;
  /** When the renderer last reported; absent before the first report. */
  reportedAt?: string;
}

export interface OutboxHealthOptions {
  /** A queue whose oldest entry waited longer than this is stuck (network or server down). */
  stuckAfterMs?: number;
  /** A renderer that has not reported for this long is not trusted to be right. */
  staleAfterMs?: number;
}

export class OutboxStatus {
  private last: { report: OutboxReport; at: number } | undefined;
  private readonly stuckAfterMs: number;
  private readonly staleAfterMs: number;

  constructor(options: OutboxHealthOptions = {}) {
    this.stuckAfterMs = options.stuckAfterMs ?? 60 * 60_000;
    this.staleAfterMs = options.staleAfterMs ?? 15 * 60_000;
  }

  report(report: OutboxReport, now: number): void {
    this.last = { report, at: now };
  }

  health(now: number): OutboxHealth {
    if (!this.last) return { queued: 0, failed: 0, level: 'unknown' };
    const { report, at } = this.last;
    const base = { ...report, reportedAt: new Date(at).toISOString() };
    if (now - at > this.staleAfterMs) return { ...base, level: 'unknown' };
    if (report.failed > 0) return { ...base, level: 'failed' };
    if (report.queued > 0) {
      const oldest = report.oldestQueuedAt ? Date.parse(report.oldestQueuedAt) : at;
      return { ...base, level: now - oldest > this.stuckAfterMs ? 'stuck' : 'waiting' };
    }
    return { ...base, level: 'ok' };
  }
}
