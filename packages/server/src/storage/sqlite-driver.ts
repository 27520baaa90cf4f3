import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Driver, Queryable } from './driver.js';
import { SQLITE_MIGRATIONS } from './migrations/sqlite.js';

export type SqliteSynchronous = 'full' | 'normal';

export interface SqliteOptions {
  /**
   * FULL (the default) fsyncs the WAL on every commit, so a 201 survives a power cut, not only
   * a crash of the process. NORMAL is also safe against SIGKILL (the OS still holds the
   * written WAL pages) and is faster, but can lose the last commits if the machine loses power.
   */
  synchronous?: SqliteSynchronous;
}

/**
 * better-sqlite3 is synchronous and the server has one connection. The storage layer's
 * transactions are async functions, so without care another request's statements could run
 * on the same connection between two awaits of an open transaction. Every operation
 * therefore waits its turn in one queue; as each statement completes at once, a transaction
 * holds the queue only for the few microtasks it takes.
 */
class Queue {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T> | T): Promise<T> {
    const next = this.tail.then(fn, fn);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

export function openSqlite(file: string, options: SqliteOptions = {}): Driver {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
  db.pragma('foreign_keys = ON');
  // Another process (a backup, `yizhan` CLI purge) may hold the write lock briefly.
  db.pragma('busy_timeout = 5000');
  const queue = new Queue();
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const bind = (params: readonly unknown[]) =>
    params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p === undefined ? null : p));
  const direct: Queryable = {
    all: async <T>(sql: string, params: readonly unknown[] = []) => {
      const statement = prepare(sql);
      return (statement.reader ? statement.all(...bind(params)) : (statement.run(...bind(params)), [])) as T[];
    },
    run: async (sql, params = []) => prepare(sql).run(...bind(params)).changes,
  };

  return {
    kind: 'sqlite',
    all: (sql, params) => queue.run(() => direct.all(sql, params)),
    run: (sql, params) => queue.run(() => direct.run(sql, params)),
    transaction: (fn) =>
      queue.run(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(direct);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      }),
    migrate: () =>
      queue.run(() => {
        db.exec(
          'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
        );
        const done = new Set(
          (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
        );
        const applied: number[] = [];
        for (const migration of SQLITE_MIGRATIONS) {
          if (done.has(migration.version)) continue;
          db.transaction(() => {
            db.exec(migration.sql);
            db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
              migration.version,
              migration.name,
              new Date().toISOString(),
            );
          }).immediate();
          applied.push(migration.version);
        }
        return applied;
      }),
    isUniqueViolation: (error) =>
      typeof (error as { code?: unknown })?.code === 'string' &&
      /^SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)$/.test((error as { code: string }).code),
    close: () =>
      queue.run(() => {
        statements.clear();
        db.close();
      }),
  };
}
