import 'fake-indexeddb/auto';
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { BundleError, openBundle, openBundleFromData, type BundleHandle, type BundleSnapshot } from '../src/index.js';
import { startFixtureServer, type FixtureServer } from './helpers/fixture-server.js';

let server: FixtureServer;
const opened: BundleHandle[] = [];
let dbCounter = 0;

before(async () => {
  server = await startFixtureServer();
});
after(() => server.close());
afterEach(() => {
  for (const handle of opened.splice(0)) handle.close();
  server.mutate = undefined;
  server.requests.length = 0;
});

const freshDb = () => `bundles-${++dbCounter}`;
function open(path: string, options: Parameters<typeof openBundle>[1] = {}) {
  const handle = openBundle(`${server.origin}/${path}/`, options);
  opened.push(handle);
  return handle;
}
/** A later page load: a new handle over the same database. */
function reopen(handle: BundleHandle, options: Parameters<typeof openBundle>[1]) {
  handle.close();
  const again = openBundle(handle.url, options);
  opened.push(again);
  return again;
}
const requested = (suffix: string) => server.requests.filter((r) => r.path.endsWith(suffix));
async function rejection(promise: Promise<unknown>): Promise<BundleError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof BundleError, `expected a BundleError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a rejection');
}
/** The next snapshot a handle publishes (after the one it replays on subscribe). */
function nextSnapshot(handle: BundleHandle): Promise<BundleSnapshot> {
  return new Promise((resolve) => {
    let replayed = handle.current !== undefined;
    const stop = handle.subscribe((snapshot) => {
      if (replayed) {
        replayed = false;
        return;
      }
      stop();
      resolve(snapshot);
    });
  });
}

describe('openBundle', () => {
  it('downloads, verifies and returns the catalogue and search index', async () => {
    const snapshot = await open('bundle-v1', { dbName: freshDb(), now: () => 42 }).ready;
    assert.equal(snapshot.source, 'network');
    assert.equal(snapshot.stale, false);
    assert.equal(snapshot.fetchedAt, 42);
    assert.equal(snapshot.catalogue.catalogueVersion, '2026.01');
    assert.deepEqual(
      snapshot.catalogue.items.map((i) => i.id),
      ['tm-renewal', 'patent-pledge', 'ip-consult'],
    );
    assert.deepEqual(snapshot.searchIndex, { fixture: 'search-index', catalogueVersion: '2026.01' });
    assert.equal(snapshot.manifest.files.length, 2);
  });

  it('shares one handle and one download among every caller with the same source', async () => {
    const dbName = freshDb();
    const a = open('bundle-v1', { dbName });
    const b = open('bundle-v1', { dbName });
    assert.equal(a, b);
    await Promise.all([a.ready, b.ready]);
    assert.equal(requested('/manifest.json').length, 1);
    assert.equal(requested('/catalogue.json').length, 1);
  });

  it('does not share a handle with a caller that verifies signatures differently', async () => {
    const dbName = freshDb();
    const plain = open('bundle-v1', { dbName });
    const verified = open('bundle-v1', { dbName, verifySignature: async () => true });
    assert.notEqual(plain, verified);
  });

  it('answers from the cache on the next load, then revalidates with If-None-Match and a 304', async () => {
    const dbName = freshDb();
    const first = open('bundle-v1', { dbName });
    const network = await first.ready;
    server.requests.length = 0;

    const second = reopen(first, { dbName });
    const cached = await second.ready;
    assert.equal(cached.source, 'cache');
    assert.equal(cached.catalogue.catalogueVersion, '2026.01');
    const confirmed = await nextSnapshot(second);
    assert.equal(confirmed.stale, false);
    assert.equal(confirmed.catalogue, cached.catalogue, 'the same catalogue object: nothing to re-render');

    const manifests = requested('/manifest.json');
    assert.equal(manifests.length, 1);
    assert.equal(manifests[0]!.status, 304);
    assert.ok(manifests[0]!.ifNoneMatch);
    assert.equal(requested('/catalogue.json').length, 0, 'files are not downloaded again');
    assert.deepEqual(cached.manifest, network.manifest);
  });

  it('tells subscribers about a newer catalogue and keeps it for the next load', async () => {
    const dbName = freshDb();
    server.alias('live-a', 'bundle-v1');
    const first = open('live-a', { dbName });
    await first.ready;

    server.alias('live-a', 'bundle-v2');
    const second = reopen(first, { dbName });
    const cached = await second.ready;
    assert.equal(cached.catalogue.catalogueVersion, '2026.01');
    const newer = await nextSnapshot(second);
    assert.equal(newer.source, 'network');
    assert.equal(newer.catalogue.catalogueVersion, '2026.02');
    assert.ok(newer.catalogue.items.some((i) => i.id === 'gi-apply'));
    assert.deepEqual(newer.searchIndex, { fixture: 'search-index', catalogueVersion: '2026.02' });

    server.failWith('live-a', 503);
    const third = reopen(second, { dbName });
    assert.equal((await third.ready).catalogue.catalogueVersion, '2026.02');
  });

  it('reuses held files when a rebuilt manifest lists the same hashes', async () => {
    const dbName = freshDb();
    const first = open('bundle-v1', { dbName });
    const held = await first.ready;
    // Same content, new bytes (and so a new ETag): what a re-run of the build produces.
    server.mutate = (path, body) => (path.endsWith('manifest.json') ? Buffer.from(`${body.toString()}\n\n`) : body);
    server.requests.length = 0;
    const second = reopen(first, { dbName });
    await second.ready;
    const confirmed = await nextSnapshot(second);
    assert.equal(confirmed.stale, false);
    assert.equal(confirmed.catalogue.catalogueVersion, held.catalogue.catalogueVersion);
    assert.equal(requested('/manifest.json')[0]!.status, 200);
    assert.equal(requested('/catalogue.json').length, 0);
  });

  it('refuses a file whose SHA-256 differs from the manifest', async () => {
    const error = await rejection(open('bundle-tampered', { dbName: freshDb() }).ready);
    assert.equal(error.code, 'integrity');
    assert.equal(error.details.file, 'catalogue.json');
    assert.equal(error.details.reason, 'sha256');
  });

  it('refuses a truncated download (a half-downloaded file)', async () => {
    server.mutate = (path, body) => (path.endsWith('catalogue.json') ? body.subarray(0, body.length / 2) : body);
    const error = await rejection(open('bundle-v1', { dbName: freshDb() }).ready);
    assert.equal(error.code, 'integrity');
    assert.equal(error.details.reason, 'size');
  });

  it('keeps the last good version when a newer one fails verification', async () => {
    const dbName = freshDb();
    server.alias('live-b', 'bundle-v1');
    const first = open('live-b', { dbName });
    await first.ready;

    server.alias('live-b', 'bundle-v2');
    server.mutate = (path, body) => {
      if (!path.endsWith('catalogue.json')) return body;
      const copy = Buffer.from(body);
      copy.writeUInt8(copy.readUInt8(copy.length - 2) ^ 1, copy.length - 2);
      return copy;
    };
    const refused = await rejection(first.refresh());
    assert.equal(refused.code, 'integrity');
    assert.equal(first.current?.catalogue.catalogueVersion, '2026.01');
    assert.equal(first.current?.stale, true);
    assert.equal(first.current?.error?.code, 'integrity');

    server.mutate = undefined;
    server.failWith('live-b', 503);
    const later = reopen(first, { dbName });
    assert.equal((await later.ready).catalogue.catalogueVersion, '2026.01', 'the stored version is still v1');
  });

  it('reports malformed JSON and another formatVersion as format errors', async () => {
    const malformed = await rejection(open('bundle-malformed', { dbName: freshDb() }).ready);
    assert.equal(malformed.code, 'format');
    assert.equal(malformed.details.reason, 'json');
    assert.equal(malformed.details.file, 'catalogue.json');

    const future = await rejection(open('bundle-format2', { dbName: freshDb() }).ready);
    assert.equal(future.code, 'format');
    assert.equal(future.details.reason, 'formatVersion');
    assert.equal(future.details.actual, '2');
  });

  it('maps 404 to not-found and other statuses to http', async () => {
    const missing = await rejection(open('no-such-bundle', { dbName: freshDb() }).ready);
    assert.equal(missing.code, 'not-found');
    assert.equal(missing.details.status, 404);

    server.failWith('broken', 500);
    const broken = await rejection(open('broken', { dbName: freshDb() }).ready);
    assert.equal(broken.code, 'http');
    assert.equal(broken.status, 500);
  });

  it('without a network and without a cache: offline', async () => {
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const error = await rejection(open('bundle-v1', { dbName: freshDb(), fetch: offline }).ready);
    assert.equal(error.code, 'offline');
  });

  it('without a network but with a cache: the cached snapshot, marked stale once revalidation fails', async () => {
    const dbName = freshDb();
    const online = open('bundle-v1', { dbName });
    await online.ready;
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    online.close();
    const handle = openBundle(online.url, { dbName, fetch: offline });
    opened.push(handle);
    const cached = await handle.ready;
    assert.equal(cached.source, 'cache');
    const stale = await nextSnapshot(handle);
    assert.equal(stale.stale, true);
    assert.equal(stale.error?.code, 'offline');
    assert.equal(stale.catalogue, cached.catalogue);
  });

  it('gives a failed handle a new attempt when it is opened again', async () => {
    const dbName = freshDb();
    server.failWith('flaky', 503);
    const handle = open('flaky', { dbName });
    assert.equal((await rejection(handle.ready)).code, 'http');
    server.alias('flaky', 'bundle-v1');
    server.failWith('flaky', 0);
    const again = open('flaky', { dbName });
    assert.equal(again, handle);
    assert.equal((await again.ready).catalogue.catalogueVersion, '2026.01');
  });

  it('refuses a manifest the signature hook does not vouch for', async () => {
    const seen: string[] = [];
    const error = await rejection(
      open('bundle-v1', {
        dbName: freshDb(),
        verifySignature: async (manifest) => {
          seen.push(manifest.catalogueVersion);
          return false;
        },
      }).ready,
    );
    assert.equal(error.code, 'integrity');
    assert.equal(error.details.reason, 'signature');
    assert.deepEqual(seen, ['2026.01']);
    assert.equal(requested('/catalogue.json').length, 0, 'nothing listed by an untrusted manifest is fetched');

    const throwing = await rejection(
      open('bundle-v2', {
        dbName: freshDb(),
        verifySignature: async () => {
          throw new Error('bad key');
        },
      }).ready,
    );
    assert.equal(throwing.details.reason, 'signature');
  });

  it('refuses to roll back to an older build than the one held', async () => {
    const dbName = freshDb();
    server.alias('live-c', 'bundle-v2');
    const handle = open('live-c', { dbName });
    await handle.ready;
    server.alias('live-c', 'bundle-v1');
    const error = await rejection(handle.refresh());
    assert.equal(error.code, 'integrity');
    assert.equal(error.details.reason, 'rollback');
    assert.equal(handle.current?.catalogue.catalogueVersion, '2026.02');
  });

  it('reports a source that is not a URL as a BundleError, without throwing', async () => {
    const handle = openBundle('relative/without/a/page/');
    const error = await rejection(handle.ready);
    assert.equal(error.code, 'not-found');
    assert.equal(error.details.reason, 'url');
  });

  it('works in memory when IndexedDB cannot be opened', async () => {
    const saved = globalThis.indexedDB;
    // What Firefox private windows and blocked storage do.
    globalThis.indexedDB = {
      open() {
        throw new DOMException('storage disabled', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    try {
      const dbName = freshDb();
      const first = open('bundle-v1', { dbName });
      assert.equal((await first.ready).source, 'network');
      const second = reopen(first, { dbName });
      assert.equal((await second.ready).source, 'network', 'nothing was persisted');
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});

describe('openBundleFromData', () => {
  it('wraps given data in the same handle shape, one handle per catalogue', async () => {
    const snapshot = await open('bundle-v1', { dbName: freshDb() }).ready;
    const handle = openBundleFromData(snapshot.catalogue, snapshot.searchIndex);
    assert.equal(openBundleFromData(snapshot.catalogue), handle);
    const given = await handle.ready;
    assert.equal(given.source, 'data');
    assert.equal(given.catalogue, snapshot.catalogue);
    assert.equal(given.manifest.catalogueVersion, '2026.01');
    const heard: BundleSnapshot[] = [];
    handle.subscribe((s) => heard.push(s));
    assert.deepEqual(heard, [given]);
    handle.close();
  });
});
