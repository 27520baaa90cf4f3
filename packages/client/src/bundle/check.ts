import type { Catalogue, Manifest } from '@yizhan/catalogue';
import { BundleError } from './errors.js';

/**
 * Shape checks for what the network returns. Hand-written instead of the zod schemas of
 * `@yizhan/catalogue` so that zod is not shipped to browsers: the SHA-256 check already proves
 * the files are the publisher's, so this only guards against the wrong kind of document.
 */

/** The interchange format this client reads (`FORMAT_VERSION` in @yizhan/catalogue). */
export const FORMAT_VERSION = 1;

export const CATALOGUE_FILE = 'catalogue.json';
export const SEARCH_INDEX_FILE = 'search-index.json';

const SAFE_PATH = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;
const HEX64 = /^[0-9a-f]{64}$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `src` may name the bundle directory (`/bundle/`, `/bundle`) or its manifest (`…/manifest.json`). */
export function manifestUrlFor(src: string, base = globalThis.location?.href): string {
  const url = new URL(src, base);
  if (!url.pathname.endsWith('.json')) {
    url.pathname = `${url.pathname.replace(/\/?$/, '/')}manifest.json`;
  }
  return url.href;
}

export function fileUrlFor(manifestUrl: string, path: string): string {
  return new URL(path, manifestUrl).href;
}

export function parseJson(text: string, url: string, file?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new BundleError('format', { url, reason: 'json', ...(file ? { file } : {}) }, { cause });
  }
}

export function checkManifest(data: unknown, url: string): Manifest {
  const shape = (field: string) =>
    new BundleError('format', { url, reason: 'shape', file: 'manifest.json', expected: field });
  if (!isObject(data)) throw shape('object');
  if (data['formatVersion'] !== FORMAT_VERSION) {
    throw new BundleError('format', {
      url,
      reason: 'formatVersion',
      expected: FORMAT_VERSION,
      actual: String(data['formatVersion']),
    });
  }
  if (typeof data['catalogueVersion'] !== 'string') throw shape('catalogueVersion');
  if (typeof data['builtAt'] !== 'string') throw shape('builtAt');
  const files = data['files'];
  if (!Array.isArray(files) || files.length === 0) throw shape('files');
  for (const file of files) {
    if (
      !isObject(file) ||
      typeof file['path'] !== 'string' ||
      !SAFE_PATH.test(file['path']) ||
      // A `..` segment would reach outside the bundle directory.
      file['path'].split('/').includes('..') ||
      typeof file['sha256'] !== 'string' ||
      !HEX64.test(file['sha256']) ||
      !Number.isSafeInteger(file['size']) ||
      (file['size'] as number) < 0
    ) {
      throw shape('files[]');
    }
  }
  if (!files.some((f: Record<string, unknown>) => f['path'] === CATALOGUE_FILE)) throw shape(CATALOGUE_FILE);
  return data as unknown as Manifest;
}

export function checkCatalogue(data: unknown, manifest: Manifest, url: string): Catalogue {
  const shape = (field: string) =>
    new BundleError('format', { url, reason: 'shape', file: CATALOGUE_FILE, expected: field });
  if (!isObject(data)) throw shape('object');
  if (data['formatVersion'] !== FORMAT_VERSION) {
    throw new BundleError('format', {
      url,
      file: CATALOGUE_FILE,
      reason: 'formatVersion',
      expected: FORMAT_VERSION,
      actual: String(data['formatVersion']),
    });
  }
  if (data['catalogueVersion'] !== manifest.catalogueVersion) throw shape('catalogueVersion');
  if (!Array.isArray(data['items'])) throw shape('items');
  if (!Array.isArray(data['outlets'])) throw shape('outlets');
  // Older or hand-made bundles may omit these; widgets can then rely on arrays.
  for (const key of ['regions', 'lists', 'withdrawn']) data[key] ??= [];
  return data as unknown as Catalogue;
}

/** Same files with the same hashes: the content is already held, only the manifest moved on. */
export function sameContent(a: Manifest, b: Manifest): boolean {
  const key = (m: Manifest) =>
    m.files
      .map((f) => `${f.path}:${f.sha256}`)
      .sort()
      .join('\n');
  return key(a) === key(b);
}

/**
 * A manifest built before the one already held is refused, so a lagging CDN edge or a replayed
 * old (even validly signed) bundle cannot roll a kiosk back. Unparseable dates compare as "not
 * older" rather than blocking updates.
 */
export function isOlder(candidate: Manifest, held: Manifest): boolean {
  const a = Date.parse(candidate.builtAt);
  const b = Date.parse(held.builtAt);
  return Number.isFinite(a) && Number.isFinite(b) && a < b;
}
