/**
 * What "forget this visitor" means, as data: the main process and the web bridge both carry out
 * this plan, and the operator docs list it. Order matters: the renderer is told first (so it can
 * drop in-memory drafts at once), then pop-ups close, storage is cleared, and the page is loaded
 * afresh with an empty history.
 */

/** Chromium storage types cleared in the visitor partition (Electron `clearStorageData` names). */
export const CLEARED_STORAGES = [
  'cookies',
  'localstorage',
  'cachestorage',
  'serviceworkers',
  'filesystem',
  'shadercache',
] as const;

/**
 * Kept on purpose: IndexedDB holds the outbox (consultations and ratings waiting for the
 * network, which must not be lost because their author walked away) and the catalogue cache of
 * @yizhan/client. Neither is browsable by the next visitor: the outbox shows only counts.
 */
export const KEPT_STORAGES = ['indexdb'] as const;

export type ClearedStorage = (typeof CLEARED_STORAGES)[number];

export interface WipePlan {
  /** The in-memory Electron partition the visitor window uses (no `persist:` prefix). */
  partition: string;
  storages: readonly ClearedStorage[];
  kept: readonly string[];
  /** Drop the HTTP cache and any HTTP auth the visitor entered. */
  clearHttpCache: boolean;
  clearAuthCache: boolean;
  closePopups: boolean;
  /** Clear back/forward history and reload the start page: a fresh JS heap, no drafts, no checklists. */
  clearHistoryAndReload: boolean;
  /** What the renderer resets when told (it also loses everything in memory on reload). */
  rendererResets: readonly string[];
  /** The language the kiosk returns to. */
  locale: string;
}

export const VISITOR_PARTITION = 'visitor';

export function visitorWipePlan(defaultLocale: string): WipePlan {
  return {
    partition: VISITOR_PARTITION,
    storages: CLEARED_STORAGES,
    kept: ['outbox (IndexedDB)', 'content cache (IndexedDB, downloaded bundle on disk)'],
    clearHttpCache: true,
    clearAuthCache: true,
    closePopups: true,
    clearHistoryAndReload: true,
    // sessionStorage survives a reload of the same tab and Electron cannot clear it from the
    // main process, so the renderer clears it itself when told.
    rendererResets: ['drafts', 'history', 'checklists', 'search', 'sessionStorage', 'elderlyMode', 'locale'],
    locale: defaultLocale,
  };
}
