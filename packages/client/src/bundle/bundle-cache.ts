import type { DBSchema } from 'idb';
import { lazyDatabase } from '../internal/database.js';
import type { BundleRecord } from './types.js';

/**
 * Where verified bundle versions are kept: IndexedDB when the page may use it, else this page's
 * memory. Each version is one record written in one transaction, so a reader sees the previous
 * complete version or the new complete version, never a mix; only verified versions are
 * ever written, so the last good one is kept whatever the network does.
 */
export interface BundleCache {
  read(key: string): Promise<BundleRecord | undefined>;
  write(record: BundleRecord): Promise<void>;
}

interface BundleDb extends DBSchema {
  bundles: { key: string; value: BundleRecord };
}

export const DEFAULT_BUNDLE_DB = 'yizhan-bundles';

export function createBundleCache(dbName: string | false = DEFAULT_BUNDLE_DB): BundleCache {
  const memory = new Map<string, BundleRecord>();
  if (dbName === false) {
    return {
      read: async (key) => memory.get(key),
      write: async (record) => void memory.set(record.key, record),
    };
  }
  const db = lazyDatabase<BundleDb>(dbName, 1, (database) => {
    database.createObjectStore('bundles', { keyPath: 'key' });
  });
  return {
    async read(key) {
      const hit = memory.get(key);
      if (hit) return hit;
      try {
        return await (await db.get())?.get('bundles', key);
      } catch {
        return undefined;
      }
    },
    async write(record) {
      // Memory first: even when IndexedDB refuses (quota, private mode) this page keeps the version.
      memory.set(record.key, record);
      try {
        const tx = (await db.get())?.transaction('bundles', 'readwrite');
        if (!tx) return;
        await Promise.all([tx.store.put(record), tx.done]);
      } catch {
        // Persisting is best effort; the in-memory copy still serves this page.
      }
    },
  };
}
