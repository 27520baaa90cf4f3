/**
 * The kiosk core: plain TypeScript with no `electron` import and no DOM, run and tested under
 * Node. The Electron adapter (src/main) and the browser fake (src/shared/web-bridge.ts) both
 * carry out what it decides.
 */
export { APP_ORIGIN, OriginAllowlist, type UrlVerdict } from './allowlist.js';
export {
  APP_HOST,
  APP_SCHEME,
  BUNDLE_PREFIX,
  resolveAppRequest,
  type AppRoots,
  type AppRequestTarget,
} from './app-protocol.js';
export { ManualClock, systemClock, type Clock } from './clock.js';
export { KioskConfig, CONFIG_FIELDS, type KioskConfigInput } from './config-schema.js';
export {
  defaultConfigPath,
  formatConfigProblem,
  parseConfig,
  readConfigFile,
  type ConfigProblem,
  type ConfigResult,
} from './config.js';
export {
  ContentUpdater,
  type ActiveBundle,
  type ContentStatus,
  type FetchLike,
  type UpdateErrorCode,
  type UpdateOutcome,
} from './content-update.js';
export { kioskCsp, securityHeaders } from './csp.js';
export { IdleTimer, RELAXED_FACTOR, type IdlePhase, type IdleState, type WipeReason } from './idle.js';
export { canonicalOrigin, isSecureServiceUrl } from './origin.js';
export { OutboxStatus, type OutboxHealth, type OutboxLevel, type OutboxReport } from './outbox-status.js';
export { OutboxStore } from './outbox-store.js';
export { decidePermission, decideDevice } from './permissions.js';
export { Receipt, renderReceiptHtml, printableWidthMm, escapeHtml } from './receipt.js';
export { CrashRecovery, HangWatch, RECOVERY_DEFAULTS, type RecoveryAction } from './recovery.js';
export { isTrustedSender, type SenderFrame } from './sender.js';
export { renderShellPage, SHELL_CSS, type ShellPage } from './shell-pages.js';
export { CLEARED_STORAGES, KEPT_STORAGES, VISITOR_PARTITION, visitorWipePlan, type WipePlan } from './wipe.js';
