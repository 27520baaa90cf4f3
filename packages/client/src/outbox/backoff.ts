/**
 * When to try a submission again. Pure: the caller passes the failure count, its random source
 * and the server's Retry-After, so the schedule is tested without clocks.
 *
 * Exponential back-off with full jitter (a uniformly random wait between 0 and the exponential
 * ceiling): after an outage, thousands of kiosks and browsers come back at spread-out moments
 * instead of all at once.
 */
export interface BackoffPolicy {
  /** Ceiling after the first failure. */
  baseMs: number;
  /** The ceiling never grows past this. */
  capMs: number;
  /** A server's Retry-After is honoured up to this, so a bad header cannot park an entry for days. */
  maxRetryAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1000, capMs: 5 * 60_000, maxRetryAfterMs: 60 * 60_000 };

/** The largest wait after `failures` consecutive failures (1 → base, 2 → 2 × base, …, capped). */
export function backoffCeiling(failures: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const exponent = Math.max(0, failures - 1);
  // 2 ** 1000 is Infinity, which min() handles, but keep the arithmetic finite for clarity.
  return exponent >= 40 ? policy.capMs : Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
}

/**
 * The wait before the next attempt: full jitter below the ceiling, and never sooner than the
 * server asked (Retry-After) when it did.
 */
export function retryDelay(
  failures: number,
  random: () => number,
  retryAfterMs?: number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): number {
  const jittered = Math.floor(clampUnit(random()) * backoffCeiling(failures, policy));
  if (retryAfterMs === undefined) return jittered;
  return Math.max(Math.min(retryAfterMs, policy.maxRetryAfterMs), jittered);
}

/** `Retry-After` as milliseconds from `now`: delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

// A random source returning exactly 1 (or junk) must not exceed the ceiling.
const clampUnit = (x: number) => (Number.isFinite(x) ? Math.min(Math.max(x, 0), 1 - Number.EPSILON) : 0);
