import assert from 'node:assert/strict';
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ManualClock } from '../../src/core/clock.js';
import { ContentUpdater, type UpdaterIo } from '../../src/core/content-update.js';
import { keys, makeBundle, otherKeys, serveDir, t, tempDir, type ServedFile } from './bundles.js';

const BASE = 'https://cdn.example.cn/bundles/chengdu/';

async function setup(tamper?: (path: string, file: ServedFile) => ServedFile, io?: Partial<UpdaterIo>) {
  const root = await tempDir();
  const seedDir = await makeBundle(join(root, 'seed'), 'seed-1', '2026-01-01T00:00:00+08:00');
  const remote = await makeBundle(join(root, 'remote'), 'v2', '2026-03-01T00:00:00+08:00');
  const server = serveDir(remote, BASE, tamper);
  const contentRoot = join(root, 'userData', 'content');
  const make = () =>
    new ContentUpdater({
      seedDir,
      contentRoot,
      bundleUrl: BASE,
      publicKeyPem: keys.publicPem,
      fetch: server.fetch,
      clock: new ManualClock(Date.parse('2026-03-02T09:00:00+08:00')),
      t,
      io,
    });
  return { root, seedDir, remote, contentRoot, server, make, updater: make() };
}

/** What the renderer would be served: the catalogue version inside the active bundle. */
async function servedVersion(u: ContentUpdater): Promise<string | undefined> {
  const dir = u.activeBundle?.dir;
  if (!dir) return undefined;
  return (JSON.parse(await readFile(join(dir, 'catalogue.json'), 'utf8')) as { catalogueVersion: string })
    .catalogueVersion;
}

async function noStagingLeft(contentRoot: string) {
  const entries = await readdir(contentRoot).catch(() => []);
  assert.deepEqual(
    entries.filter((e) => e.startsWith('.staging')),
    [],
    'a failed download leaves no staging directory behind',
  );
}

describe('content update', () => {
  it('cold start with no network and nothing downloaded uses the seed shipped with the app', async () => {
    const { root } = await setup();
    const offline = new ContentUpdater({
      seedDir: join(root, 'seed'),
      contentRoot: join(root, 'userData', 'content'),
      bundleUrl: BASE,
      publicKeyPem: keys.publicPem,
      fetch: () => Promise.reject(new TypeError('net::ERR_INTERNET_DISCONNECTED')),
      clock: new ManualClock(),
      t,
    });
    assert.equal((await offline.activate())?.source, 'seed');
    assert.equal(await servedVersion(offline), 'seed-1');
    const outcome = await offline.update();
    assert.equal(outcome.kind, 'rejected');
    assert.equal(outcome.kind === 'rejected' && outcome.code, 'network');
    assert.equal(await servedVersion(offline), 'seed-1', 'still the seed');
    assert.equal(offline.status().lastError?.code, 'network');
  });

  it('downloads, verifies and swaps in a good bundle, which survives a restart', async () => {
    const { updater, make, contentRoot } = await setup();
    await updater.activate();
    const outcome = await updater.update();
    assert.deepEqual(outcome, { kind: 'updated', catalogueVersion: 'v2', builtAt: '2026-03-01T00:00:00+08:00' });
    assert.equal(await servedVersion(updater), 'v2');
    assert.equal(updater.status().source, 'downloaded');
    assert.ok(updater.status().lastSuccessAt);
    await noStagingLeft(contentRoot);
    const restarted = make();
    assert.equal((await restarted.activate())?.source, 'downloaded');
    assert.equal(await servedVersion(restarted), 'v2');
    assert.deepEqual(await restarted.update(), { kind: 'up-to-date', catalogueVersion: 'v2' });
  });

  const bad: [string, (path: string, file: ServedFile) => ServedFile, string][] = [
    [
      'a file changed on the server (tampered)',
      (p, f) =>
        p === 'catalogue.json' ? { body: Buffer.from(Buffer.from(f.body).toString().replace('v2', 'v9')) } : f,
      'hash-mismatch',
    ],
    [
      'a file cut short (half-downloaded)',
      (p, f) => (p === 'search-index.json' ? { body: f.body, dropAfter: 10 } : f),
      'truncated',
    ],
    ['a file missing on the server', (p, f) => (p === 'search-index.json' ? { ...f, status: 404 } : f), 'http'],
    [
      'a file longer than the manifest says',
      (p, f) => (p === 'catalogue.json' ? { body: Buffer.concat([f.body, Buffer.from('   ')]) } : f),
      'too-large',
    ],
    [
      'a manifest whose signature does not match (edited after signing)',
      (p, f) =>
        p === 'manifest.json'
          ? {
              body: Buffer.from(
                Buffer.from(f.body).toString().replace('"catalogueVersion": "v2"', '"catalogueVersion": "v3"'),
              ),
            }
          : f,
      'bad-signature',
    ],
    [
      'a manifest that is not JSON',
      (p, f) => (p === 'manifest.json' ? { body: Buffer.from('<html>') } : f),
      'manifest-invalid',
    ],
    ['a server error', (p, f) => (p === 'manifest.json' ? { ...f, status: 503 } : f), 'http'],
  ];
  for (const [what, tamper, code] of bad) {
    it(`keeps the old bundle when the new one has ${what}`, async () => {
      const { updater, contentRoot } = await setup(tamper);
      await updater.activate();
      const outcome = await updater.update();
      assert.equal(outcome.kind, 'rejected');
      assert.equal(outcome.kind === 'rejected' && outcome.code, code, JSON.stringify(outcome));
      assert.equal(await servedVersion(updater), 'seed-1');
      assert.equal(updater.status().lastError?.code, code);
      await noStagingLeft(contentRoot);
    });
  }

  it('refuses a bundle signed with another key, without downloading its files', async () => {
    const { root, server, updater } = await setup();
    await makeBundle(join(root, 'remote'), 'v2', '2026-03-01T00:00:00+08:00', otherKeys.privatePem);
    await updater.activate();
    const outcome = await updater.update();
    assert.equal(outcome.kind === 'rejected' && outcome.code, 'wrong-key');
    assert.deepEqual(server.requests, [`${BASE}manifest.json`]);
    assert.equal(await servedVersion(updater), 'seed-1');
  });

  it('refuses an unsigned bundle', async () => {
    const { root, updater } = await setup();
    await makeBundle(join(root, 'remote'), 'v2', '2026-03-01T00:00:00+08:00', null);
    await updater.activate();
    const outcome = await updater.update();
    assert.equal(outcome.kind === 'rejected' && outcome.code, 'unsigned');
  });

  it('refuses an older, validly signed bundle (no rollback)', async () => {
    const { root, updater } = await setup();
    await makeBundle(join(root, 'remote'), 'v0', '2025-06-01T00:00:00+08:00');
    await updater.activate();
    const outcome = await updater.update();
    assert.equal(outcome.kind === 'rejected' && outcome.code, 'older');
    assert.equal(await servedVersion(updater), 'seed-1');
  });

  it('keeps the current downloaded bundle when the disk fails mid-write', async () => {
    let writes = 0;
    const failing: Partial<UpdaterIo> = {
      writeFile: async () => {
        if (++writes === 2) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    const { updater, contentRoot } = await setup(undefined, failing);
    await updater.activate();
    const outcome = await updater.update();
    assert.equal(outcome.kind === 'rejected' && outcome.code, 'disk');
    assert.equal(await servedVersion(updater), 'seed-1');
    await noStagingLeft(contentRoot);
  });

  it('keeps the old bundle when the final swap fails', async () => {
    const { updater } = await setup(undefined, {
      swapInto: async () => {
        throw new Error('EXDEV: cross-device link not permitted');
      },
    });
    await updater.activate();
    const outcome = await updater.update();
    assert.equal(outcome.kind === 'rejected' && outcome.code, 'disk');
    assert.equal(await servedVersion(updater), 'seed-1');
  });

  it('falls back to the seed when the downloaded bundle rotted on disk', async () => {
    const { updater, make, contentRoot } = await setup();
    await updater.activate();
    await updater.update();
    await rm(join(contentRoot, 'current', 'search-index.json'));
    const restarted = make();
    assert.equal((await restarted.activate())?.source, 'seed');
    assert.equal(await servedVersion(restarted), 'seed-1');
  });

  it('shows "no content" when even the seed fails verification', async () => {
    const { root, make } = await setup();
    await makeBundle(join(root, 'seed'), 'seed-1', '2026-01-01T00:00:00+08:00', otherKeys.privatePem);
    const u = make();
    assert.equal(await u.activate(), undefined);
    assert.equal(u.status().source, 'none');
    assert.equal(u.status().lastError?.code, 'seed-invalid');
  });

  it('two overlapping checks download once', async () => {
    const { updater, server } = await setup();
    await updater.activate();
    const [a, b] = await Promise.all([updater.update(), updater.update()]);
    assert.deepEqual(a, b);
    assert.equal(server.requests.filter((r) => r.endsWith('manifest.json')).length, 1);
  });
});
