import { readFile } from 'node:fs/promises';
import { APP_SCHEME, resolveAppRequest, type AppRoots } from '../core/app-protocol.js';
import { securityHeaders } from '../core/csp.js';
import type { ElectronLike, SessionLike } from './seam.js';

/**
 * app:// is registered before `ready` as standard (real origins, so storage and CSP `'self'`
 * work), secure (a secure context without TLS), with fetch support. It does not bypass CSP, has
 * no CORS exemptions and allows no service workers (the browser build uses one; the shell does
 * not need it: everything is local already).
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: false,
  bypassCSP: false,
  allowServiceWorkers: false,
  stream: true,
  codeCache: true,
} as const;

export function registerAppScheme(protocol: ElectronLike['protocol']): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

export type ReadFile = (path: string) => Promise<Uint8Array>;

/** Shell pages (config error, maintenance) generated in memory, served under /__shell/. */
export type ShellPages = (name: string) => { body: string; contentType: string } | undefined;

/**
 * Serve app:// on one session (a partition's protocol handlers are its own: registering on the
 * default session would leave the visitor partition without the scheme). Every response carries
 * the CSP and the other security headers, and only GET/HEAD are answered.
 */
export function serveAppProtocol(
  session: SessionLike,
  roots: () => AppRoots,
  csp: string,
  shellPages: ShellPages,
  read: ReadFile = (path) => readFile(path),
): void {
  const headers = securityHeaders(csp);
  session.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return new Response(null, { status: 405, headers: { ...headers, Allow: 'GET, HEAD' } });
    const url = new URL(request.url);
    if (url.host === 'kiosk' && url.pathname.startsWith('/__shell/')) {
      const page = shellPages(url.pathname.slice('/__shell/'.length));
      return page
        ? new Response(page.body, { headers: { ...headers, 'Content-Type': page.contentType } })
        : new Response('Not found', { status: 404, headers });
    }
    const target = resolveAppRequest(request.url, roots());
    if (target.kind === 'not-found') return new Response('Not found', { status: 404, headers });
    try {
      const body = await read(target.path);
      return new Response(request.method === 'HEAD' ? null : Buffer.from(body), {
        headers: {
          ...headers,
          'Content-Type': target.contentType,
          // Bundle files change on update; the renderer's own files change only with the app.
          'Cache-Control': target.area === 'bundle' ? 'no-cache' : 'max-age=31536000, immutable',
        },
      });
    } catch {
      return new Response('Not found', { status: 404, headers });
    }
  });
}
