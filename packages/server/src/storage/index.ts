import { SqlStorage } from './sql-storage.js';
import { openSqlite, type SqliteSynchronous } from './sqlite-driver.js';
import { openPostgres } from './postgres-driver.js';
import type { Storage } from './types.js';

export interface StorageOptions {
  sqliteSynchronous?: SqliteSynchronous;
  postgresPoolSize?: number;
}

export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/**
 * `db` is a SQLite file path (the embedded default) or a `postgres://` URL. Migrations are not
 * run here: the caller decides (the server runs them at start, tests run them per schema).
 */
export function openStorage(db: string, options: StorageOptions = {}): Storage {
  const driver = isPostgresUrl(db)
    ? openPostgres(db, options.postgresPoolSize === undefined ? {} : { poolSize: options.postgresPoolSize })
    : openSqlite(db, options.sqliteSynchronous === undefined ? {} : { synchronous: options.sqliteSynchronous });
  return new SqlStorage(driver);
}

export { SqlStorage };
export * from './types.js';
