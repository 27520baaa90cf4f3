import { IDEMPOTENCY_TTL_MS } from './config.js';
import { openStorage, type StorageOptions } from './storage/index.js';
import type { PurgeResult, Storage } from './storage/types.js';

const DAY = 86_400_000;

/**
 * Retention: erase the personal data of consultations older than `retentionDays` (contact,
 * question, answer, rating comments; the case keeps topic, item, outlet, dates and status for
 * statistics), drop idempotency records older than a day and expired staff sessions.
 */
export function purgeExpired(storage: Storage, retentionDays: number, now: Date = new Date()): Promise<PurgeResult> {
  return storage.purge({
    personalDataBefore: new Date(now.getTime() - retentionDays * DAY).toISOString(),
    idempotencyBefore: new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString(),
    now: now.toISOString(),
  });
}

/** The same purge for a cron job or the CLI: open the database, migrate, purge, close. */
export async function purgeDatabase(
  db: string,
  retentionDays: number,
  options: StorageOptions = {},
): Promise<PurgeResult> {
  const storage = openStorage(db, options);
  try {
    await storage.migrate();
    return await purgeExpired(storage, retentionDays);
  } finally {
    await storage.close();
  }
}
