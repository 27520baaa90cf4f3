import type { OriginAllowlist } from './allowlist.js';

/** What the main process knows about the frame an IPC message came from. */
export interface SenderFrame {
  url: string;
  /** True only for the top-level frame of its page. */
  isTopFrame: boolean;
}

/**
 * Only the kiosk's own top frame may talk to the main process. A subframe (even one on the app
 * origin), a page that navigated elsewhere, or a message whose frame is already gone is refused,
 * whatever its payload.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, trusted: OriginAllowlist): boolean {
  if (!frame || !frame.isTopFrame) return false;
  return trusted.allows(frame.url);
}
