import type { Outbox, OutboxEntry } from '@yizhan/client';
import type { KioskBridge, OutboxEntries, OutboxReportMessage } from '../../shared/bridge.js';

/**
 * Keeps the shell informed about the page's outbox (consultations and ratings waiting for the
 * intake server): counts for the staff status, and a copy of what is still unsent for the disk,
 * because the visitor partition's IndexedDB lives in memory and a restart would lose it. On start
 * it puts back whatever the disk copy holds that the outbox does not.
 */
type Bridge = Pick<KioskBridge, 'persistOutbox' | 'restoreOutbox' | 'reportOutbox'>;

export interface OutboxSyncOptions {
  outbox: Outbox;
  bridge: Bridge;
  /** The shell calls a silent page "unknown" after 15 minutes; report well within that. */
  reportEveryMs?: number;
}

const PENDING = new Set<OutboxEntry['status']>(['queued', 'sending', 'retrying']);

/** What the staff status needs: counts and ages, never content. */
export function summarize(entries: readonly OutboxEntry[], lastSuccessAt: number | undefined): OutboxReportMessage {
  const pending = entries.filter((e) => PENDING.has(e.status));
  const oldest = pending.reduce<number | undefined>(
    (min, e) => (min === undefined || e.createdAt < min ? e.createdAt : min),
    undefined,
  );
  return {
    queued: pending.length,
    failed: entries.filter((e) => e.status === 'failed').length,
    ...(oldest !== undefined ? { oldestQueuedAt: new Date(oldest).toISOString() } : {}),
    ...(lastSuccessAt !== undefined ? { lastSuccessAt: new Date(lastSuccessAt).toISOString() } : {}),
  };
}

/** The disk copy: just enough to send the submission again. */
export function diskCopy(entries: readonly OutboxEntry[]): OutboxEntries {
  return entries
    .filter((e) => PENDING.has(e.status) && e.body !== undefined)
    .map((e) => ({
      id: e.id,
      endpoint: e.endpoint,
      body: e.body,
      createdAt: e.createdAt,
      ...(e.locale ? { locale: e.locale } : {}),
    }));
}

export interface OutboxSync {
  /** Re-read the outbox and tell the shell now. */
  refresh(): Promise<OutboxReportMessage>;
  /** The latest summary, for the corner indicator. */
  readonly current: OutboxReportMessage;
  subscribe(listener: (report: OutboxReportMessage) => void): () => void;
  stop(): void;
}

export async function startOutboxSync(options: OutboxSyncOptions): Promise<OutboxSync> {
  const { outbox, bridge } = options;
  const listeners = new Set<(report: OutboxReportMessage) => void>();
  let lastSuccessAt: number | undefined;
  let current: OutboxReportMessage = { queued: 0, failed: 0 };
  let running: Promise<OutboxReportMessage> | undefined;
  let again = false;

  await restore(outbox, bridge);

  const sync = async (): Promise<OutboxReportMessage> => {
    const entries = await outbox.list();
    for (const e of entries) if (e.status === 'sent') lastSuccessAt = Math.max(lastSuccessAt ?? 0, e.updatedAt);
    current = summarize(entries, lastSuccessAt);
    bridge.reportOutbox(current);
    await bridge.persistOutbox(diskCopy(entries)).catch((error: Error) => console.warn('outbox copy not kept', error));
    for (const listener of [...listeners]) listener(current);
    return current;
  };
  // Changes come in bursts (queued → sending → sent); one sync at a time, one more after it.
  const refresh = (): Promise<OutboxReportMessage> => {
    if (running) {
      again = true;
      return running;
    }
    running = sync().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        void refresh();
      }
    });
    return running;
  };

  const unsubscribe = outbox.subscribe(() => void refresh());
  const timer = setInterval(() => void refresh(), options.reportEveryMs ?? 5 * 60_000);
  await refresh();
  return {
    refresh,
    get current() {
      return current;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      unsubscribe();
      clearInterval(timer);
    },
  };
}

/** Put back what the disk copy holds and the outbox lost (a restart of the kiosk). */
async function restore(outbox: Outbox, bridge: Bridge): Promise<void> {
  let saved: OutboxEntries;
  try {
    saved = await bridge.restoreOutbox();
  } catch (error) {
    console.warn('outbox copy not readable', error);
    return;
  }
  for (const record of saved) {
    // Only a well-formed id can be an Idempotency-Key; anything else is sent under a new one.
    const id =
      typeof record['id'] === 'string' && /^[A-Za-z0-9_.:-]{8,128}$/.test(record['id']) ? record['id'] : undefined;
    const endpoint = typeof record['endpoint'] === 'string' ? record['endpoint'] : undefined;
    if (!endpoint || record['body'] === undefined) continue;
    if (id && (await outbox.get(id))) continue;
    const locale = typeof record['locale'] === 'string' ? record['locale'] : undefined;
    // The original id is the Idempotency-Key: if the server got this one just before the restart,
    // it answers with the case it already has instead of opening a second one.
    await outbox.enqueue(endpoint, record['body'], { ...(locale ? { locale } : {}), ...(id ? { id } : {}) });
  }
}
