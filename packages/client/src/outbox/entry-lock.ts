import type { OutboxStore, StoredEntry } from './outbox-store.js';

/**
 * The right to send one entry, exclusive across every tab of the origin, so two tabs resuming
 * the same outbox never put the same submission on the wire at the same time.
 */
export interface EntryLock {
  /** Run `task` while holding entry `id`; resolves false at once, without running it, when another holder has it. */
  run(id: string, task: () => Promise<void>): Promise<boolean>;
}

/**
 * Web Locks: held by the browser, released when the holder's tab closes or crashes, so a dead
 * tab never strands an entry.
 */
export function webLock(locks: LockManager, scope: string): EntryLock {
  return {
    // `await` flattens the callback's promise, which the DOM typings nest inside request's.
    run: async (id, task) =>
      await locks.request(`${scope}:${id}`, { ifAvailable: true }, async (lock) => {
        if (!lock) return false;
        await task();
        return true;
      }),
  };
}

/**
 * Where Web Locks are missing (older browsers, and every insecure context: a LAN kiosk served
 * over http), a lease written into the entry in one IndexedDB transaction. A lease outlives its
 * holder only until `until`, so a crashed tab delays an entry by at most `leaseMs`. If a tab
 * stalls past its lease while a request is in flight another may send too; the shared
 * Idempotency-Key still makes the server create one record.
 */
export function leaseLock(store: OutboxStore, owner: string, now: () => number, leaseMs: number): EntryLock {
  return {
    async run(id, task) {
      const claimed = await store.update(id, (entry) => {
        if (entry.lease && entry.lease.owner !== owner && entry.lease.until > now()) return undefined;
        return { ...entry, lease: { owner, until: now() + leaseMs } };
      });
      if (!claimed?.changed) return false;
      try {
        await task();
      } finally {
        await store
          .update(id, (entry) => (entry.lease?.owner === owner ? withoutLease(entry) : undefined))
          .catch(() => undefined);
      }
      return true;
    },
  };
}

/** For entries that live in one page's memory: nobody else can see them. */
export const pageLock: EntryLock = {
  run: async (_id, task) => {
    await task();
    return true;
  },
};

export function withoutLease(entry: StoredEntry): StoredEntry {
  const { lease: _lease, ...rest } = entry;
  return rest;
}
