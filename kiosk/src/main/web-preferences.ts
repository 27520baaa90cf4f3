import type { SessionLike, WebPreferencesLike } from './seam.js';

/**
 * webPreferences for every window the shell opens, written out in full rather than relying on
 * Electron's defaults (which have changed between versions): Electron's security checklist,
 * item by item.
 */
function locked(session: SessionLike, devTools: boolean): WebPreferencesLike {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    devTools,
    // Dropping a file or link on the touchscreen must not navigate away from the kiosk.
    navigateOnDragDrop: false,
    // Spellcheck would download dictionaries and underline visitors' words; nothing needs it.
    spellcheck: false,
    enableWebSQL: false,
    safeDialogs: true,
    // alert()/confirm() would block the page with a dialog nobody can dismiss by touch.
    disableDialogs: true,
    javascript: true,
    plugins: false,
    session,
  };
}

/** The visitor window: the renderer app plus the one preload bridge. */
export function visitorWebPreferences(session: SessionLike, preload: string, devTools: boolean): WebPreferencesLike {
  return { ...locked(session, devTools), preload };
}

/** A pop-up for an allowlisted site: no preload, so no bridge, never devtools. */
export function popupWebPreferences(session: SessionLike): WebPreferencesLike {
  return locked(session, false);
}

/** The hidden receipt window: static escaped HTML, so not even JavaScript. */
export function receiptWebPreferences(session: SessionLike): WebPreferencesLike {
  return { ...locked(session, false), javascript: false };
}
