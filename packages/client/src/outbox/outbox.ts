import { realTimers, type Timers } from '../internal/timers.js';
import { uuidV4 } from '../internal/uuid.js';
import { DEFAULT_BACKOFF, type BackoffPolicy } from './backoff.js';
import { leaseLock, pageLock, webLock, withoutLease, type EntryLock } from './entry-lock.js';
import { applyOutcome, readOutcome, type Outcome } from './outcome.js';
import { idbStore, memoryStore, type StoredEntry } from './outbox-store.js';
import type { OutboxEntry, OutboxListener, OutboxStatus } from './types.js';

export interface OutboxOptions {
  /** Where the intake API lives, such as `https://ip.example.gov.cn` ('' for the page's origin). */
  baseUrl: string;
  /** Keep entries in this page's memory only (nothing written to the device). */
  ephemeral?: boolean;
  /** IndexedDB database name; outboxes with the same name share entries, across tabs too. */
  dbName?: string;
  fetch?: typeof fetch;
  now?: () => number;
  /** Source of jitter, in [0, 1). */
  random?: () => number;
  timers?: Timers;
  /** The Web Locks manager; `null` uses the IndexedDB lease instead. Defaults to `navigator.locks`. */
  locks?: LockManager | null;
  backoff?: BackoffPolicy;
  /** A try with no answer after this is abandoned and retried later. */
  requestTimeoutMs?: number;
  /** While started, look for entries left by other tabs this often. */
  sweepIntervalMs?: number;
}

export interface Outbox {
  /** Store the submission, then send it. Resolves once stored, with the entry (`queued`). */
  /**
   * Store a submission, then send it. `id` (the Idempotency-Key) is normally made here; pass the
   * original one when putting back an entry from a copy (a kiosk's disk copy after a restart), so
   * the server recognises a submission it may already have and never creates it twice. An entry
   * already in the outbox with that id is returned as it is.
   */
  enqueue(endpoint: string, body: unknown, options?: { locale?: string; id?: string }): Promise<OutboxEntry>;
  get(id: string): Promise<OutboxEntry | undefined>;
  /** Every entry, oldest first. */
  list(): Promise<OutboxEntry[]>;
  /** Hear every change of any entry (in this outbox and, while started, other tabs'). */
  subscribe(listener: OutboxListener): () => void;
  /** Try every unsent entry now, whatever its back-off; resolves when those tries are done. */
  flush(): Promise<void>;
  /** Resume entries left from earlier pages, retry on schedule and when the browser goes online. */
  start(): void;
  stop(): void;
  /** Remove an entry (a sent one whose reference the visitor has seen, or a failed one). */
  forget(id: string): Promise<void>;
  /** False when entries live in memory only (ephemeral, or IndexedDB unavailable). */
  durable(): Promise<boolean>;
}

export const DEFAULT_OUTBOX_DB = 'yizhan-outbox';
const PENDING: readonly OutboxStatus[] = ['queued', 'sending', 'retrying'];
const isPending = (entry: OutboxEntry) => PENDING.includes(entry.status);

const publicEntry = (entry: StoredEntry): OutboxEntry => withoutLease(entry);

export function createOutbox(options: OutboxOptions): Outbox {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const timers = options.timers ?? realTimers;
  const policy = options.backoff ?? DEFAULT_BACKOFF;
  const timeoutMs = options.requestTimeoutMs ?? 30_000;
  const sweepMs = options.sweepIntervalMs ?? 30_000;
  const dbName = options.dbName ?? DEFAULT_OUTBOX_DB;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const store = options.ephemeral ? memoryStore() : idbStore(dbName);
  const locks = options.locks === undefined ? globalThis.navigator?.locks : (options.locks ?? undefined);
  const lock: EntryLock = options.ephemeral
    ? pageLock
    : locks
      ? webLock(locks, `yizhan-outbox:${dbName}`)
      : leaseLock(store, uuidV4(), now, timeoutMs + 30_000);

  const listeners = new Set<OutboxListener>();
  const tries = new Map<string, Promise<void>>();
  let started = false;
  let timer: unknown;
  let channel: BroadcastChannel | undefined;

  const emit: OutboxListener = (change) => {
    for (const listener of [...listeners]) {
      try {
        listener(change);
      } catch (error) {
        console.error(error);
      }
    }
  };
  // Other tabs re-read the entry and tell their own listeners.
  const announce = (id: string) => channel?.postMessage(id);

  /** Write through `change`, keeping a lease the entry holds, and tell everyone. */
  const write = async (id: string, change: (entry: OutboxEntry) => OutboxEntry) => {
    const result = await store.update(id, (stored) => {
      const next: StoredEntry = change(publicEntry(stored));
      return stored.lease ? { ...next, lease: stored.lease } : next;
    });
    if (result?.changed) {
      emit({ type: 'update', entry: publicEntry(result.entry) });
      announce(id);
    }
    return result ? publicEntry(result.entry) : undefined;
  };

  const send = async (entry: OutboxEntry): Promise<Outcome> => {
    const controller = new AbortController();
    const timeout = timers.set(() => controller.abort(), timeoutMs);
    try {
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'Idempotency-Key': entry.id,
      };
      if (entry.locale) headers['Accept-Language'] = entry.locale;
      const response = await doFetch(`${options.baseUrl.replace(/\/+$/, '')}/${entry.endpoint.replace(/^\/+/, '')}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(entry.body),
        signal: controller.signal,
      });
      return await readOutcome(response, now());
    } catch {
      return { kind: 'transient', failure: { kind: 'network' } };
    } finally {
      timers.clear(timeout);
    }
  };

  const tryOnce = async (id: string, force: boolean) => {
    await lock.run(id, async () => {
      // Read again under the lock: another tab may have sent it a moment ago.
      const entry = await store.get(id);
      if (!entry || !isPending(entry)) return;
      if (!force && (entry.nextAttemptAt ?? 0) > now()) return;
      // Known offline: wait for the `online` event instead of spending a try.
      if (globalThis.navigator?.onLine === false) return;
      const sending = await write(id, (e) => ({ ...e, status: 'sending', attempts: e.attempts + 1, updatedAt: now() }));
      if (!sending) return;
      const outcome = await send(sending);
      await write(id, (e) => applyOutcome(e, outcome, now(), random, policy));
    });
  };

  /** One try at a time per entry in this page; callers asking meanwhile share it. */
  const attempt = (id: string, force: boolean): Promise<void> => {
    let running = tries.get(id);
    if (!running) {
      running = tryOnce(id, force)
        .catch(() => {
          // Storage failed mid-way; the entry keeps its stored state and the next pass retries.
        })
        .finally(() => {
          tries.delete(id);
          schedule();
        });
      tries.set(id, running);
    }
    return running;
  };

  const pass = async (force: boolean) => {
    const entries = (await store.all().catch(() => [])).filter(isPending).sort((a, b) => a.createdAt - b.createdAt);
    // In order, one at a time: submissions arrive as they were made and a flaky link is not flooded.
    for (const entry of entries) await attempt(entry.id, force);
  };

  let scheduling = false;
  let rescan = false;
  /** Arm one timer for the earliest due entry (or the sweep), from a fresh read of the store. */
  function schedule() {
    if (!started) return;
    if (scheduling) {
      // The read in progress may predate the change that called us.
      rescan = true;
      return;
    }
    scheduling = true;
    void store
      .all()
      .catch(() => [])
      .then((entries) => {
        scheduling = false;
        if (rescan) {
          rescan = false;
          schedule();
          return;
        }
        if (!started) return;
        const t = now();
        let due = t + sweepMs;
        for (const entry of entries) {
          // `sending` entries here belong to another tab (or a crashed one): look again at the sweep.
          if (entry.status === 'queued' || entry.status === 'retrying') {
            due = Math.min(due, entry.nextAttemptAt ?? t);
          }
        }
        timers.clear(timer);
        timer = timers.set(
          () => {
            void pass(false).then(schedule);
          },
          Math.max(0, due - t),
        );
      });
  }

  const onOnline = () => void outbox.flush();
  const onMessage = (event: MessageEvent<unknown>) => {
    if (typeof event.data !== 'string') return;
    const id = event.data;
    void store.get(id).then((entry) => {
      emit(entry ? { type: 'update', entry: publicEntry(entry) } : { type: 'remove', id });
      if (entry && isPending(entry)) schedule();
    });
  };

  const outbox: Outbox = {
    async enqueue(endpoint, body, enqueueOptions = {}) {
      const json = JSON.stringify(body);
      if (json === undefined) throw new TypeError('outbox: the body must be JSON');
      if (enqueueOptions.id !== undefined) {
        if (!/^[A-Za-z0-9_.:-]{8,128}$/.test(enqueueOptions.id)) {
          throw new TypeError('outbox: an id must be 8–128 letters, digits or _.:-');
        }
        const existing = await store.get(enqueueOptions.id);
        if (existing) return publicEntry(existing);
      }
      const t = now();
      const entry: OutboxEntry = {
        id: enqueueOptions.id ?? uuidV4(),
        endpoint,
        // What is stored is exactly what will be sent, on every try.
        body: JSON.parse(json) as unknown,
        ...(enqueueOptions.locale ? { locale: enqueueOptions.locale } : {}),
        status: 'queued',
        attempts: 0,
        createdAt: t,
        updatedAt: t,
      };
      await store.put(entry);
      emit({ type: 'update', entry });
      announce(entry.id);
      void attempt(entry.id, true);
      return entry;
    },
    async get(id) {
      const entry = await store.get(id);
      return entry && publicEntry(entry);
    },
    async list() {
      return (await store.all()).map(publicEntry).sort((a, b) => a.createdAt - b.createdAt);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async flush() {
      await pass(true);
    },
    start() {
      if (started) return;
      started = true;
      globalThis.addEventListener?.('online', onOnline);
      if (!options.ephemeral && typeof BroadcastChannel !== 'undefined') {
        channel = new BroadcastChannel(`yizhan-outbox:${dbName}`);
        channel.onmessage = onMessage;
      }
      void pass(false).then(schedule);
    },
    stop() {
      started = false;
      timers.clear(timer);
      globalThis.removeEventListener?.('online', onOnline);
      channel?.close();
      channel = undefined;
    },
    async forget(id) {
      await store.delete(id);
      emit({ type: 'remove', id });
      announce(id);
    },
    durable: () => store.durable(),
  };
  return outbox;
}
