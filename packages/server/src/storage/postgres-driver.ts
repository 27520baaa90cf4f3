import pg from 'pg';
import type { Driver, Queryable } from './driver.js';
import { POSTGRES_MIGRATIONS } from './migrations/postgres.js';

export interface PostgresOptions {
  /** Pool size per server instance; PostgreSQL's max_connections bounds instances × this. */
  poolSize?: number;
}

/** `?` → `$1, $2…`; the shared SQL never has a literal question mark. */
function numbered(sql: string): string {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
}

// DATE columns hold Shanghai calendar days; pg's default turns them into local-midnight Date
// objects, which shift by a day on servers in other zones. Keep them as the text they are.
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === pg.types.builtins.DATE
      ? (value: string) => value
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/**
 * `postgres://…?schema=name` puts every table in that schema (created if missing), so several
 * deployments or test runs can share one database.
 */
export function parsePostgresUrl(url: string): { connectionString: string; schema: string | null } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  if (schema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  return { connectionString: parsed.toString(), schema };
}

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    all: async <T>(sql: string, params: readonly unknown[] = []) =>
      (await client.query(numbered(sql), params as unknown[])).rows as T[],
    run: async (sql, params = []) => (await client.query(numbered(sql), params as unknown[])).rowCount ?? 0,
  };
}

export function openPostgres(url: string, options: PostgresOptions = {}): Driver {
  const { connectionString, schema } = parsePostgresUrl(url);
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    types,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its connection must not crash the server; the next query reconnects.
  pool.on('error', (error) => console.error(`[yizhan] PostgreSQL pool: ${error.message}`));
  const pooled = wrap(pool);

  const transaction = async <T>(fn: (tx: Queryable) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(wrap(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };

  return {
    kind: 'postgres',
    ...pooled,
    transaction,
    migrate: async () => {
      const client = await pool.connect();
      try {
        if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        // Several instances may start at once: one migrates, the others wait and find it done.
        await client.query('SELECT pg_advisory_lock(7315001)');
        await client.query(
          'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)',
        );
        const done = new Set(
          (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version),
        );
        const applied: number[] = [];
        for (const migration of POSTGRES_MIGRATIONS) {
          if (done.has(migration.version)) continue;
          await client.query('BEGIN');
          try {
            await client.query(migration.sql);
            await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [
              migration.version,
              migration.name,
            ]);
            await client.query('COMMIT');
          } catch (error) {
            await client.query('ROLLBACK');
            throw error;
          }
          applied.push(migration.version);
        }
        return applied;
      } finally {
        await client.query('SELECT pg_advisory_unlock(7315001)').catch(() => undefined);
        client.release();
      }
    },
    isUniqueViolation: (error) => (error as { code?: unknown })?.code === '23505',
    close: () => pool.end(),
  };
}
