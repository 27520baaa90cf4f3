/**
 * Web permission policy for every session the kiosk creates: deny, always, for every origin.
 *
 * Nothing the kiosk does needs a browser permission. It prints through the bridge (main process
 * prints silently), shows QR codes instead of sharing, and never reads a camera, microphone,
 * location, clipboard, USB/HID/serial device or notification. Even `clipboard-sanitized-write`
 * (copy) stays denied: on a shared public machine whatever one visitor copies would wait in the
 * clipboard for the next one to paste, and nothing on screen offers "copy". `fullscreen` is
 * denied too: the shell keeps the window fullscreen itself, and letting a page toggle it would
 * let it leave fullscreen.
 *
 * The function takes the permission name so the decision is logged and testable; there is no
 * allow branch on purpose. If a future feature needs one, add it here with its reason and a test.
 */
export type PermissionDecision = { granted: false; reason: string };

export function decidePermission(permission: string, requestingUrl: string): PermissionDecision {
  return {
    granted: false,
    reason: `kiosk grants no web permissions (${permission} for ${requestingUrl || 'unknown'})`,
  };
}

/** Device pickers (WebHID, WebUSB, Web Serial, Web Bluetooth) are refused the same way. */
export function decideDevice(): false {
  return false;
}
