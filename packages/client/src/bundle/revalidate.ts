import type { Manifest } from '@yizhan/catalogue';
import { sha256Hex } from '../internal/sha256.js';
import {
  CATALOGUE_FILE,
  SEARCH_INDEX_FILE,
  checkCatalogue,
  checkManifest,
  fileUrlFor,
  isOlder,
  parseJson,
  sameContent,
} from './check.js';
import { BundleError } from './errors.js';
import type { BundleRecord } from './types.js';

export interface RevalidateDeps {
  fetch: typeof fetch;
  now: () => number;
  verifySignature?: (manifest: Manifest) => Promise<boolean>;
}

export type Revalidation =
  { kind: 'not-modified'; etag?: string } | { kind: 'updated'; record: BundleRecord; contentChanged: boolean };

/**
 * Ask the server whether `held` is still current and, when it is not, download and verify the
 * new version. Nothing is stored here: the caller stores the returned record in one step, so a
 * failure at any point leaves the held version untouched. Every failure is a `BundleError`.
 */
export async function revalidate(
  manifestUrl: string,
  held: BundleRecord | undefined,
  deps: RevalidateDeps,
): Promise<Revalidation> {
  const headers: Record<string, string> = {};
  if (held?.etag) headers['If-None-Match'] = held.etag;
  const response = await request(manifestUrl, deps, headers, Boolean(held));
  if (response.status === 304 && held) return { kind: 'not-modified', ...(held.etag ? { etag: held.etag } : {}) };
  const manifestText = await readText(response, manifestUrl);
  const manifest = checkManifest(parseJson(manifestText, manifestUrl, 'manifest.json'), manifestUrl);
  const etag = response.headers.get('ETag') ?? undefined;

  if (deps.verifySignature) {
    let trusted = false;
    try {
      trusted = await deps.verifySignature(manifest);
    } catch {
      // A hook that throws has not vouched for the manifest.
    }
    if (!trusted) throw new BundleError('integrity', { url: manifestUrl, file: 'manifest.json', reason: 'signature' });
  }
  if (held && isOlder(manifest, held.manifest)) {
    throw new BundleError('integrity', {
      url: manifestUrl,
      reason: 'rollback',
      expected: held.manifest.builtAt,
      actual: manifest.builtAt,
    });
  }
  const fetchedAt = deps.now();
  const base = { key: manifestUrl, manifest, ...(etag ? { etag } : {}), fetchedAt };
  if (held && sameContent(manifest, held.manifest)) {
    // A rebuilt manifest (new ETag, same hashes): the files held are exactly what it lists.
    return {
      kind: 'updated',
      contentChanged: false,
      record: {
        ...base,
        catalogue: held.catalogue,
        ...('searchIndex' in held ? { searchIndex: held.searchIndex } : {}),
      },
    };
  }

  const catalogueUrl = fileUrlFor(manifestUrl, CATALOGUE_FILE);
  const indexEntry = manifest.files.find((f) => f.path === SEARCH_INDEX_FILE);
  const [catalogueData, searchIndex] = await Promise.all([
    fetchVerified(manifestUrl, manifest, CATALOGUE_FILE, deps),
    indexEntry ? fetchVerified(manifestUrl, manifest, SEARCH_INDEX_FILE, deps) : undefined,
  ]);
  const catalogue = checkCatalogue(catalogueData, manifest, catalogueUrl);
  return {
    kind: 'updated',
    contentChanged: true,
    record: { ...base, catalogue, ...(indexEntry ? { searchIndex } : {}) },
  };
}

async function request(
  url: string,
  deps: RevalidateDeps,
  headers: Record<string, string> = {},
  acceptNotModified = false,
): Promise<Response> {
  let response: Response;
  try {
    // `no-cache`: the browser may keep a copy but must ask the server before using it.
    response = await deps.fetch(url, { cache: 'no-cache', headers });
  } catch (cause) {
    // Browsers report no network, DNS failure and a refused CORS check alike, as a TypeError.
    throw new BundleError('offline', { url }, { cause });
  }
  if (response.status === 304 && acceptNotModified) return response;
  if (response.status === 404) throw new BundleError('not-found', { url, status: 404 });
  // Includes a 304 when there is no held copy for it to confirm.
  if (!response.ok) throw new BundleError('http', { url, status: response.status });
  return response;
}

async function readBytes(response: Response, url: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch (cause) {
    // The connection dropped while the body was streaming.
    throw new BundleError('offline', { url, reason: 'body' }, { cause });
  }
}

async function readText(response: Response, url: string): Promise<string> {
  return decode(await readBytes(response, url), url, 'manifest.json');
}

function decode(bytes: Uint8Array, url: string, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new BundleError('format', { url, file, reason: 'utf-8' }, { cause });
  }
}

async function fetchVerified(manifestUrl: string, manifest: Manifest, path: string, deps: RevalidateDeps) {
  const entry = manifest.files.find((f) => f.path === path)!;
  const url = fileUrlFor(manifestUrl, path);
  const bytes = await readBytes(await request(url, deps), url);
  if (bytes.byteLength !== entry.size) {
    throw new BundleError('integrity', {
      url,
      file: path,
      reason: 'size',
      expected: entry.size,
      actual: bytes.byteLength,
    });
  }
  const actual = await sha256Hex(bytes);
  if (actual !== entry.sha256) {
    throw new BundleError('integrity', { url, file: path, reason: 'sha256', expected: entry.sha256, actual });
  }
  return parseJson(decode(bytes, url, path), url, path);
}
