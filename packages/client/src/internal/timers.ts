/**
 * Timers behind an interface so tests drive retries and flushes with a controlled clock instead
 * of waiting (no timed assertions anywhere in this package).
 */
export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
