import type { Clock } from './clock.js';

/**
 * Renderer crash and hang recovery. An unattended kiosk must come back by itself, but a page
 * that crashes on load must not spin in a tight reload loop: each crash waits longer
 * (exponential back-off with a cap), and too many crashes in a window give up into a
 * maintenance screen that retries rarely.
 */
export interface RecoveryOptions {
  clock: Clock;
  /** First reload delay. */
  baseDelayMs?: number;
  factor?: number;
  maxDelayMs?: number;
  /** More than this many crashes within `windowMs` means maintenance. */
  maxCrashes?: number;
  windowMs?: number;
  /** How long the maintenance screen stays before one more try. */
  maintenanceRetryMs?: number;
}

export type RecoveryAction =
  { kind: 'reload'; delayMs: number; attempt: number } | { kind: 'maintenance'; retryInMs: number };

export const RECOVERY_DEFAULTS = {
  baseDelayMs: 1_000,
  factor: 2,
  maxDelayMs: 60_000,
  maxCrashes: 5,
  windowMs: 10 * 60_000,
  maintenanceRetryMs: 15 * 60_000,
} as const;

export class CrashRecovery {
  private crashes: number[] = [];
  private readonly o: Required<RecoveryOptions>;
  private inMaintenance = false;

  constructor(options: RecoveryOptions) {
    this.o = { ...RECOVERY_DEFAULTS, ...options };
  }

  get maintenance(): boolean {
    return this.inMaintenance;
  }

  /** The renderer died or hung: decide what to do about it. */
  crashed(): RecoveryAction {
    const now = this.o.clock.now();
    this.crashes = [...this.crashes.filter((t) => now - t < this.o.windowMs), now];
    const attempt = this.crashes.length;
    if (attempt > this.o.maxCrashes) {
      this.inMaintenance = true;
      return { kind: 'maintenance', retryInMs: this.o.maintenanceRetryMs };
    }
    const delayMs = Math.min(this.o.baseDelayMs * this.o.factor ** (attempt - 1), this.o.maxDelayMs);
    return { kind: 'reload', delayMs, attempt };
  }

  /** Leaving maintenance for one more try starts the count afresh. */
  retryFromMaintenance(): void {
    this.inMaintenance = false;
    this.crashes = [];
  }
}

export interface HangWatchOptions {
  clock: Clock;
  /** How long a renderer may stay unresponsive before it is treated as crashed. */
  graceMs?: number;
  onHang: () => void;
}

/**
 * Chromium reports `unresponsive` after a few seconds of a busy renderer and `responsive` when
 * it recovers. A long search index build can trip it, so the kiosk waits a grace period before
 * killing the page.
 */
export class HangWatch {
  private timer: unknown;
  constructor(private readonly options: HangWatchOptions) {}

  unresponsive(): void {
    if (this.timer !== undefined) return;
    this.timer = this.options.clock.setTimeout(() => {
      this.timer = undefined;
      this.options.onHang();
    }, this.options.graceMs ?? 15_000);
  }

  responsive(): void {
    if (this.timer !== undefined) this.options.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
