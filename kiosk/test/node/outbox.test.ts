import assert from 'node:assert/strict';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { OutboxStatus } from '../../src/core/outbox-status.js';
import { OutboxStore } from '../../src/core/outbox-store.js';
import { tempDir } from './bundles.js';

const T0 = Date.parse('2026-11-24T10:00:00+08:00');
const iso = (ms: number) => new Date(ms).toISOString();

describe('outbox status for staff', () => {
  it('is unknown until the renderer reports', () => {
    assert.equal(new OutboxStatus().health(T0).level, 'unknown');
  });

  it('is ok with nothing queued, waiting while recent items queue, stuck when the oldest waits too long', () => {
    const s = new OutboxStatus({ stuckAfterMs: 3600_000 });
    s.report({ queued: 0, failed: 0, lastSuccessAt: iso(T0 - 60_000) }, T0);
    assert.equal(s.health(T0).level, 'ok');
    s.report({ queued: 2, failed: 0, oldestQueuedAt: iso(T0 - 5 * 60_000) }, T0);
    assert.deepEqual({ level: s.health(T0).level, queued: s.health(T0).queued }, { level: 'waiting', queued: 2 });
    s.report({ queued: 2, failed: 0, oldestQueuedAt: iso(T0 - 2 * 3600_000) }, T0);
    assert.equal(s.health(T0).level, 'stuck');
  });

  it('says failed when the server refused something for good', () => {
    const s = new OutboxStatus();
    s.report({ queued: 0, failed: 1 }, T0);
    assert.equal(s.health(T0).level, 'failed');
  });

  it('does not trust a report that has gone stale', () => {
    const s = new OutboxStatus({ staleAfterMs: 15 * 60_000 });
    s.report({ queued: 0, failed: 0 }, T0);
    assert.equal(s.health(T0 + 16 * 60_000).level, 'unknown');
    assert.equal(s.health(T0 + 16 * 60_000).reportedAt, iso(T0));
  });
});

describe('durable outbox copy', () => {
  it('keeps queued submissions across a restart, readable by the kiosk user only', async () => {
    const file = join(await tempDir(), 'userData', 'outbox.json');
    const entries = [{ id: 'a', kind: 'consultation', body: { question: '商标续展需要哪些材料？' } }];
    await new OutboxStore(file).save(entries);
    assert.deepEqual(await new OutboxStore(file).load(), entries);
    assert.equal((await stat(file)).mode & 0o777, 0o600);
  });

  it('starts empty without a file, and moves a corrupt file aside instead of losing it', async () => {
    const dir = await tempDir();
    const file = join(dir, 'outbox.json');
    assert.deepEqual(await new OutboxStore(file).load(), []);
    await writeFile(file, '{"version":1,"entries":[{"id":"a"');
    assert.deepEqual(await new OutboxStore(file).load(T0), []);
    const names = await readdir(dir);
    assert.ok(names.includes(`outbox.json.corrupt-${T0}`), names.join(','));
    assert.match(await readFile(join(dir, `outbox.json.corrupt-${T0}`), 'utf8'), /"id":"a"/);
  });
});
