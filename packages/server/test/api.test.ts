import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  ConsultationCreated,
  ConsultationExport,
  ConsultationView,
  ErrorBody,
  REFERENCE_PATTERN,
} from '@yizhan/catalogue';
import { describeEachBackend } from './helpers/backends.js';
import { call, consultationBody, startTestServer, submit, type TestServer, catalogueDir } from './helpers/server.js';
import { startServer } from '../src/index.js';
import { openStorage } from '../src/storage/index.js';

/** Tuesday 24 November 2026, 10:00 in Shanghai. */
const NOW = new Date('2026-11-24T02:00:00.000Z');
const PORTAL = 'https://ip.chengdu.example.cn';

const bundleDir = (): string =>
  catalogueDir({
    items: [
      { id: 'tm-renewal', name: { 'zh-CN': '商标续展', en: 'Trademark renewal' } },
      { id: 'patent-pledge', name: { 'zh-CN': '专利权质押登记' } },
    ],
    outlets: [{ id: 'cd-ip-centre', name: { 'zh-CN': '成都市知识产权服务中心' } }],
  });

const errorOf = (body: unknown) => ErrorBody.parse(body).error;

describeEachBackend('intake API over HTTP', (backend) => {
  let t: TestServer;
  let url: string;
  before(async () => {
    t = await startTestServer(backend, { now: () => NOW, bundleDir: bundleDir(), allowedOrigins: [PORTAL] });
    url = t.url;
  });
  after(async () => t?.done());

  it('reports health and serves an OpenAPI document generated from the schemas', async () => {
    const health = await call(`${url}/v1/health`);
    assert.equal(health.status, 200);
    assert.deepEqual(health.body, { ok: true, db: backend.name, version: '0.1.0' });
    const doc = (await call(`${url}/v1/openapi.json`)).body as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(doc.paths['/v1/consultations/{reference}/export']);
    assert.ok(doc.components.schemas['ConsultationInput']?.properties?.['replyChannel']);
  });

  it('takes a consultation: reference, tokens, promised date in working days', async () => {
    const reply = await submit(url);
    assert.equal(reply.status, 201);
    const created = ConsultationCreated.parse(reply.body);
    assert.match(created.reference, REFERENCE_PATTERN);
    assert.ok(created.reference.startsWith('YZ-20261124-'));
    assert.equal(created.status, 'received');
    assert.equal(created.dueDate, '2026-11-27');
    assert.notEqual(created.token, created.ratingToken);

    const view = await call(`${url}/v1/consultations/${created.reference}`, {
      headers: { authorization: `Bearer ${created.token}` },
    });
    assert.equal(view.status, 200);
    assert.equal(view.headers.get('cache-control'), 'no-store');
    assert.deepEqual(ConsultationView.parse(view.body), {
      reference: created.reference,
      status: 'received',
      topic: 'trademark',
      itemId: 'tm-renewal',
      outletId: 'cd-ip-centre',
      createdAt: NOW.toISOString(),
      dueDate: '2026-11-27',
    });
  });

  it('replays the same key and body, refuses the key with another body, requires a key', async () => {
    const key = randomUUID();
    const first = await submit(url, consultationBody(), key);
    // Same content with keys in another order: the same request.
    const { question, ...rest } = consultationBody();
    const again = await submit(url, { question, ...rest }, key);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(again.body, first.body);
    const other = await submit(url, consultationBody({ question: '另一个问题：怎么办理？' }), key, {
      'accept-language': 'en',
    });
    assert.equal(other.status, 409);
    assert.equal(errorOf(other.body).code, 'idempotency_conflict');
    assert.match(errorOf(other.body).message, /different submission/);

    const keyless = await call(`${url}/v1/consultations`, { body: consultationBody() });
    assert.equal(keyless.status, 400);
    assert.match(errorOf(keyless.body).message, /Idempotency-Key/);
  });

  it('explains invalid fields in the language asked for', async () => {
    const zh = await submit(url, consultationBody({ contact: { mobile: '12800138000' } }));
    assert.equal(zh.status, 400);
    assert.deepEqual(errorOf(zh.body), {
      code: 'validation',
      message: '提交的内容有误，请检查标出的字段',
      fields: [
        { path: 'contact.mobile', message: '不是有效的中国大陆手机号码（应以 13–19 开头）', code: 'mobile.prefix' },
      ],
    });
    const en = await submit(url, consultationBody({ itemId: 'no-such-item', topic: 'weather' }), randomUUID(), {
      'accept-language': 'fr-FR, en;q=0.8, zh;q=0.5',
    });
    assert.equal(en.status, 400);
    assert.deepEqual(
      errorOf(en.body).fields?.map((f) => f.path),
      ['topic'],
    );
    assert.match(errorOf(en.body).message, /not valid/);
    const unknownItem = await submit(url, consultationBody({ itemId: 'no-such-item' }), randomUUID(), {
      'accept-language': 'en',
    });
    assert.deepEqual(errorOf(unknownItem.body).fields, [
      { path: 'itemId', code: 'unknownItem', message: 'The catalogue has no service item “no-such-item”' },
    ]);
  });

  it('keeps only the contact the reply goes to', async () => {
    const created = ConsultationCreated.parse((await submit(url)).body);
    const exported = await call(`${url}/v1/consultations/${created.reference}/export`, {
      headers: { authorization: `Bearer ${created.token}` },
    });
    assert.equal(exported.status, 200);
    assert.deepEqual((exported.body as { contact: unknown }).contact, { name: '王女士', mobile: '13800138000' });
  });

  it('exports and erases by reference and token', async () => {
    const created = ConsultationCreated.parse((await submit(url)).body);
    const auth = { authorization: `Bearer ${created.token}` };
    const wrong = await call(`${url}/v1/consultations/${created.reference}/export`, {
      headers: { authorization: `Bearer ${created.ratingToken}` },
    });
    assert.equal(wrong.status, 404);
    assert.equal((await call(`${url}/v1/consultations/${created.reference}`)).status, 401);
    const erased = await call(`${url}/v1/consultations/${created.reference}`, { method: 'DELETE', headers: auth });
    assert.equal(erased.status, 200);
    assert.equal((erased.body as { erasedAt: string }).erasedAt, NOW.toISOString());
    const after = (await call(`${url}/v1/consultations/${created.reference}/export`, { headers: auth })).body as Record<
      string,
      unknown
    >;
    assert.deepEqual(after['contact'], {});
    assert.equal(after['question'], null);
    assert.equal(after['erasedAt'], NOW.toISOString());
    assert.equal(after['topic'], 'trademark');
    // The progress view says so too, so a status link opened later can tell the requester.
    const progress = ConsultationView.parse(
      (await call(`${url}/v1/consultations/${created.reference}`, { headers: auth })).body,
    );
    assert.equal(progress.erasedAt, NOW.toISOString());
    const again = await call(`${url}/v1/consultations/${created.reference}`, { method: 'DELETE', headers: auth });
    assert.equal(again.status, 200);
  });

  it('takes one rating per token and opens a rectification case for a bad one', async () => {
    const created = ConsultationCreated.parse((await submit(url)).body);
    const rating = {
      token: created.ratingToken,
      target: { type: 'consultation', id: created.reference },
      level: 2,
      tags: ['slow-reply'],
      comment: '等了很久',
      channel: 'web',
      locale: 'zh-CN',
    };
    const first = await call(`${url}/v1/ratings`, { body: rating });
    assert.equal(first.status, 201);
    const body = first.body as { id: string; rectification: { caseId: string; dueDate: string } };
    // Five working days from Tuesday 24 November: Tuesday 1 December.
    assert.equal(body.rectification.dueDate, '2026-12-01');
    const replay = await call(`${url}/v1/ratings`, { body: rating });
    assert.equal(replay.status, 201);
    assert.deepEqual(replay.body, first.body);
    const changed = await call(`${url}/v1/ratings`, { body: { ...rating, level: 5, tags: [] } });
    assert.equal(changed.status, 409);
    assert.equal(errorOf(changed.body).code, 'conflict');
    const stolen = await call(`${url}/v1/ratings`, { body: { ...rating, token: created.token } });
    assert.equal(stolen.status, 404);

    const item = await call(`${url}/v1/ratings`, {
      body: { ...rating, token: randomUUID(), target: { type: 'item', id: 'tm-renewal' }, level: 5, tags: ['fast'] },
    });
    assert.equal(item.status, 201);
    assert.equal((item.body as { rectification?: unknown }).rectification, undefined);
    const unknown = await call(`${url}/v1/ratings`, {
      body: { ...rating, token: randomUUID(), target: { type: 'outlet', id: 'nowhere' } },
    });
    assert.equal(unknown.status, 400);
    assert.equal(errorOf(unknown.body).fields?.[0]?.path, 'target.id');
  });

  it('counts demand events per day without storing them one by one', async () => {
    const events = {
      events: [
        { type: 'search', query: '  商标续展 ', resultCount: 3, channel: 'web', locale: 'zh-CN' },
        { type: 'search', query: '商标续展', resultCount: 2, channel: 'web', locale: 'zh-CN' },
        { type: 'search', query: '天气预报', resultCount: 0, channel: 'kiosk', locale: 'zh-CN' },
        { type: 'search', query: '我的手机 13800138000', resultCount: 0, channel: 'web' },
        { type: 'view', itemId: 'tm-renewal', channel: 'web' },
        { type: 'view', itemId: 'not-in-catalogue', channel: 'web' },
        { type: 'select', query: 'sbxz', itemId: 'tm-renewal', channel: 'web' },
      ],
    };
    const key = randomUUID();
    const reply = await call(`${url}/v1/events`, { body: events, headers: { 'idempotency-key': key } });
    assert.equal(reply.status, 202);
    assert.deepEqual(reply.body, { accepted: 6 });
    const replay = await call(`${url}/v1/events`, { body: events, headers: { 'idempotency-key': key } });
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    // sendBeacon sends text/plain; /v1/events accepts it.
    const beacon = await call(`${url}/v1/events`, {
      raw: JSON.stringify({ events: [events.events[4]] }),
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
    });
    assert.equal(beacon.status, 202);

    await t.server.flushEvents();
    const storage = t.server.storage;
    assert.deepEqual(await storage.topCounters('search', '2026-11-24', '2026-11-24', 10), [
      { key: '商标续展', count: 2 },
      { key: '天气预报', count: 1 },
      { key: '我的手机 #', count: 1 },
    ]);
    assert.deepEqual(await storage.topCounters('zero', '2026-11-24', '2026-11-24', 10), [
      { key: '天气预报', count: 1 },
      { key: '我的手机 #', count: 1 },
    ]);
    assert.deepEqual(await storage.topCounters('view', '2026-11-24', '2026-11-24', 10), [
      { key: 'tm-renewal', count: 2 },
    ]);
  });

  it('answers malformed requests with the documented 4xx', async () => {
    const big = await submit(url, consultationBody({ question: '问'.repeat(30_000) }));
    assert.equal(big.status, 413);
    assert.equal(errorOf(big.body).code, 'payload_too_large');
    const text = await call(`${url}/v1/consultations`, {
      raw: 'hello',
      headers: { 'content-type': 'text/plain', 'idempotency-key': randomUUID() },
    });
    assert.equal(text.status, 415);
    assert.equal(errorOf(text.body).code, 'unsupported_media_type');
    const broken = await call(`${url}/v1/consultations`, {
      raw: '{"topic": ',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    });
    assert.equal(broken.status, 400);
    assert.equal(errorOf(broken.body).message, '请求内容不是有效的 JSON');
    const poisoned = await call(`${url}/v1/events`, {
      raw: '{"events": [], "__proto__": {"admin": true}}',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(poisoned.status, 400);
    const missing = await call(`${url}/v1/nothing-here`);
    assert.equal(missing.status, 404);
    assert.equal(errorOf(missing.body).code, 'not_found');
  });

  it('refuses C1 control characters in free text, as it does the other control characters', async () => {
    const cases = [
      { question: '商标续展需要哪些材料？\u009b31m' },
      { question: '商标续展需要\u0085哪些材料？' },
      { contact: { name: '王\u0080女士', mobile: '13800138000' } },
    ];
    for (const over of cases) {
      const reply = await submit(url, consultationBody(over), randomUUID(), { 'accept-language': 'en' });
      assert.equal(reply.status, 400, JSON.stringify(over));
      assert.deepEqual(
        errorOf(reply.body).fields?.map((f) => f.code),
        ['intake.controlCharacters'],
      );
    }
    const created = ConsultationCreated.parse((await submit(url)).body);
    const comment = await call(`${url}/v1/ratings`, {
      body: {
        token: created.ratingToken,
        target: { type: 'consultation', id: created.reference },
        level: 5,
        comment: '很好\u009f',
        channel: 'web',
        locale: 'zh-CN',
      },
    });
    assert.equal(comment.status, 400);
    assert.equal(errorOf(comment.body).fields?.[0]?.path, 'comment');
    // Tabs and line breaks stay allowed.
    assert.equal((await submit(url, consultationBody({ question: '第一行\n第二行\t续展材料？' }))).status, 201);
  });

  it('masks phone numbers in demand queries whatever separates their digits', async () => {
    const queries = [
      '回电 138.0013.8000',
      '回电 138_0013_8000',
      '回电 138 0013 8000',
      '回电 １３８．００１３．８０００',
      '回电 138－0013－8000',
      '回电 138/0013/8000',
      '回电 138 - 0013 - 8000',
    ];
    const reply = await call(`${url}/v1/events`, {
      body: { events: queries.map((query) => ({ type: 'search', query, resultCount: 0, channel: 'web' })) },
      headers: { 'idempotency-key': randomUUID() },
    });
    assert.equal(reply.status, 202);
    await t.server.flushEvents();
    const keys = (await t.server.storage.topCounters('search', '2026-11-24', '2026-11-24', 100)).map((c) => c.key);
    assert.deepEqual(
      keys.filter((k) => k.startsWith('回电')),
      ['回电 #'],
    );
    assert.ok(!keys.some((k) => /0013|8000/.test(k)), keys.join(' | '));
  });

  it('takes a consent time near the server clock only, so exports keep the documented shape', async () => {
    const consent = (acceptedAt: string) => consultationBody({ consent: { noticeVersion: '2025-01', acceptedAt } });
    // Year 0, the far future, two days ahead, and longer ago than the 180-day retention period.
    for (const acceptedAt of [
      '0000-01-01T00:00:00+01:00',
      '9999-12-31T23:59:59-01:00',
      '2026-11-26T03:00:00Z',
      '2026-05-01T10:00:00+08:00',
    ]) {
      const reply = await submit(url, consent(acceptedAt), randomUUID(), { 'accept-language': 'en' });
      assert.equal(reply.status, 400, acceptedAt);
      assert.deepEqual(
        errorOf(reply.body).fields?.map((f) => [f.path, f.code, f.message]),
        [
          [
            'consent.acceptedAt',
            'intake.consentTime',
            'The time the notice was accepted is too far from now; check the device clock and submit again',
          ],
        ],
        acceptedAt,
      );
    }
    // A device clock an hour fast, and a form that waited a week in an offline outbox.
    for (const acceptedAt of ['2026-11-24T11:00:00+08:00', '2026-11-17T10:00:00+08:00']) {
      const created = ConsultationCreated.parse((await submit(url, consent(acceptedAt))).body);
      const exported = await call(`${url}/v1/consultations/${created.reference}/export`, {
        headers: { authorization: `Bearer ${created.token}` },
      });
      assert.equal(ConsultationExport.parse(exported.body).consent.acceptedAt, new Date(acceptedAt).toISOString());
    }
  });

  it('allows configured portal origins only, and sets security headers', async () => {
    const preflight = await fetch(`${url}/v1/consultations`, {
      method: 'OPTIONS',
      headers: {
        origin: PORTAL,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,idempotency-key',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), PORTAL);
    const allowed = await submit(url, consultationBody(), randomUUID(), { origin: PORTAL });
    assert.equal(allowed.status, 201);
    assert.equal(allowed.headers.get('access-control-allow-origin'), PORTAL);
    const foreign = await submit(url, consultationBody(), randomUUID(), { origin: 'https://evil.example' });
    assert.equal(foreign.status, 403);
    assert.equal(errorOf(foreign.body).code, 'forbidden_origin');
    assert.match(allowed.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.equal(allowed.headers.get('x-content-type-options'), 'nosniff');
  });
});

describeEachBackend('rate limits', (backend) => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer(backend, {
      rateLimit: { perIp: { max: 5, windowMs: 60_000 }, perToken: { max: 2, windowMs: 60_000 } },
    });
  });
  after(async () => t?.done());

  it('limits per token, then per client address, with Retry-After', async () => {
    const created = ConsultationCreated.parse((await submit(t.url)).body);
    const auth = { authorization: `Bearer ${created.token}` };
    const path = `${t.url}/v1/consultations/${created.reference}`;
    assert.equal((await call(path, { headers: auth })).status, 200);
    assert.equal((await call(path, { headers: auth })).status, 200);
    const limited = await call(path, { headers: { ...auth, 'accept-language': 'en' } });
    assert.equal(limited.status, 429);
    assert.equal(errorOf(limited.body).code, 'rate_limited');
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    assert.match(errorOf(limited.body).message, /try again in \d+ seconds/);
    // Four requests so far from this address; the fifth passes, the sixth is refused.
    assert.equal((await call(`${t.url}/v1/health`)).status, 200);
    const ip = await call(`${t.url}/v1/health`);
    assert.equal(ip.status, 429);
    assert.ok(Number(ip.headers.get('retry-after')) > 0);
  });
});

describeEachBackend('buffered demand counters', (backend) => {
  it('writes counts held in memory when the server shuts down', async () => {
    const { db, drop } = await backend.fresh();
    try {
      const server = await startServer({
        port: 0,
        db,
        purgeIntervalMinutes: 0,
        eventFlushMs: 3_600_000,
        now: () => NOW,
      });
      const batch = { events: [{ type: 'search', query: '专利年费', resultCount: 0, channel: 'web' }] };
      for (let i = 0; i < 3; i++) assert.equal((await call(`${server.url}/v1/events`, { body: batch })).status, 202);
      await server.close();
      const storage = openStorage(db);
      try {
        assert.deepEqual(await storage.topCounters('zero', '2026-11-24', '2026-11-24', 10), [
          { key: '专利年费', count: 3 },
        ]);
      } finally {
        await storage.close();
      }
    } finally {
      await drop();
    }
  });
});

describeEachBackend('retention purge', (backend) => {
  it('erases the personal data of consultations older than the retention period, and only those', async () => {
    let now = NOW;
    const t = await startTestServer(backend, { now: () => now, retentionDays: 30 });
    try {
      const old = ConsultationCreated.parse((await submit(t.url)).body);
      now = new Date(NOW.getTime() + 20 * 86_400_000);
      const recent = ConsultationCreated.parse((await submit(t.url)).body);
      now = new Date(NOW.getTime() + 31 * 86_400_000);
      const result = await t.server.purge();
      assert.equal(result.consultationsErased, 1);
      const exported = async (c: { reference: string; token: string }) =>
        (
          await call(`${t.url}/v1/consultations/${c.reference}/export`, {
            headers: { authorization: `Bearer ${c.token}` },
          })
        ).body as { contact: Record<string, string>; erasedAt?: string };
      assert.deepEqual((await exported(old)).contact, {});
      assert.equal((await exported(old)).erasedAt, now.toISOString());
      assert.equal((await exported(recent)).contact['mobile'], '13800138000');
    } finally {
      await t.done();
    }
  });
});
