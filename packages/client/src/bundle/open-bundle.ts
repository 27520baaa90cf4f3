import type { Catalogue, Manifest } from '@yizhan/catalogue';
import { createBundleCache, DEFAULT_BUNDLE_DB, type BundleCache } from './bundle-cache.js';
import { FORMAT_VERSION, manifestUrlFor } from './check.js';
import { BundleError } from './errors.js';
import { revalidate } from './revalidate.js';
import type { BundleRecord, BundleSnapshot } from './types.js';

export interface OpenBundleOptions {
  /** Called with every new manifest before its files are trusted; false or a throw refuses it. */
  verifySignature?: (manifest: Manifest) => Promise<boolean>;
  /** IndexedDB database name, or `false` to keep bundles in memory only. */
  dbName?: string | false;
  fetch?: typeof fetch;
  now?: () => number;
}

export type BundleListener = (snapshot: BundleSnapshot) => void;

export interface BundleHandle {
  /** The manifest URL this handle loads. */
  readonly url: string;
  /**
   * The first usable snapshot: the cached copy at once when there is one, else the network's.
   * Rejects with a `BundleError` only when there is nothing to show. After a failure, a new
   * attempt (`refresh()`, the `online` event, another `openBundle` call) replaces this promise.
   */
  readonly ready: Promise<BundleSnapshot>;
  /** The latest snapshot, if any. */
  readonly current: BundleSnapshot | undefined;
  /**
   * Called with the current snapshot at once (when there is one) and then with every new one: a
   * newer catalogue, or a cached copy confirmed or found stale by revalidation. `catalogue` is
   * the same object when only freshness changed. Returns an unsubscribe function.
   */
  subscribe(listener: BundleListener): () => void;
  /** Revalidate now; resolves with the resulting snapshot or rejects with a `BundleError`. */
  refresh(): Promise<BundleSnapshot>;
  /** Forget this handle: the next `openBundle` of the same source starts afresh. */
  close(): void;
}

type Hook = OpenBundleOptions['verifySignature'];
const registry = new Map<string, { handle: BundleHandle; hook: Hook; fetch: typeof fetch | undefined }[]>();

/**
 * Load the bundle at `src` (its directory or manifest URL). Every caller on the page with the
 * same source and the same signature hook shares one handle, so ten widgets cost one download.
 */
export function openBundle(src: string, options: OpenBundleOptions = {}): BundleHandle {
  let url: string;
  try {
    url = manifestUrlFor(src);
  } catch (cause) {
    // A `src` that is not a URL at all: the same typed failure as any other, never a throw.
    return failedHandle(new BundleError('not-found', { url: String(src), reason: 'url' }, { cause }));
  }
  const key = `${options.dbName ?? DEFAULT_BUNDLE_DB}\n${url}`;
  const shared = registry.get(key) ?? [];
  // A handle opened without the caller's signature hook (or another fetch) must not be reused:
  // a kiosk verifying signatures would otherwise accept whatever an unverified handle loaded.
  const existing = shared.find((s) => s.hook === options.verifySignature && s.fetch === options.fetch);
  if (existing) {
    // A handle with nothing to show gets a new attempt for its new caller.
    if (!existing.handle.current) void existing.handle.refresh().catch(() => undefined);
    return existing.handle;
  }
  const handle = createHandle(url, createBundleCache(options.dbName), options, () => {
    const left = (registry.get(key) ?? []).filter((s) => s.handle !== handle);
    if (left.length > 0) registry.set(key, left);
    else registry.delete(key);
  });
  registry.set(key, [...shared, { handle, hook: options.verifySignature, fetch: options.fetch }]);
  return handle;
}

function createHandle(url: string, cache: BundleCache, options: OpenBundleOptions, onClose: () => void): BundleHandle {
  const now = options.now ?? Date.now;
  const listeners = new Set<BundleListener>();
  let current: BundleSnapshot | undefined;
  let held: BundleRecord | undefined;
  let inFlight: Promise<BundleSnapshot> | undefined;
  let closed = false;
  // Every attempt starts from what the cache holds, even one requested before it was read.
  const loaded = cache.read(url).then((record) => {
    held ??= record;
  });

  const publish = (snapshot: BundleSnapshot) => {
    current = snapshot;
    for (const listener of [...listeners]) {
      try {
        listener(snapshot);
      } catch (error) {
        // One broken listener must not starve the others.
        console.error(error);
      }
    }
    return snapshot;
  };

  const snapshotOf = (record: BundleRecord, source: BundleSnapshot['source'], stale: boolean, error?: BundleError) => ({
    manifest: record.manifest,
    catalogue: record.catalogue,
    ...('searchIndex' in record ? { searchIndex: record.searchIndex } : {}),
    source,
    stale,
    fetchedAt: record.fetchedAt,
    ...(error ? { error } : {}),
  });

  const attempt = (): Promise<BundleSnapshot> => {
    inFlight ??= (async () => {
      try {
        await loaded;
        const result = await revalidate(url, held, {
          fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
          now,
          ...(options.verifySignature ? { verifySignature: options.verifySignature } : {}),
        });
        if (result.kind === 'not-modified') {
          held = { ...held!, fetchedAt: now() };
          void cache.write(held);
          return publish(snapshotOf(held, current?.source ?? 'cache', false));
        }
        held = result.record;
        await cache.write(held);
        // Same content under a rebuilt manifest keeps the catalogue object, so listeners can tell.
        return publish(snapshotOf(held, result.contentChanged ? 'network' : (current?.source ?? 'cache'), false));
      } catch (caught) {
        const error =
          caught instanceof BundleError
            ? caught
            : new BundleError('format', { url, reason: 'unexpected' }, { cause: caught });
        if (held && current) publish(snapshotOf(held, current.source, true, error));
        throw error;
      } finally {
        inFlight = undefined;
      }
    })();
    return inFlight;
  };

  const start = async (): Promise<BundleSnapshot> => {
    await loaded;
    if (!held) return attempt();
    // Shown without an offline notice while revalidation runs, unless the browser already knows
    // it is offline; listeners hear `stale: true` if revalidation then fails.
    const cached = publish(snapshotOf(held, 'cache', globalThis.navigator?.onLine === false));
    // Stale-while-revalidate: answer now, let listeners hear what the network says.
    void attempt().catch(() => undefined);
    return cached;
  };

  const quiet = <T>(promise: Promise<T>) => {
    // Nobody may be awaiting `ready`; an unobserved rejection must not reach the page's console.
    promise.catch(() => undefined);
    return promise;
  };
  let ready = quiet(start());

  const onOnline = () => {
    if (!current || current.stale) void handle.refresh().catch(() => undefined);
  };
  globalThis.addEventListener?.('online', onOnline);

  const handle: BundleHandle = {
    url,
    get ready() {
      return ready;
    },
    get current() {
      return current;
    },
    subscribe(listener) {
      listeners.add(listener);
      if (current) listener(current);
      return () => listeners.delete(listener);
    },
    refresh() {
      const next = quiet(attempt());
      if (!current && !closed) ready = next;
      return next;
    },
    close() {
      closed = true;
      listeners.clear();
      globalThis.removeEventListener?.('online', onOnline);
      onClose();
    },
  };
  return handle;
}

function failedHandle(error: BundleError): BundleHandle {
  const ready = Promise.reject(error);
  ready.catch(() => undefined);
  return {
    url: '',
    ready,
    current: undefined,
    subscribe: () => () => undefined,
    refresh: () => ready,
    close: () => undefined,
  };
}

const fromData = new WeakMap<Catalogue, BundleHandle>();

/**
 * A handle over data the page already has (a `catalogue` property set on a widget), so widgets
 * use one code path whatever the source. Its manifest is synthesized and lists no files.
 */
export function openBundleFromData(catalogue: Catalogue, searchIndex?: unknown): BundleHandle {
  const existing = fromData.get(catalogue);
  if (existing && (searchIndex === undefined || existing.current?.searchIndex === searchIndex)) return existing;
  const snapshot: BundleSnapshot = {
    manifest: {
      formatVersion: FORMAT_VERSION as Manifest['formatVersion'],
      catalogueVersion: catalogue.catalogueVersion,
      builtAt: catalogue.builtAt,
      generator: 'data',
      publisher: catalogue.publisher,
      files: [],
    },
    catalogue,
    ...(searchIndex !== undefined ? { searchIndex } : {}),
    source: 'data',
    stale: false,
    fetchedAt: Date.now(),
  };
  const ready = Promise.resolve(snapshot);
  const handle: BundleHandle = {
    url: '',
    ready,
    current: snapshot,
    subscribe(listener) {
      listener(snapshot);
      return () => undefined;
    },
    refresh: () => ready,
    close: () => void fromData.delete(catalogue),
  };
  fromData.set(catalogue, handle);
  return handle;
}
