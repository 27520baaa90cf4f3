import 'fake-indexeddb/auto';
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { createOutbox, type Outbox, type OutboxOptions, type OutboxStatus } from '../src/index.js';
import { FakeTimers } from './helpers/fake-timers.js';
import { created, deferred, json, networkDown, scriptedFetch, statusReached } from './helpers/fake-intake.js';

const outboxes: Outbox[] = [];
let dbCounter = 0;
afterEach(() => {
  for (const outbox of outboxes.splice(0)) outbox.stop();
});

const consultation = {
  topic: 'trademark',
  question: '商标快到期了，续展需要准备哪些材料？',
  contact: { mobile: '13800138000' },
};

function make(options: Partial<OutboxOptions> & Pick<OutboxOptions, 'fetch'>) {
  const outbox = createOutbox({
    baseUrl: 'https://intake.example.cn/',
    dbName: `outbox-${++dbCounter}`,
    now: () => 1000,
    random: () => 0.5,
    timers: new FakeTimers(),
    locks: null,
    ...options,
  });
  outboxes.push(outbox);
  return outbox;
}

function statusesOf(outbox: Outbox): OutboxStatus[] {
  const seen: OutboxStatus[] = [];
  outbox.subscribe((change) => {
    if (change.type === 'update') seen.push(change.entry.status);
  });
  return seen;
}

describe('outbox', () => {
  it('keeps one Idempotency-Key across retries and ends sent with the reference', async () => {
    const fetch = scriptedFetch(networkDown(), json(408, {}), json(429, {}, { 'Retry-After': '7' }), created());
    const outbox = make({ fetch });
    const statuses = statusesOf(outbox);
    const entry = await outbox.enqueue('/v1/consultations', consultation, { locale: 'zh-CN' });
    assert.equal(entry.status, 'queued');
    await outbox.flush(); // joins the try enqueue started
    await outbox.flush();
    await outbox.flush();
    await outbox.flush();

    assert.equal(fetch.seen.length, 4);
    assert.ok(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(entry.id));
    assert.deepEqual(
      fetch.seen.map((r) => r.key),
      [entry.id, entry.id, entry.id, entry.id],
    );
    assert.ok(fetch.seen.every((r) => r.url === 'https://intake.example.cn/v1/consultations'));
    assert.ok(fetch.seen.every((r) => r.body === JSON.stringify(consultation)));
    assert.ok(fetch.seen.every((r) => r.language === 'zh-CN'));
    assert.deepEqual(statuses, [
      'queued',
      'sending',
      'retrying',
      'sending',
      'retrying',
      'sending',
      'retrying',
      'sending',
      'sent',
    ]);
    const sent = await outbox.get(entry.id);
    assert.equal(sent?.status, 'sent');
    assert.equal(sent?.attempts, 4);
    assert.deepEqual(sent?.response, {
      reference: 'YZ-20261124-7K3Q9P',
      token: 'tok',
      ratingToken: 'rtok',
      status: 'received',
      dueDate: '2026-11-27',
    });
    assert.equal(sent?.body, undefined, 'personal data is not kept once delivered');
    await outbox.flush();
    assert.equal(fetch.seen.length, 4, 'a sent entry is never sent again');
  });

  it('puts back a copied entry under its original Idempotency-Key, once', async () => {
    const fetch = scriptedFetch(created());
    const outbox = make({ fetch });
    const id = '3f2b8c1e-9a4d-4c7e-8b1f-2d6a5e9c0b7a';
    const entry = await outbox.enqueue('/v1/consultations', consultation, { id });
    assert.equal(entry.id, id);
    const again = await outbox.enqueue('/v1/consultations', consultation, { id });
    assert.equal(again.id, id);
    await outbox.flush();
    await outbox.flush();
    assert.deepEqual(
      fetch.seen.map((r) => r.key),
      [id],
      'sent once, with the key the server may already know',
    );
    assert.equal((await outbox.list()).length, 1);
    await assert.rejects(outbox.enqueue('/v1/consultations', consultation, { id: 'x y' }), TypeError);
  });

  it('schedules retries with full-jitter back-off and honours Retry-After', async () => {
    const fetch = scriptedFetch(networkDown(), json(502, {}), json(429, {}, { 'Retry-After': '7' }), json(500, {}));
    const outbox = make({ fetch });
    const { id } = await outbox.enqueue('/v1/ratings', { level: 5 });
    const next: (number | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      await outbox.flush();
      next.push((await outbox.get(id))?.nextAttemptAt);
    }
    // now = 1000, random = 0.5: half of 1 s, 2 s, then Retry-After 7 s over half of 4 s, then half of 8 s.
    assert.deepEqual(next, [1500, 2000, 8000, 5000]);
    const entry = await outbox.get(id);
    assert.deepEqual(entry?.lastFailure, { kind: 'server', status: 500 });
  });

  it('marks a 4xx other than 408 and 429 failed, keeps the server error with each field code and does not retry', async () => {
    const error = {
      error: {
        code: 'validation',
        message: '手机号码格式不正确',
        fields: [
          { path: 'contact.mobile', message: '手机号码格式不正确', code: 'mobile.prefix' },
          // A code that is not a string is no code.
          { path: 'locale', message: '不支持的语言', code: 7 },
        ],
      },
    };
    const fetch = scriptedFetch(json(400, error));
    const outbox = make({ fetch });
    const statuses = statusesOf(outbox);
    const { id } = await outbox.enqueue('/v1/consultations', consultation);
    await outbox.flush();
    await outbox.flush();
    const entry = await outbox.get(id);
    assert.deepEqual(statuses, ['queued', 'sending', 'failed']);
    assert.equal(fetch.seen.length, 1);
    assert.deepEqual(entry?.error, {
      status: 400,
      code: 'validation',
      message: '手机号码格式不正确',
      fields: [
        { path: 'contact.mobile', message: '手机号码格式不正确', code: 'mobile.prefix' },
        { path: 'locale', message: '不支持的语言' },
      ],
    });
    assert.deepEqual(entry?.body, consultation, 'kept, so the form can offer to correct it');
  });

  it('treats 5xx as retryable and a 409 as final', async () => {
    const fetch = scriptedFetch(
      json(500, { error: { code: 'internal', message: 'x' } }),
      json(409, { error: { code: 'idempotency_conflict', message: 'x' } }),
    );
    const outbox = make({ fetch });
    const { id } = await outbox.enqueue('/v1/consultations', consultation);
    await outbox.flush();
    assert.equal((await outbox.get(id))?.status, 'retrying');
    await outbox.flush();
    const entry = await outbox.get(id);
    assert.equal(entry?.status, 'failed');
    assert.equal(entry?.error?.code, 'idempotency_conflict');
  });

  it('does not take a 200 login page from a captive portal for delivery', async () => {
    const portal = new Response('<html>请登录 Wi-Fi</html>', { status: 200, headers: { 'Content-Type': 'text/html' } });
    const fetch = scriptedFetch(portal, created());
    const outbox = make({ fetch });
    const { id } = await outbox.enqueue('/v1/consultations', consultation);
    await outbox.flush();
    assert.deepEqual((await outbox.get(id))?.lastFailure, { kind: 'invalid-response', status: 200 });
    await outbox.flush();
    assert.equal((await outbox.get(id))?.status, 'sent');
  });

  it('survives a reload: a new outbox on the same database resumes with the same key', async () => {
    const dbName = 'outbox-reload';
    const before = make({ dbName, fetch: scriptedFetch(networkDown()) });
    const { id } = await before.enqueue('/v1/consultations', consultation);
    await before.flush();
    assert.equal((await before.get(id))?.status, 'retrying');
    before.stop();

    const fetch = scriptedFetch(created());
    // The page is reloaded after the back-off delay has passed.
    const after = make({ dbName, fetch, now: () => 60_000 });
    const sent = statusReached(after, id, 'sent');
    after.start();
    await sent;
    assert.deepEqual(
      fetch.seen.map((r) => r.key),
      [id],
    );
    assert.equal((await after.list()).length, 1);
  });

  it('retries on the timer start() arms, at the scheduled time', async () => {
    const timers = new FakeTimers();
    let now = 1000;
    const fetch = scriptedFetch(json(503, {}), created());
    const outbox = make({ fetch, timers, now: () => now });
    outbox.start();
    const { id } = await outbox.enqueue('/v1/consultations', consultation);
    await statusReached(outbox, id, 'retrying');
    // The 500 ms back-off (random 0.5 × 1 s) is what the outbox waits for, not the 30 s sweep.
    await timers.armed(500);
    assert.equal(fetch.seen.length, 1);
    now = 1500;
    const sent = statusReached(outbox, id, 'sent');
    timers.fire(500);
    await sent;
    assert.equal(fetch.seen.length, 2);
  });

  it('forgets an entry, even one in flight, without it coming back', async () => {
    const release = deferred();
    const fetch = scriptedFetch(async () => {
      await release.promise;
      return created();
    });
    const outbox = make({ fetch });
    const { id } = await outbox.enqueue('/v1/consultations', consultation);
    await statusReached(outbox, id, 'sending');
    await outbox.forget(id);
    release.resolve();
    await outbox.flush();
    assert.equal(await outbox.get(id), undefined);
    assert.deepEqual(await outbox.list(), []);
  });

  it('ephemeral: entries live in this outbox only', async () => {
    const dbName = 'outbox-ephemeral';
    const kiosk = make({ dbName, ephemeral: true, fetch: scriptedFetch(networkDown()) });
    await kiosk.enqueue('/v1/consultations', consultation);
    assert.equal(await kiosk.durable(), false);
    assert.equal((await kiosk.list()).length, 1);
    const other = make({ dbName, fetch: scriptedFetch(created()) });
    assert.equal(await other.durable(), true);
    assert.deepEqual(await other.list(), []);
  });

  it('two tabs (IndexedDB lease): an entry in flight in one is not sent by the other', async () => {
    const dbName = 'outbox-two-tabs';
    const release = deferred();
    const fetchA = scriptedFetch(async () => {
      await release.promise;
      return created();
    });
    const fetchB = scriptedFetch(created());
    const tabA = make({ dbName, fetch: fetchA });
    const tabB = make({ dbName, fetch: fetchB });
    const { id } = await tabA.enqueue('/v1/consultations', consultation);
    await statusReached(tabA, id, 'sending');
    await tabB.flush();
    assert.equal(fetchB.seen.length, 0, 'tab B left it to tab A');
    release.resolve();
    await tabA.flush();
    await tabB.flush();
    assert.equal(fetchA.seen.length, 1);
    assert.equal(fetchB.seen.length, 0);
    assert.equal((await tabB.get(id))?.status, 'sent');
  });

  it('two tabs flushing the same backlog at once send each entry exactly once', async () => {
    const dbName = 'outbox-backlog';
    const offline = make({ dbName, fetch: scriptedFetch(networkDown()) });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await offline.enqueue('/v1/ratings', { level: 5, i })).id);
    await offline.flush();
    offline.stop();
    const fetchA = scriptedFetch(created());
    const fetchB = scriptedFetch(created());
    const tabA = make({ dbName, fetch: fetchA });
    const tabB = make({ dbName, fetch: fetchB });
    await Promise.all([tabA.flush(), tabB.flush()]);
    const keys = [...fetchA.seen, ...fetchB.seen].map((r) => r.key).sort();
    assert.deepEqual(keys, [...ids].sort());
    assert.ok((await tabA.list()).every((e) => e.status === 'sent'));
  });

  it('a tab working from an older list does not resend what another tab delivered meanwhile', async () => {
    const dbName = 'outbox-stale-list';
    let now = 1000;
    // Entries go out oldest first; distinct creation times make that order certain.
    const offline = make({ dbName, fetch: scriptedFetch(networkDown()), now: () => now++ });
    const first = await offline.enqueue('/v1/ratings', { level: 5, n: 1 });
    const second = await offline.enqueue('/v1/ratings', { level: 4, n: 2 });
    await offline.flush();
    offline.stop();

    const release = deferred();
    const fetchB = scriptedFetch(async () => {
      await release.promise;
      return created();
    }, created());
    const tabB = make({ dbName, fetch: fetchB, now: () => 60_000 });
    const fetchA = scriptedFetch(created());
    const tabA = make({ dbName, fetch: fetchA, now: () => 60_000 });
    // Tab B lists both entries and is busy sending the first...
    const flushB = tabB.flush();
    await statusReached(tabB, first.id, 'sending');
    // ...while tab A delivers the second.
    await tabA.flush();
    assert.deepEqual(
      fetchA.seen.map((r) => r.key),
      [second.id],
    );
    release.resolve();
    await flushB;
    assert.deepEqual(
      fetchB.seen.map((r) => r.key),
      [first.id],
      'tab B re-read the second entry under its lock and left it',
    );
  });

  it('a lease left by a crashed tab expires and the entry is sent', async () => {
    const dbName = 'outbox-crash';
    let now = 1000;
    const hang = scriptedFetch(() => new Promise<Response>(() => undefined));
    const crashed = make({ dbName, fetch: hang, now: () => now });
    const { id } = await crashed.enqueue('/v1/consultations', consultation);
    await statusReached(crashed, id, 'sending');
    const fetch = scriptedFetch(created());
    const survivor = make({ dbName, fetch, now: () => now });
    await survivor.flush();
    assert.equal(fetch.seen.length, 0, 'still leased');
    now += 61_000;
    await survivor.flush();
    assert.deepEqual(
      fetch.seen.map((r) => r.key),
      [id],
    );
  });

  it('sends from memory when IndexedDB refuses the write (quota)', async () => {
    const proto = globalThis.IDBObjectStore.prototype;
    const put = Object.getOwnPropertyDescriptor(proto, 'put')!;
    Object.defineProperty(proto, 'put', {
      configurable: true,
      value() {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    });
    try {
      const fetch = scriptedFetch(created());
      const outbox = make({ fetch });
      const { id } = await outbox.enqueue('/v1/consultations', consultation);
      await outbox.flush();
      assert.equal((await outbox.get(id))?.status, 'sent');
      assert.deepEqual(
        fetch.seen.map((r) => r.key),
        [id],
      );
    } finally {
      Object.defineProperty(proto, 'put', put);
    }
  });

  it('refuses a body that is not JSON before storing anything', async () => {
    const outbox = make({ fetch: scriptedFetch(created()) });
    await assert.rejects(outbox.enqueue('/v1/events', undefined), TypeError);
    assert.deepEqual(await outbox.list(), []);
  });
});
