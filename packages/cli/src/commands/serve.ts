import { readFileSync } from 'node:fs';
import { isPostgresUrl, startServer, type HolidayCalendar, type ServerConfig } from '@yizhan/server';
import { EXIT, UsageError, type CommandContext } from '../context.js';

export interface ServeOptions {
  port?: string;
  host?: string;
  db?: string;
  bundle?: string;
}

/** Where the data lives, for the start message, without a PostgreSQL password. */
function describeDb(db: string): string {
  if (!isPostgresUrl(db)) return db;
  const url = new URL(db);
  url.password = '';
  return url.toString();
}

function intOption(value: string | undefined, name: string, ctx: CommandContext, min: number, max: number) {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(ctx.t('console:serve.badNumber', { name, value, min, max }));
  }
  return n;
}

/**
 * Everything beyond --port/--host/--db/--bundle comes from the environment (docs/server.md):
 * YIZHAN_ALLOWED_ORIGINS (comma-separated), YIZHAN_DEMO=1, YIZHAN_RETENTION_DAYS,
 * YIZHAN_TRUST_PROXY, YIZHAN_COOKIE_SECURE=0, YIZHAN_HOLIDAYS (a JSON file), YIZHAN_SQLITE_SYNC,
 * YIZHAN_BOOTSTRAP_ADMIN (first administrator's username), YIZHAN_LOG=1.
 */
export function serveConfig(options: ServeOptions, env: NodeJS.ProcessEnv, ctx: CommandContext): ServerConfig {
  const config: ServerConfig = {
    port: intOption(options.port ?? env['YIZHAN_PORT'], '--port', ctx, 0, 65_535) ?? 8787,
    host: options.host ?? env['YIZHAN_HOST'] ?? '127.0.0.1',
    db: options.db ?? env['YIZHAN_DB'] ?? '.yizhan/intake.sqlite',
    allowedOrigins: (env['YIZHAN_ALLOWED_ORIGINS'] ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    demo: env['YIZHAN_DEMO'] === '1' || env['YIZHAN_DEMO'] === 'true',
    cookieSecure: env['YIZHAN_COOKIE_SECURE'] !== '0',
    logger: env['YIZHAN_LOG'] === '1',
  };
  const admin = env['YIZHAN_BOOTSTRAP_ADMIN'];
  if (admin) config.bootstrapAdmin = admin;
  const bundle = options.bundle ?? env['YIZHAN_BUNDLE'];
  if (bundle) config.bundleDir = bundle;
  const retention = intOption(env['YIZHAN_RETENTION_DAYS'], 'YIZHAN_RETENTION_DAYS', ctx, 1, 36_500);
  if (retention !== undefined) config.retentionDays = retention;
  const trust = env['YIZHAN_TRUST_PROXY'];
  if (trust) config.trustProxy = trust === 'true' || trust === '1' ? true : trust;
  const sync = env['YIZHAN_SQLITE_SYNC'];
  if (sync === 'normal' || sync === 'full') config.sqliteSynchronous = sync;
  const holidays = env['YIZHAN_HOLIDAYS'];
  if (holidays) {
    try {
      const parsed = JSON.parse(readFileSync(holidays, 'utf8')) as HolidayCalendar;
      if (!Array.isArray(parsed.holidays) || !Array.isArray(parsed.workdays)) throw new Error('holidays, workdays');
      config.holidays = parsed;
    } catch (error) {
      throw new UsageError(ctx.t('console:serve.badHolidays', { file: holidays, detail: (error as Error).message }));
    }
  }
  return config;
}

/** `yizhan serve`: the intake server and staff console, until SIGTERM or SIGINT. */
export async function serve(
  options: ServeOptions,
  ctx: CommandContext,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const config = serveConfig(options, env, ctx);
  const server = await startServer(config);
  const kind = server.storage.kind === 'postgres' ? 'PostgreSQL' : 'SQLite';
  ctx.out(ctx.t('console:serve.started', { url: server.url, kind, db: describeDb(server.config.db) }));
  ctx.out(ctx.t('console:serve.console', { url: `${server.url}/console/` }));
  if (server.initialAccounts) {
    ctx.out(ctx.t(server.config.demo ? 'console:serve.demoAccounts' : 'console:serve.bootstrapAdmin'));
    for (const account of server.initialAccounts) {
      ctx.out(`  ${account.role.padEnd(6)} ${account.username} / ${account.password}`);
    }
  }
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      ctx.out(ctx.t('console:serve.stopping', { signal }));
      // In-flight requests finish; new ones get 503 until the port closes.
      server.close().then(resolve, (error: Error) => {
        ctx.err(ctx.t('cli:internalError', { detail: error.message }));
        resolve();
      });
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  ctx.out(ctx.t('console:serve.stopped'));
  return EXIT.ok;
}
