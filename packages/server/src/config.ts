import { DEFAULT_CALENDAR, type HolidayCalendar } from './domain/calendar.js';
import type { SqliteSynchronous } from './storage/sqlite-driver.js';
import type { Storage } from './storage/types.js';

export interface RateLimitWindow {
  max: number;
  windowMs: number;
}

export interface ServerConfig {
  /** Default 8787. */
  port?: number;
  /** Default 127.0.0.1: exposing the server is a decision (see docs/server.md, reverse proxy). */
  host?: string;
  /** SQLite file path or `postgres://` URL (optionally `?schema=name`). Default `.yizhan/intake.sqlite`. */
  db?: string;
  /** Portal origins allowed to call the API from browsers (`https://ip.example.gov.cn`). */
  allowedOrigins?: string[];
  /** A built catalogue bundle: item and outlet ids are checked against it and named in the console. */
  bundleDir?: string;
  /** Personal data of consultations older than this is erased. Default 180 days. */
  retentionDays?: number;
  /** Create a sample admin and agent on first start and report their passwords once. */
  demo?: boolean;
  /** Outside demo mode: create this admin on a start with no staff, password reported once. */
  bootstrapAdmin?: string;
  /** Public holidays and adjusted working days (default: 2025–2026 State Council notices). */
  holidays?: HolidayCalendar;
  /** Promised reply time for consultations. Default 3 working days. */
  replyWorkingDays?: number;
  /** Deadline to handle a bad rating. Default 5 working days. */
  rectificationWorkingDays?: number;
  /** Rate limits; `false` turns them off (benchmarks only). */
  rateLimit?:
    | false
    | {
        perIp?: RateLimitWindow;
        perToken?: RateLimitWindow;
        login?: RateLimitWindow;
      };
  /** Behind a reverse proxy: trust X-Forwarded-For from it (Fastify `trustProxy`). */
  trustProxy?: boolean | string | string[];
  /** Mark session cookies Secure. Default true; browsers accept Secure cookies on http://localhost. */
  cookieSecure?: boolean;
  /** Absolute session lifetime, default 8 hours; idle timeout, default 30 minutes. */
  sessionHours?: number;
  sessionIdleMinutes?: number;
  sqliteSynchronous?: SqliteSynchronous;
  postgresPoolSize?: number;
  /** Run the retention purge this often; 0 turns the timer off. Default 60 minutes. */
  purgeIntervalMinutes?: number;
  /**
   * Demand events without an Idempotency-Key are counted in memory and written this often
   * (milliseconds, default 1000); 0 writes every batch at once (tests).
   */
  eventFlushMs?: number;
  /**
   * A request, headers and body, must arrive within this (milliseconds, default 30 000; its
   * headers within half of it), or it is answered 408 and the connection closed: a client that
   * trickles bytes must not hold a connection for ever. 0 turns the limit off.
   */
  requestTimeoutMs?: number;
  /** Fastify request logging. Default false. */
  logger?: boolean;
  /** An already opened storage (tests); the server then neither migrates nor closes it. */
  storage?: Storage;
  /** Clock, for tests of due dates and overdue cases. */
  now?: () => Date;
}

export interface ResolvedConfig {
  port: number;
  host: string;
  db: string;
  allowedOrigins: string[];
  bundleDir: string | undefined;
  retentionDays: number;
  demo: boolean;
  bootstrapAdmin: string | undefined;
  holidays: HolidayCalendar;
  replyWorkingDays: number;
  rectificationWorkingDays: number;
  rateLimit: false | { perIp: RateLimitWindow; perToken: RateLimitWindow; login: RateLimitWindow };
  trustProxy: boolean | string | string[];
  cookieSecure: boolean;
  sessionHours: number;
  sessionIdleMinutes: number;
  sqliteSynchronous: SqliteSynchronous;
  postgresPoolSize: number;
  purgeIntervalMinutes: number;
  eventFlushMs: number;
  requestTimeoutMs: number;
  logger: boolean;
  now: () => Date;
}

/** Idempotency records live a day: long enough for any client retry, short enough to stay small. */
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;
export const BODY_LIMIT = 64 * 1024;

export function resolveConfig(config: ServerConfig = {}): ResolvedConfig {
  const limits = config.rateLimit;
  return {
    port: config.port ?? 8787,
    host: config.host ?? '127.0.0.1',
    db: config.db ?? '.yizhan/intake.sqlite',
    allowedOrigins: (config.allowedOrigins ?? []).map((o) => o.replace(/\/$/, '')),
    bundleDir: config.bundleDir,
    retentionDays: config.retentionDays ?? 180,
    demo: config.demo ?? false,
    bootstrapAdmin: config.bootstrapAdmin,
    holidays: config.holidays ?? DEFAULT_CALENDAR,
    replyWorkingDays: config.replyWorkingDays ?? 3,
    rectificationWorkingDays: config.rectificationWorkingDays ?? 5,
    rateLimit:
      limits === false
        ? false
        : {
            // A service hall puts many kiosks behind one address: the per-IP limit is generous,
            // the per-token one is tight because one requester has no reason to hammer a case.
            perIp: limits?.perIp ?? { max: 600, windowMs: 60_000 },
            perToken: limits?.perToken ?? { max: 30, windowMs: 60_000 },
            login: limits?.login ?? { max: 10, windowMs: 15 * 60_000 },
          },
    trustProxy: config.trustProxy ?? false,
    cookieSecure: config.cookieSecure ?? true,
    sessionHours: config.sessionHours ?? 8,
    sessionIdleMinutes: config.sessionIdleMinutes ?? 30,
    sqliteSynchronous: config.sqliteSynchronous ?? 'full',
    postgresPoolSize: config.postgresPoolSize ?? 10,
    purgeIntervalMinutes: config.purgeIntervalMinutes ?? 60,
    eventFlushMs: config.eventFlushMs ?? 1000,
    // 64 KB in 30 s is 2 KB/s, slower than any mobile link a portal or kiosk is used on.
    requestTimeoutMs: config.requestTimeoutMs ?? 30_000,
    logger: config.logger ?? false,
    now: config.now ?? (() => new Date()),
  };
}
