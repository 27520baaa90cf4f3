/**
 * @yizhan/server — the intake server (consultations, ratings, demand events) and the staff
 * console, on SQLite (embedded default) or PostgreSQL.
 */
export { createServer, startServer, VERSION, type YizhanServer, type RunningServer } from './server.js';
export { resolveConfig, type ServerConfig, type ResolvedConfig, type RateLimitWindow } from './config.js';
export { purgeExpired, purgeDatabase } from './purge.js';
export { openStorage, isPostgresUrl, type StorageOptions } from './storage/index.js';
export type { Storage, PurgeResult, DbKind } from './storage/types.js';
export { DEFAULT_CALENDAR, type HolidayCalendar } from './domain/calendar.js';
export { addWorkingDays, shanghaiDate, isWorkingDay } from './domain/working-days.js';
export { hashPassword } from './console/passwords.js';
export type { InitialAccount } from './console/accounts.js';
