import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { BundleError, openBundle, type BundleHandle, type BundleSnapshot } from '../src/index.js';

// Served by the test runner's dev server, which sends ETags and 304s like any static host.
const FIXTURES = new URL('/packages/client/test/fixtures/', location.href).href;
const run = Math.random().toString(36).slice(2);
let counter = 0;
const freshDb = () => `yz-bundles-${run}-${++counter}`;

interface Seen {
  url: string;
  status: number;
}
/** The real fetch, recording what went over the wire; `/live/` is mapped to a chosen fixture. */
function recordingFetch(live = { dir: 'bundle-v1' }) {
  const seen: Seen[] = [];
  const wrapped = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input).replace('/fixtures/live/', `/fixtures/${live.dir}/`);
    const response = await fetch(url, init);
    seen.push({ url, status: response.status });
    return response;
  };
  return Object.assign(wrapped, { seen, live });
}

async function rejection(promise: Promise<unknown>): Promise<BundleError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(BundleError);
    return error as BundleError;
  }
  throw new Error('expected a rejection');
}

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

async function offline(on: boolean) {
  await executeServerCommand('yz-offline', { offline: on });
}

describe('openBundle in Chromium', () => {
  afterEach(() => offline(false));

  it('loads and verifies a bundle over HTTP, then answers from IndexedDB on the next page load', async () => {
    const dbName = freshDb();
    const fetch = recordingFetch();
    const first = openBundle(`${FIXTURES}bundle-v1/`, { dbName, fetch });
    const loaded = await first.ready;
    expect(loaded.source).to.equal('network');
    expect(loaded.catalogue.items.map((i) => i.id)).to.deep.equal(['tm-renewal', 'patent-pledge', 'ip-consult']);
    expect(loaded.searchIndex).to.deep.equal({ fixture: 'search-index', catalogueVersion: '2026.01' });
    first.close();

    fetch.seen.length = 0;
    const second = openBundle(`${FIXTURES}bundle-v1/`, { dbName, fetch });
    const cached = await second.ready;
    // Revalidation needs the network, so it cannot have finished before this line.
    const confirmed = nextSnapshot(second);
    expect(cached.source).to.equal('cache');
    expect(cached.stale).to.equal(false);
    expect(cached.catalogue.catalogueVersion).to.equal('2026.01');
    const fresh = await confirmed;
    expect(fresh.stale).to.equal(false);
    expect(fresh.catalogue).to.equal(cached.catalogue);
    // Only the manifest was asked for again; the files listed were not downloaded twice.
    expect(fetch.seen.map((s) => s.url.split('/').pop())).to.deep.equal(['manifest.json']);
    second.close();
  });

  it('starts offline from the cache, marked stale, and refuses without one', async () => {
    const dbName = freshDb();
    const online = openBundle(`${FIXTURES}bundle-v1/`, { dbName });
    await online.ready;
    online.close();

    await offline(true);
    const handle = openBundle(`${FIXTURES}bundle-v1/`, { dbName });
    const snapshot = await handle.ready;
    expect(snapshot.source).to.equal('cache');
    expect(snapshot.stale).to.equal(true);
    expect(snapshot.catalogue.items).to.have.length(3);
    const error = await rejection(handle.refresh());
    expect(error.code).to.equal('offline');
    expect(handle.current?.catalogue).to.equal(snapshot.catalogue, 'still showing the cached catalogue');
    handle.close();

    const nothing = openBundle(`${FIXTURES}bundle-v2/`, { dbName: freshDb() });
    expect((await rejection(nothing.ready)).code).to.equal('offline');
    nothing.close();
  });

  it('hears about a newer catalogue in the background', async () => {
    const dbName = freshDb();
    const fetch = recordingFetch();
    const first = openBundle(`${FIXTURES}live/`, { dbName, fetch });
    await first.ready;
    first.close();

    fetch.live.dir = 'bundle-v2';
    const second = openBundle(`${FIXTURES}live/`, { dbName, fetch });
    expect((await second.ready).catalogue.catalogueVersion).to.equal('2026.01');
    const newer = nextSnapshot(second);
    const update = await newer;
    expect(update.source).to.equal('network');
    expect(update.catalogue.catalogueVersion).to.equal('2026.02');
    second.close();
  });

  it('refuses tampered and unknown-format bundles with typed errors', async () => {
    const tampered = openBundle(`${FIXTURES}bundle-tampered/`, { dbName: freshDb() });
    const integrity = await rejection(tampered.ready);
    expect(integrity.code).to.equal('integrity');
    expect(integrity.details.file).to.equal('catalogue.json');
    tampered.close();

    const future = openBundle(`${FIXTURES}bundle-format2/`, { dbName: freshDb() });
    expect((await rejection(future.ready)).code).to.equal('format');
    future.close();

    const missing = openBundle(`${FIXTURES}no-such-bundle/`, { dbName: freshDb() });
    expect((await rejection(missing.ready)).code).to.equal('not-found');
    missing.close();
  });
});
