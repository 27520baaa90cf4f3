import type { OriginAllowlist } from '../core/allowlist.js';
import { decideDevice, decidePermission } from '../core/permissions.js';
import type { ElectronEvent, SessionLike, WebContentsLike } from './seam.js';

export type Log = (message: string) => void;

/**
 * Session-wide denials: every permission request and check, device pickers, screen capture,
 * downloads. Applied to each partition the shell creates before any page loads in it.
 */
export function hardenSession(session: SessionLike, log: Log): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const decision = decidePermission(permission, details.requestingUrl ?? '');
    log(`permission request denied: ${decision.reason}`);
    callback(decision.granted);
  });
  session.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin) => decidePermission(permission, requestingOrigin).granted,
  );
  session.setDevicePermissionHandler(() => decideDevice());
  // No callback call = the getDisplayMedia request is refused.
  session.setDisplayMediaRequestHandler(() => log('display capture request denied'));
  for (const picker of ['select-hid-device', 'select-usb-device', 'select-serial-port'] as const) {
    session.on(picker, (event: ElectronEvent) => event.preventDefault());
  }
  session.on('will-download', (event) => {
    event.preventDefault();
    log('download blocked');
  });
  session.setSpellCheckerEnabled(false);
}

/** Per-webContents navigation policy, looked up when the event fires. */
export interface ContentsPolicy {
  /** Where this page may navigate its top frame; empty = nowhere. */
  navigation: OriginAllowlist;
  /** What to do with `window.open` / target=_blank (always denied here; see `onPopup`). */
  onWindowOpen: (url: string) => void;
}

/**
 * Applied to every webContents Electron creates (`app.on('web-contents-created')`), including
 * ones the shell did not expect: without a registered policy a page may go nowhere.
 */
export function hardenContents(
  contents: WebContentsLike,
  policyFor: (id: number) => ContentsPolicy | undefined,
  log: Log,
): void {
  const guard = (kind: string) => (event: ElectronEvent & { url: string }) => {
    const policy = policyFor(contents.id);
    if (policy?.navigation.allows(event.url)) return;
    event.preventDefault();
    log(`${kind} blocked: ${event.url}`);
  };
  contents.on('will-navigate', guard('navigation'));
  contents.on('will-redirect', guard('redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('webview blocked');
  });
  // The kiosk never lets Chromium create a window: an allowed pop-up is opened by the shell
  // itself, without an opener link, with its own locked-down preferences.
  contents.setWindowOpenHandler(({ url }) => {
    const policy = policyFor(contents.id);
    if (policy) policy.onWindowOpen(url);
    else log(`window.open blocked: ${url}`);
    return { action: 'deny' };
  });
  // No pinch zoom on a touchscreen kiosk: a zoomed page strands the next visitor.
  void contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
}
