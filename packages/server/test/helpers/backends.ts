import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import pg from 'pg';
import { openStorage, type Storage } from '../../src/storage/index.js';

/**
 * The databases every storage, API and reliability test runs against. PostgreSQL comes from
 * YIZHAN_TEST_PG_URL (set by `npm test` when it could start a local server); without it the
 * PostgreSQL half reports itself skipped with the reason, never passes silently.
 */
export interface Backend {
  name: 'sqlite' | 'postgres';
  /** Why this back end is skipped, or false. */
  skip: string | false;
  /** A fresh, empty database URL/path; `drop` removes it. */
  fresh(): Promise<{ db: string; drop: () => Promise<void> }>;
}

const PG_URL = process.env['YIZHAN_TEST_PG_URL'];

export const BACKENDS: Backend[] = [
  {
    name: 'sqlite',
    skip: false,
    async fresh() {
      const dir = mkdtempSync(join(tmpdir(), 'yizhan-test-'));
      return { db: join(dir, 'intake.sqlite'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'postgres',
    skip: PG_URL ? false : 'YIZHAN_TEST_PG_URL is not set (run `npm test` as root to start a local PostgreSQL)',
    async fresh() {
      const schema = `yz_test_${randomBytes(6).toString('hex')}`;
      const url = new URL(PG_URL ?? '');
      url.searchParams.set('schema', schema);
      return {
        db: url.toString(),
        drop: async () => {
          const client = new pg.Client({ connectionString: PG_URL });
          await client.connect();
          await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
          await client.end();
        },
      };
    },
  },
];

/** A migrated storage on a fresh database, and how to get rid of both. */
export async function freshStorage(
  backend: Backend,
): Promise<{ storage: Storage; db: string; done: () => Promise<void> }> {
  const { db, drop } = await backend.fresh();
  const storage = openStorage(db);
  await storage.migrate();
  return {
    storage,
    db,
    done: async () => {
      await storage.close();
      await drop();
    },
  };
}

/**
 * `describe` once per back end. A back end that cannot run is reported as one skipped test with
 * its reason (a skipped `describe` alone would not show in the pass/fail/skip totals).
 */
export function describeEachBackend(title: string, body: (backend: Backend) => void): void {
  for (const backend of BACKENDS) {
    if (backend.skip) it(`${title}: ${backend.name}`, { skip: backend.skip }, () => undefined);
    else describe(`${title}: ${backend.name}`, () => body(backend));
  }
}
