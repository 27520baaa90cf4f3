import type { DbKind } from './types.js';

/**
 * The little a SQL database must offer the storage layer. SQL is written once with `?`
 * placeholders in the subset SQLite and PostgreSQL share (ON CONFLICT, RETURNING); each
 * driver binds it its own way. Migrations are the only per-dialect SQL.
 */
export interface Queryable {
  all<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Rows changed by an INSERT/UPDATE/DELETE. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
}

export interface Driver extends Queryable {
  readonly kind: DbKind;
  /** Run `fn` in one transaction: commit when it resolves, roll back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Apply versioned migrations not yet recorded; returns the versions applied. */
  migrate(): Promise<number[]>;
  isUniqueViolation(error: unknown): boolean;
  close(): Promise<void>;
}

export interface Migration {
  version: number;
  name: string;
  sql: string;
}
