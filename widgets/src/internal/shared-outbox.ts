import { createOutbox, DEFAULT_OUTBOX_DB, type Outbox, type OutboxEntry } from '@yizhan/client';

/**
 * One started outbox per intake server for the whole page, shared by every form and rating on it,
 * so unsent submissions resume after a reload whichever component is on the page.
 *
 * Always durable (IndexedDB), also for `ephemeral` components: a kiosk forgets the visitor but
 * must not forget their question before it is delivered. The outbox drops each body once sent.
 */
const outboxes = new Map<string, Outbox>();

/** The `api` attribute as an absolute base URL without a trailing slash ('' → this page's origin). */
export function apiBase(api: string | null | undefined): string {
  const base = new URL(api?.trim() || '/', document.baseURI);
  return `${base.origin}${base.pathname.replace(/\/+$/, '')}`;
}

export function sharedOutbox(api: string | null | undefined): Outbox {
  const baseUrl = apiBase(api);
  let outbox = outboxes.get(baseUrl);
  if (!outbox) {
    // Entries do not record their server, so each server gets its own database.
    const dbName = baseUrl === location.origin ? DEFAULT_OUTBOX_DB : `${DEFAULT_OUTBOX_DB} ${baseUrl}`;
    outbox = createOutbox({ baseUrl, dbName });
    outbox.start();
    outboxes.set(baseUrl, outbox);
  }
  return outbox;
}

/**
 * What the visitor is told about a submission: `offline` and `rate-limited` are waiting states
 * the outbox itself does not name (it just waits for the `online` event or the Retry-After).
 */
export type Delivery = 'queued' | 'sending' | 'retrying' | 'offline' | 'rate-limited' | 'sent' | 'failed';

export function deliveryOf(entry: OutboxEntry, online = globalThis.navigator?.onLine ?? true): Delivery {
  if (entry.status === 'sent' || entry.status === 'failed' || entry.status === 'sending') return entry.status;
  if (!online || entry.lastFailure?.kind === 'network') return online ? 'retrying' : 'offline';
  if (entry.lastFailure?.kind === 'rate-limited') return 'rate-limited';
  return entry.status;
}

/**
 * Watch one entry: calls `listener` now (once read) and on every change. Also re-reports on
 * `online`/`offline`, which change what the visitor is told. Returns the unsubscribe function.
 */
export function watchEntry(outbox: Outbox, id: string, listener: (entry: OutboxEntry | undefined) => void): () => void {
  let last: OutboxEntry | undefined;
  let active = true;
  const unsubscribe = outbox.subscribe((change) => {
    if (!active) return;
    if (change.type === 'remove' && change.id === id) listener((last = undefined));
    if (change.type === 'update' && change.entry.id === id) listener((last = change.entry));
  });
  const onNetwork = () => {
    if (active && last) listener(last);
  };
  addEventListener('online', onNetwork);
  addEventListener('offline', onNetwork);
  void outbox.get(id).then((entry) => {
    if (active && !last) listener((last = entry));
  });
  return () => {
    active = false;
    unsubscribe();
    removeEventListener('online', onNetwork);
    removeEventListener('offline', onNetwork);
  };
}
