import type { DemandEvent, IntakeChannel } from '@yizhan/catalogue';
import { isRetryableStatus } from '../internal/retryable.js';
import { realTimers, type Timers } from '../internal/timers.js';
import { EventQueue } from './event-queue.js';
import { cleanCount, cleanItemId, cleanQuery } from './sanitize.js';

/** What a widget reports; channel and locale come from the reporter. */
export type TrackedEvent =
  | { type: 'search'; query: string; resultCount: number }
  | { type: 'view'; itemId: string }
  | { type: 'select'; query: string; itemId: string };

export interface EventReporterOptions {
  baseUrl: string;
  channel: IntakeChannel;
  /** The page's language, or a function returning it when the page can switch language. */
  locale?: string | (() => string | undefined);
  /** `false` turns reporting off entirely: nothing is kept, nothing is sent. */
  enabled?: boolean;
  flushIntervalMs?: number;
  fetch?: typeof fetch;
  /** Defaults to `navigator.sendBeacon`; `null` always uses `fetch` with `keepalive`. */
  sendBeacon?: ((url: string, data: Blob) => boolean) | null;
  timers?: Timers;
}

export interface EventReporter {
  /** Queue an event. Never throws; malformed events are dropped. */
  track(event: TrackedEvent): void;
  /** Send what is queued now. Never rejects. */
  flush(): Promise<void>;
  /** Send what is left (as when the page is hidden) and stop listening. */
  stop(): void;
}

/** The API takes at most this many events per request. */
export const MAX_BATCH = 100;

export function createEventReporter(options: EventReporterOptions): EventReporter {
  if (options.enabled === false) {
    return { track: () => undefined, flush: async () => undefined, stop: () => undefined };
  }
  const timers = options.timers ?? realTimers;
  const interval = options.flushIntervalMs ?? 15_000;
  const url = `${options.baseUrl.replace(/\/+$/, '')}/v1/events`;
  const doFetch = options.fetch ?? globalThis.fetch?.bind(globalThis);
  const beacon =
    options.sendBeacon === undefined
      ? globalThis.navigator?.sendBeacon
        ? (u: string, d: Blob) => globalThis.navigator.sendBeacon(u, d)
        : null
      : options.sendBeacon;
  const queue = new EventQueue();
  let timer: unknown;
  let flushing: Promise<void> | undefined;

  const locale = () => {
    const value = typeof options.locale === 'function' ? options.locale() : options.locale;
    return value ? { locale: value } : {};
  };

  const toWire = (event: TrackedEvent): DemandEvent | undefined => {
    const base = { channel: options.channel, ...locale() };
    switch (event?.type) {
      case 'search': {
        const query = cleanQuery(event.query);
        const resultCount = cleanCount(event.resultCount);
        return query !== undefined && resultCount !== undefined
          ? { type: 'search', query, resultCount, ...base }
          : undefined;
      }
      case 'view': {
        const itemId = cleanItemId(event.itemId);
        return itemId ? { type: 'view', itemId, ...base } : undefined;
      }
      case 'select': {
        const query = cleanQuery(event.query);
        const itemId = cleanItemId(event.itemId);
        return query !== undefined && itemId ? { type: 'select', query, itemId, ...base } : undefined;
      }
      default:
        return undefined;
    }
  };

  const body = (events: DemandEvent[]) => JSON.stringify({ events });

  /** Ordinary sending: failures that may pass (network, 408, 429, 5xx) keep the events for next time. */
  const sendBatch = async (events: DemandEvent[]): Promise<boolean> => {
    try {
      const response = await doFetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: body(events),
        credentials: 'omit',
      });
      if (isRetryableStatus(response.status)) {
        queue.restore(events);
        return false;
      }
      // 2xx, or a 4xx that sending again would not fix: either way these events are done.
      return true;
    } catch {
      queue.restore(events);
      return false;
    }
  };

  const flush = (): Promise<void> => {
    timers.clear(timer);
    timer = undefined;
    flushing ??= (async () => {
      try {
        while (queue.size > 0 && (await sendBatch(queue.take(MAX_BATCH)))) {
          // keep going while the server takes them
        }
      } finally {
        flushing = undefined;
        if (queue.size > 0) arm();
      }
    })();
    return flushing;
  };

  function arm() {
    timer ??= timers.set(() => {
      timer = undefined;
      void flush();
    }, interval);
  }

  /**
   * The page is going away (or to the background, where it may be discarded): hand what is
   * queued to the browser, which sends it even after the page is gone. A beacon carries cookies
   * and so needs credentialed CORS, which the intake server does not grant to other origins;
   * cross-origin, `fetch` with `keepalive` and no credentials does the same job.
   */
  const flushOnHide = () => {
    try {
      while (queue.size > 0) {
        const data = body(queue.take(MAX_BATCH));
        const sameOrigin = globalThis.location !== undefined && new URL(url, location.href).origin === location.origin;
        const beaconed = sameOrigin && beacon ? beacon(url, new Blob([data], { type: 'application/json' })) : false;
        if (!beaconed) {
          void doFetch(url, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: data,
            keepalive: true,
            credentials: 'omit',
          }).catch(() => undefined);
        }
      }
    } catch {
      // Reporting must never break the page it reports on.
    }
  };

  const onVisibility = () => {
    if (globalThis.document?.visibilityState === 'hidden') flushOnHide();
  };
  globalThis.addEventListener?.('pagehide', flushOnHide);
  globalThis.document?.addEventListener('visibilitychange', onVisibility);

  return {
    track(event) {
      try {
        const wire = toWire(event);
        if (!wire) return;
        queue.add(wire);
        if (queue.size >= MAX_BATCH) void flush();
        else arm();
      } catch {
        // Reporting must never break the page it reports on.
      }
    },
    flush,
    stop() {
      timers.clear(timer);
      timer = undefined;
      globalThis.removeEventListener?.('pagehide', flushOnHide);
      globalThis.document?.removeEventListener('visibilitychange', onVisibility);
      flushOnHide();
    },
  };
}
