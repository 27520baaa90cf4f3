import type { DBSchema } from 'idb';
import { lazyDatabase } from '../internal/database.js';
import type { OutboxEntry } from './types.js';

/** An entry as stored: with the send lease used when Web Locks are not available. */
export type StoredEntry = OutboxEntry & { lease?: { owner: string; until: number } };

export interface OutboxStore {
  /** True when entries survive a reload (IndexedDB), false when they live in this page only. */
  durable(): Promise<boolean>;
  put(entry: StoredEntry): Promise<void>;
  get(id: string): Promise<StoredEntry | undefined>;
  all(): Promise<StoredEntry[]>;
  /**
   * Atomic read-modify-write (one IndexedDB transaction, which other tabs cannot interleave):
   * `change` returns the new value, or undefined to leave the entry as it is. Resolves with the
   * entry as stored afterwards, or undefined when there is no such entry (it was forgotten).
   */
  update(
    id: string,
    change: (entry: StoredEntry) => StoredEntry | undefined,
  ): Promise<{ entry: StoredEntry; changed: boolean } | undefined>;
  delete(id: string): Promise<void>;
}

export function memoryStore(): OutboxStore {
  const entries = new Map<string, StoredEntry>();
  return {
    durable: async () => false,
    put: async (entry) => void entries.set(entry.id, entry),
    get: async (id) => entries.get(id),
    all: async () => [...entries.values()],
    async update(id, change) {
      const current = entries.get(id);
      if (!current) return undefined;
      const next = change(current);
      if (next) entries.set(id, next);
      return { entry: next ?? current, changed: next !== undefined };
    },
    delete: async (id) => void entries.delete(id),
  };
}

interface OutboxDb extends DBSchema {
  entries: { key: string; value: StoredEntry };
}

/**
 * IndexedDB, or this page's memory when IndexedDB cannot be used (private mode, blocked) or
 * refuses a write (quota): a submission is better sent from memory than refused. Reads look in
 * both places.
 */
export function idbStore(dbName: string): OutboxStore {
  const lazy = lazyDatabase<OutboxDb>(dbName, 1, (db) => {
    db.createObjectStore('entries', { keyPath: 'id' });
  });
  const fallback = memoryStore();
  return {
    durable: async () => (await lazy.get()) !== undefined,
    async put(entry) {
      const db = await lazy.get();
      try {
        if (db) return void (await db.put('entries', entry));
      } catch {
        // Quota exceeded or storage gone: keep it in memory below.
      }
      await fallback.put(entry);
    },
    async get(id) {
      const db = await lazy.get();
      return (db && (await db.get('entries', id))) ?? fallback.get(id);
    },
    async all() {
      const db = await lazy.get();
      return [...(db ? await db.getAll('entries') : []), ...(await fallback.all())];
    },
    async update(id, change) {
      const db = await lazy.get();
      if (!db) return fallback.update(id, change);
      const tx = db.transaction('entries', 'readwrite');
      // Nothing but IndexedDB requests may be awaited inside the transaction, or it commits early.
      const current = await tx.store.get(id);
      const next = current ? change(current) : undefined;
      if (next) await tx.store.put(next);
      await tx.done;
      return current ? { entry: next ?? current, changed: next !== undefined } : fallback.update(id, change);
    },
    async delete(id) {
      const db = await lazy.get();
      if (db) await db.delete('entries', id);
      await fallback.delete(id);
    },
  };
}
