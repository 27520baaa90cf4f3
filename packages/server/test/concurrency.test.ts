import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { ConsultationCreated } from '@yizhan/catalogue';
import { describeEachBackend } from './helpers/backends.js';
import { liveConsultationBody, startTestServer, submit, type TestServer } from './helpers/server.js';

const REQUESTS = 1000;
const KEYS = 250;

describeEachBackend('1,000 concurrent submissions with repeated idempotency keys', (backend) => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer(backend, { rateLimit: false });
  });
  after(async () => t?.done());

  it('answers every request, creates one row per key, and gives every retry the same answer', async () => {
    const keys = Array.from({ length: KEYS }, () => randomUUID());
    // Each key is sent four times, the copies spread through the burst, all in flight at once.
    const requests = Array.from({ length: REQUESTS }, (_, i) => {
      const k = i % KEYS;
      return submit(t.url, liveConsultationBody({ question: `第 ${k} 号咨询：商标续展需要哪些材料？` }), keys[k]);
    });
    const replies = await Promise.all(requests);

    const byKey = new Map<string, unknown[]>();
    replies.forEach((reply, i) => {
      assert.equal(reply.status, 201, `request ${i}: ${JSON.stringify(reply.body)}`);
      const key = keys[i % KEYS]!;
      byKey.set(key, [...(byKey.get(key) ?? []), reply.body]);
    });
    const references = new Set<string>();
    for (const [key, bodies] of byKey) {
      assert.equal(bodies.length, REQUESTS / KEYS);
      for (const body of bodies) assert.deepEqual(body, bodies[0], `key ${key} got different answers`);
      references.add(ConsultationCreated.parse(bodies[0]).reference);
    }
    assert.equal(references.size, KEYS, 'one reference per key');
    const replayed = replies.filter((r) => r.headers.get('idempotent-replayed') === 'true').length;
    assert.equal(replayed, REQUESTS - KEYS);

    const { total, rows } = await t.server.storage.listConsultations({ limit: 10_000, offset: 0 });
    assert.equal(total, KEYS, 'no duplicates and no loss in the database');
    assert.deepEqual(new Set(rows.map((r) => r.reference)), references);
  });
});
