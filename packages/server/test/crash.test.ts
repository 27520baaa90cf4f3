import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ConsultationCreated } from '@yizhan/catalogue';
import { describeEachBackend } from './helpers/backends.js';
import { call, liveConsultationBody, submit } from './helpers/server.js';

const CHILD = fileURLToPath(new URL('./helpers/child-server.ts', import.meta.url));
const WORKERS = 16;
/** Kill once this many submissions were acknowledged; the load keeps running until then. */
const KILL_AFTER = 300;

async function startChild(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const [line] = (await Promise.race([
    once(lines, 'line'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`server exited with ${code} before listening`);
    }),
  ])) as [string];
  return { child, url: (JSON.parse(line) as { url: string }).url };
}

describeEachBackend('SIGKILL during load', (backend) => {
  let db: string;
  let drop: () => Promise<void>;
  let child: ChildProcess | undefined;
  before(async () => {
    ({ db, drop } = await backend.fresh());
  });
  after(async () => {
    child?.kill('SIGKILL');
    await drop?.();
  });

  it('keeps every submission that was answered 201, and retries after restart create no duplicates', async () => {
    const first = await startChild(db);
    child = first.child;
    const acknowledged: { key: string; reference: string; token: string }[] = [];
    const unanswered: string[] = [];
    let killed = false;
    const exited = once(first.child, 'exit');

    const worker = async () => {
      while (!killed) {
        const key = randomUUID();
        try {
          const reply = await submit(first.url, liveConsultationBody(), key);
          if (reply.status !== 201) throw new Error(`unexpected ${reply.status}`);
          const created = ConsultationCreated.parse(reply.body);
          acknowledged.push({ key, reference: created.reference, token: created.token });
          if (acknowledged.length >= KILL_AFTER && !killed) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        } catch (error) {
          if (!killed) throw error;
          // In flight when the process died: the client never learned the outcome.
          unanswered.push(key);
        }
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));
    const [, signal] = await exited;
    assert.equal(signal, 'SIGKILL');

    const second = await startChild(db);
    child = second.child;
    for (const { reference, token } of acknowledged) {
      const reply = await call(`${second.url}/v1/consultations/${reference}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(reply.status, 200, `acknowledged ${reference} is missing after the crash`);
    }
    // The outbox retries what it never heard back about: each key ends with exactly one case.
    const retried = new Set<string>();
    for (const key of unanswered) {
      const reply = await submit(second.url, liveConsultationBody(), key);
      assert.equal(reply.status, 201);
      retried.add(ConsultationCreated.parse(reply.body).reference);
    }
    const health = await call(`${second.url}/v1/health`);
    assert.equal(health.status, 200);
    second.child.kill('SIGTERM');
    await once(second.child, 'exit');
    child = undefined;

    const { openStorage } = await import('../src/storage/index.js');
    const storage = openStorage(db);
    try {
      const { total } = await storage.listConsultations({ limit: 1, offset: 0 });
      assert.equal(total, acknowledged.length + retried.size, 'one case per key, none lost, none doubled');
    } finally {
      await storage.close();
    }
  });
});
