import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { ConsultationInput, ErrorBody, EventsInput, RatingInput } from '@yizhan/catalogue';
import type { z } from 'zod';
import type { Storage } from '../src/storage/types.js';
import { describeEachBackend } from './helpers/backends.js';
import { Browser } from './helpers/browser.js';
import { call, consultationBody, startTestServer, type Reply, type TestServer } from './helpers/server.js';
import { hashPassword } from '../src/index.js';

/**
 * Property-based fuzzing of every endpoint over real HTTP: malformed bodies and headers always
 * get a 4xx in the documented error shape with a message, never a 5xx, and nothing is stored.
 */
const RUNS = Number(process.env['YIZHAN_FUZZ_RUNS'] ?? 60);

const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 80,
});
const anyText = fc.string({ unit: 'binary', maxLength: 60 });

/** A JSON value of any shape, including the awkward ones (deep nesting, huge numbers, odd keys). */
const jsonValue = fc.jsonValue({ maxDepth: 4 });

/** Only bodies the schema refuses: a mutation can land on a valid value (level 1 is a level). */
const invalidFor = (schema: z.ZodType) => (body: unknown) => !schema.safeParse(body).success;

/** A valid body with one thing broken: a field removed, retyped, or an unknown field added. */
function broken(valid: Record<string, unknown>, required: string[]) {
  const keys = Object.keys(valid);
  return fc.oneof(
    fc.constantFrom(...required).map((k) => {
      const copy = { ...valid };
      delete copy[k];
      return copy;
    }),
    fc.tuple(fc.constantFrom(...keys), jsonValue).map(([k, v]) => ({ ...valid, [k]: typeof v === 'string' ? [v] : v })),
    fc
      .tuple(
        printable.filter((k) => k.length > 0 && !keys.includes(k) && k !== '__proto__'),
        jsonValue,
      )
      .map(([k, v]) => ({
        ...valid,
        [k]: v,
      })),
    fc.record({ contact: fc.record({ mobile: anyText, email: anyText }) }).map((over) => ({ ...valid, ...over })),
    anyText.map((question) => ({ ...valid, question: `${question}\u0000` })),
  );
}

const headerSets = fc.record(
  {
    'content-type': fc.constantFrom(
      'application/json',
      'text/plain',
      'application/xml',
      'application/json; charset=gbk',
      'multipart/form-data; boundary=x',
      '',
    ),
    'accept-language': fc.oneof(printable, fc.constantFrom('en', 'zh-CN', 'ja;q=0.1, *', 'xx-YY')),
    authorization: fc.oneof(
      printable,
      printable.map((p) => `Bearer ${p}`),
    ),
    origin: fc.constantFrom('https://evil.example', 'null', 'http://127.0.0.1'),
  },
  { requiredKeys: [] },
);

function assertClientError(reply: Reply, what: string) {
  assert.ok(reply.status >= 400 && reply.status < 500, `${what}: got ${reply.status} ${JSON.stringify(reply.body)}`);
  const parsed = ErrorBody.safeParse(reply.body);
  assert.ok(parsed.success, `${what}: error body not in the documented shape: ${JSON.stringify(reply.body)}`);
  assert.ok(parsed.data.error.message.length > 0);
  assert.doesNotMatch(JSON.stringify(reply.body), /at .*\.ts:\d+|node_modules/, 'no stack traces');
}

async function snapshot(storage: Storage) {
  const consultations = (await storage.listConsultations({ limit: 1, offset: 0 })).total;
  const ratings = (await storage.ratingsBy('day', '2000-01-01', '2999-12-31')).reduce((n, r) => n + r.count, 0);
  const counters = await Promise.all(
    (['search', 'zero', 'view', 'select'] as const).map((k) =>
      storage.topCounters(k, '2000-01-01', '2999-12-31', 1000),
    ),
  );
  return { consultations, ratings, counters };
}

describeEachBackend('fuzzing every endpoint', (backend) => {
  let t: TestServer;
  let before_: Awaited<ReturnType<typeof snapshot>>;
  before(async () => {
    t = await startTestServer(backend, { rateLimit: false });
    before_ = await snapshot(t.server.storage);
  });
  after(async () => t?.done());

  it('POST /v1/consultations: malformed bodies and headers', async () => {
    const valid = consultationBody();
    await fc.assert(
      fc.asyncProperty(
        fc
          .oneof(
            broken(valid, ['topic', 'channel', 'locale', 'question', 'contact', 'replyChannel', 'consent']),
            jsonValue,
          )
          .filter(invalidFor(ConsultationInput)),
        async (body) => {
          assertClientError(
            await call(`${t.url}/v1/consultations`, { body, headers: { 'idempotency-key': randomUUID() } }),
            'body',
          );
        },
      ),
      { numRuns: RUNS },
    );
    await fc.assert(
      fc.asyncProperty(headerSets, printable, async (headers, key) => {
        const reply = await call(`${t.url}/v1/consultations`, {
          raw: JSON.stringify(valid),
          headers: { ...headers, 'idempotency-key': `${key}\u00a7`.replace(/[^\x20-\x7e]/g, '!') },
        });
        assertClientError(reply, JSON.stringify(headers));
      }),
      { numRuns: RUNS },
    );
  });

  it('POST /v1/ratings and /v1/events: malformed bodies', async () => {
    const rating = {
      token: randomUUID(),
      target: { type: 'item', id: 'tm-renewal' },
      level: 2,
      tags: ['slow-reply'],
      channel: 'web',
      locale: 'zh-CN',
    };
    await fc.assert(
      fc.asyncProperty(
        fc
          .oneof(broken(rating, ['token', 'target', 'level', 'channel', 'locale']), jsonValue)
          .filter(invalidFor(RatingInput)),
        async (body) => {
          assertClientError(await call(`${t.url}/v1/ratings`, { body }), 'rating');
        },
      ),
      { numRuns: RUNS },
    );
    const event = { type: 'search', query: '商标', resultCount: 0, channel: 'web' };
    await fc.assert(
      fc.asyncProperty(
        fc
          .oneof(
            broken(event, ['type', 'query', 'resultCount', 'channel']).map((e) => ({ events: [e] })),
            fc.array(jsonValue, { maxLength: 3 }).map((events) => ({ events: [...events, { type: 'view' }] })),
            fc.constant({ events: Array.from({ length: 101 }, () => event) }),
            jsonValue,
          )
          .filter(invalidFor(EventsInput)),
        async (body) => {
          assertClientError(await call(`${t.url}/v1/events`, { body }), 'events');
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('raw bytes that are not JSON, on every POST', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/v1/consultations', '/v1/ratings', '/v1/events'),
        fc.oneof(
          anyText,
          fc.constantFrom(
            '{',
            '[1,',
            '{"a":1}}',
            '\ufeff{}',
            'null',
            '{"__proto__":{"x":1}}',
            '{"constructor":{"prototype":{}}}',
          ),
        ),
        async (path, raw) => {
          const reply = await call(`${t.url}${path}`, {
            raw,
            headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          });
          assertClientError(reply, `${path} ${JSON.stringify(raw)}`);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('reads, exports and deletes with made-up references and tokens', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'DELETE', 'EXPORT'),
        fc.oneof(printable, fc.constant('YZ-20261124-7K3Q9P')),
        fc.oneof(printable, fc.base64String({ minLength: 16, maxLength: 64 })),
        async (method, reference, token) => {
          const path = `${t.url}/v1/consultations/${encodeURIComponent(reference)}${method === 'EXPORT' ? '/export' : ''}`;
          const reply = await call(path, {
            method: method === 'EXPORT' ? 'GET' : method,
            headers: { authorization: `Bearer ${token}` },
          });
          assertClientError(reply, `${method} ${reference}`);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('console: sign-in and staff forms with malformed bodies, pages with malformed queries', async () => {
    await t.server.storage.createStaff({
      username: 'fuzz-admin',
      displayName: 'Fuzz',
      passwordHash: await hashPassword('fuzz password 123'),
      role: 'admin',
      outletIds: [],
      createdAt: new Date().toISOString(),
    });
    const formValue = fc.oneof(anyText, fc.array(anyText, { maxLength: 3 }));
    const form = fc.dictionary(
      fc.constantFrom('_csrf', 'username', 'password', 'text', 'staffId', 'role', 'outletIds', 'x'),
      formValue,
    );
    const assertConsoleError = (status: number, html: string, what: string) => {
      assert.ok(status >= 400 && status < 500, `${what}: got ${status}`);
      assert.match(html, /role="alert"/, `${what}: no error message shown`);
    };
    await fc.assert(
      fc.asyncProperty(form, async (fields) => {
        const browser = new Browser(t.url);
        // No sign-in cookie: whatever the form says, it is refused before a password is checked.
        const reply = await browser.post('/console/login', fields as Record<string, string | string[]>);
        assertConsoleError(reply.status, reply.html, `login ${JSON.stringify(fields)}`);
      }),
      { numRuns: RUNS },
    );
    const admin = new Browser(t.url);
    assert.equal((await admin.signIn('fuzz-admin', 'fuzz password 123')).status, 303);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '/console/staff',
          '/console/logout',
          '/console/cases/YZ-20261124-7K3Q9P/answer',
          '/console/rectifications/RC-20261124-7K3Q9P/resolve',
        ),
        form.filter((f) => f['_csrf'] === undefined),
        async (path, fields) => {
          const reply = await admin.post(path, fields as Record<string, string | string[]>);
          assertConsoleError(reply.status, reply.html, `${path} ${JSON.stringify(fields)}`);
        },
      ),
      { numRuns: RUNS },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '/console/inbox',
          '/console/dashboard',
          '/console/audit',
          '/console/rectifications',
          '/console/staff',
        ),
        fc.dictionary(
          fc.constantFrom('status', 'outlet', 'topic', 'overdue', 'page', 'days', 'done', 'lang'),
          printable,
        ),
        async (path, query) => {
          const reply = await admin.get(`${path}?${new URLSearchParams(query).toString()}`);
          assert.ok(reply.status < 500, `${path} ${JSON.stringify(query)}: ${reply.status}`);
        },
      ),
      { numRuns: RUNS },
    );
    const json = await admin.post('/console/staff', {}, { 'content-type': 'application/json' });
    assertConsoleError(json.status, json.html, 'JSON to a console form');
  });

  it('stored nothing', async () => {
    assert.deepEqual(await snapshot(t.server.storage), before_);
  });
});
