import { parseUrl } from './origin.js';

/**
 * Content-Security-Policy for pages served from app://kiosk. Scripts, styles, fonts and images
 * come only from the app itself; the one network peer is the intake server; nothing may frame
 * the page, be framed, post a form or change the base URL. The catalogue bundle is served by the
 * main process under app://kiosk/bundle/, so the renderer never needs the bundle host.
 *
 * `data:` and `blob:` images are allowed for QR codes drawn on a canvas. No `unsafe-inline`, no
 * `unsafe-eval`: Lit's adopted stylesheets and CSSOM style changes work without them.
 *
 * electronegativity-justified: CSP_GLOBAL_CHECK — the tool recognises a CSP only in
 * `webRequest.onHeadersReceived` callbacks or <meta> tags; this one is sent as a response header
 * by the app:// protocol handler (main/app-protocol.ts), asserted in main-adapter.test.ts.
 */
export function kioskCsp(serverUrl: string, extraConnect: readonly string[] = []): string {
  const server = parseUrl(serverUrl);
  const connect = ["'self'", ...(server ? [`${server.protocol}//${server.host}`] : []), ...extraConnect];
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "media-src 'self'",
    `connect-src ${connect.join(' ')}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers sent with every app:// response, beside the CSP. */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=(), bluetooth=(), payment=(), clipboard-read=(), clipboard-write=(), display-capture=(), fullscreen=()',
  };
}
