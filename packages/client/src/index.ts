/**
 * @yizhan/client — the browser data client shared by the widgets and the kiosk: bundle loading
 * with an IndexedDB cache and integrity checks, a durable submission outbox, and demand events.
 * No UI and no user-facing strings: failures are codes that the widgets localize.
 */
export {
  openBundle,
  openBundleFromData,
  type BundleHandle,
  type BundleListener,
  type OpenBundleOptions,
} from './bundle/open-bundle.js';
export { BundleError, isBundleError, type BundleErrorCode, type BundleErrorDetails } from './bundle/errors.js';
export type { BundleSnapshot } from './bundle/types.js';
export { createOutbox, DEFAULT_OUTBOX_DB, type Outbox, type OutboxOptions } from './outbox/outbox.js';
export type {
  OutboxChange,
  OutboxEntry,
  OutboxListener,
  OutboxStatus,
  ServerError,
  ServerFieldError,
  TransientFailure,
} from './outbox/types.js';
export { backoffCeiling, retryDelay, parseRetryAfter, DEFAULT_BACKOFF, type BackoffPolicy } from './outbox/backoff.js';
export {
  createEventReporter,
  MAX_BATCH,
  type EventReporter,
  type EventReporterOptions,
  type TrackedEvent,
} from './events/reporter.js';
export { cleanQuery } from './events/sanitize.js';
export type { Timers } from './internal/timers.js';
