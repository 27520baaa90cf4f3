import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { openDB } from 'idb';
import { createOutbox, type Outbox, type OutboxOptions } from '../src/index.js';
import { created, deferred, statusReached } from './helpers/fake-intake.js';

const run = Math.random().toString(36).slice(2);
let counter = 0;
const freshDb = () => `yz-outbox-${run}-${++counter}`;
const consultation = {
  topic: 'trademark',
  question: '商标快到期了，续展需要准备哪些材料？',
  contact: { mobile: '13800138000' },
};

/**
 * The intake server as the outbox sees it, in the page: one record per Idempotency-Key, and a
 * count of requests in flight per key at any moment (a second concurrent send would show here).
 */
function fakeIntake(gate?: Promise<void>) {
  const sends = new Map<string, number>();
  const inFlight = new Map<string, number>();
  let maxConcurrentPerKey = 0;
  const fetch = async (_input: RequestInfo | URL, init?: RequestInit) => {
    const key = new Headers(init?.headers).get('Idempotency-Key')!;
    sends.set(key, (sends.get(key) ?? 0) + 1);
    inFlight.set(key, (inFlight.get(key) ?? 0) + 1);
    maxConcurrentPerKey = Math.max(maxConcurrentPerKey, inFlight.get(key)!);
    try {
      await gate;
      // Yield to the event loop so other sends really overlap with this one.
      await new Promise((resolve) => setTimeout(resolve));
      return created();
    } finally {
      inFlight.set(key, inFlight.get(key)! - 1);
    }
  };
  return {
    fetch: fetch as typeof globalThis.fetch,
    sends,
    get maxConcurrentPerKey() {
      return maxConcurrentPerKey;
    },
  };
}

const outboxes: Outbox[] = [];
function make(options: Partial<OutboxOptions>) {
  const outbox = createOutbox({ baseUrl: location.origin, ...options });
  outboxes.push(outbox);
  return outbox;
}

describe('outbox in Chromium', () => {
  afterEach(async () => {
    for (const outbox of outboxes.splice(0)) outbox.stop();
    await executeServerCommand('yz-offline', { offline: false });
  });

  it('stores the entry in IndexedDB before anything is sent, and a reloaded page delivers it', async () => {
    const dbName = freshDb();
    await executeServerCommand('yz-offline', { offline: true });
    const before = make({ dbName });
    before.start();
    const entry = await before.enqueue('/v1/consultations', consultation, { locale: 'zh-CN' });

    // Read the database directly, as the next page load will.
    const db = await openDB(dbName);
    const stored = (await db.get('entries', entry.id)) as { status: string; body: unknown };
    db.close();
    expect(stored.status).to.equal('queued');
    expect(stored.body).to.deep.equal(consultation);
    expect(await before.durable()).to.equal(true);
    before.stop();

    // "Reload": a new outbox over the same database, back online.
    await executeServerCommand('yz-offline', { offline: false });
    const intake = fakeIntake();
    const after = make({ dbName, fetch: intake.fetch });
    const sent = statusReached(after, entry.id, 'sent');
    after.start();
    const delivered = await sent;
    expect([...intake.sends]).to.deep.equal([[entry.id, 1]]);
    expect((delivered.response as { reference: string }).reference).to.equal('YZ-20261124-7K3Q9P');
  });

  it('waits while the network is gone and sends when the browser is back online', async () => {
    const intake = fakeIntake();
    const outbox = make({ dbName: freshDb(), fetch: intake.fetch });
    outbox.start();
    await executeServerCommand('yz-offline', { offline: true });
    const entry = await outbox.enqueue('/v1/ratings', { level: 5 });
    await outbox.flush();
    expect((await outbox.get(entry.id))?.status).to.equal('queued');
    expect(intake.sends.size).to.equal(0);

    const sent = statusReached(outbox, entry.id, 'sent');
    await executeServerCommand('yz-offline', { offline: false }); // fires `online`
    await sent;
    expect(intake.sends.get(entry.id)).to.equal(1);
  });

  for (const [name, locks] of [
    ['Web Locks', undefined],
    ['the IndexedDB lease', null],
  ] as const) {
    it(`two tabs resuming one backlog never send an entry twice (${name})`, async () => {
      const dbName = freshDb();
      const offlineIntake: typeof fetch = async () => {
        throw new TypeError('Failed to fetch');
      };
      const earlier = make({ dbName, fetch: offlineIntake });
      const ids: string[] = [];
      for (let i = 0; i < 8; i++) ids.push((await earlier.enqueue('/v1/ratings', { level: 5, i })).id);
      await earlier.flush();
      earlier.stop();

      const go = deferred();
      const intake = fakeIntake(go.promise);
      const tabA = make({ dbName, fetch: intake.fetch, locks });
      const tabB = make({ dbName, fetch: intake.fetch, locks });
      const flushing = Promise.all([tabA.flush(), tabB.flush(), tabA.flush(), tabB.flush()]);
      go.resolve();
      await flushing;
      // Whatever one tab skipped because the other held it, a later pass delivers.
      await Promise.all([tabA.flush(), tabB.flush()]);

      expect([...intake.sends.keys()].sort()).to.deep.equal([...ids].sort());
      expect([...intake.sends.values()].every((n) => n === 1)).to.equal(true);
      expect(intake.maxConcurrentPerKey).to.equal(1);
      expect((await tabB.list()).map((e) => e.status)).to.deep.equal(Array(8).fill('sent'));
    });
  }
});
