import { extname, resolve, sep } from 'node:path';

/**
 * Mapping of app://kiosk URLs to files: `/bundle/...` is the active content bundle, everything
 * else the renderer's built files. Pure path logic, so traversal attempts are tested without
 * Electron: encoded slashes and dots, backslashes, NUL bytes and `..` never leave a root.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const BUNDLE_PREFIX = '/bundle/';

export type AppRequestTarget =
  | { kind: 'file'; path: string; contentType: string; area: 'renderer' | 'bundle' }
  | { kind: 'not-found'; reason: string };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
};

export function contentTypeOf(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Decode one path segment and refuse anything that could mean another directory. */
function safeSegments(rawPath: string): string[] | undefined {
  const out: string[] = [];
  for (const raw of rawPath.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (segment === '.' || segment === '..' || /[\\/\0:]/.test(segment)) return undefined;
    out.push(segment);
  }
  return out;
}

function inside(root: string, segments: readonly string[]): string | undefined {
  const base = resolve(root);
  const full = resolve(base, ...segments);
  return full === base || full.startsWith(base + sep) ? full : undefined;
}

export interface AppRoots {
  rendererDir: string;
  /** Undefined while no verified bundle is active (the renderer shows "content unavailable"). */
  bundleDir: string | undefined;
}

export function resolveAppRequest(urlText: string, roots: AppRoots): AppRequestTarget {
  let url: URL;
  try {
    url = new URL(urlText);
  } catch {
    return { kind: 'not-found', reason: 'unparseable' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { kind: 'not-found', reason: 'host' };
  // `new URL` has already resolved literal `..`; encoded ones are caught per segment.
  const path = url.pathname;
  if (path.startsWith(BUNDLE_PREFIX)) {
    if (!roots.bundleDir) return { kind: 'not-found', reason: 'no bundle' };
    const segments = safeSegments(path.slice(BUNDLE_PREFIX.length));
    const file = segments && segments.length > 0 ? inside(roots.bundleDir, segments) : undefined;
    return file
      ? { kind: 'file', path: file, contentType: contentTypeOf(file), area: 'bundle' }
      : { kind: 'not-found', reason: 'path' };
  }
  const segments = safeSegments(path);
  if (!segments) return { kind: 'not-found', reason: 'path' };
  // Client-side routes (/guide/tm-renewal) have no extension: serve the app shell.
  const last = segments[segments.length - 1];
  const target = !last || !last.includes('.') ? ['index.html'] : segments;
  const file = inside(roots.rendererDir, target);
  return file
    ? { kind: 'file', path: file, contentType: contentTypeOf(file), area: 'renderer' }
    : { kind: 'not-found', reason: 'path' };
}
