import { expect } from '@open-wc/testing';
import { createOutbox, type OutboxEntry } from '@yizhan/client';
import type { OutboxEntries, OutboxReportMessage } from '../../src/shared/bridge.js';
import { diskCopy, startOutboxSync, summarize } from '../../src/renderer/outbox/outbox-sync.js';
import { until } from './helpers.js';

const entry = (over: Partial<OutboxEntry>): OutboxEntry => ({
  id: 'e',
  endpoint: '/v1/consultations',
  status: 'queued',
  attempts: 0,
  createdAt: Date.UTC(2026, 10, 24, 1),
  updatedAt: Date.UTC(2026, 10, 24, 1),
  ...over,
});

function fakeShell(saved: OutboxEntries = []) {
  const reports: OutboxReportMessage[] = [];
  const copies: OutboxEntries[] = [];
  return {
    reports,
    copies,
    bridge: {
      reportOutbox: (r: OutboxReportMessage) => reports.push(r),
      persistOutbox: async (e: OutboxEntries) => void copies.push(e),
      restoreOutbox: async () => saved,
    },
  };
}

describe('outbox and the shell', () => {
  it('reports counts and ages for staff, never content', () => {
    const report = summarize(
      [
        entry({ id: 'a', createdAt: Date.UTC(2026, 10, 24, 2), body: { question: '私人问题' } }),
        entry({ id: 'b', status: 'retrying', createdAt: Date.UTC(2026, 10, 24, 1) }),
        entry({ id: 'c', status: 'failed' }),
        entry({ id: 'd', status: 'sent' }),
      ],
      Date.UTC(2026, 10, 24, 3),
    );
    expect(report).to.deep.equal({
      queued: 2,
      failed: 1,
      oldestQueuedAt: '2026-11-24T01:00:00.000Z',
      lastSuccessAt: '2026-11-24T03:00:00.000Z',
    });
    expect(JSON.stringify(report)).not.to.contain('私人问题');
  });

  it('keeps a disk copy of unsent submissions only (sent ones have no body left)', () => {
    const copy = diskCopy([
      entry({ id: 'a', body: { q: 1 }, locale: 'en' }),
      entry({ id: 'b', status: 'sent' }),
      entry({ id: 'c', status: 'failed', body: { q: 3 } }),
    ]);
    expect(copy).to.deep.equal([
      { id: 'a', endpoint: '/v1/consultations', body: { q: 1 }, createdAt: Date.UTC(2026, 10, 24, 1), locale: 'en' },
    ]);
  });

  it('puts back what a restart lost, and tells the shell as the queue changes', async () => {
    const outbox = createOutbox({ baseUrl: 'http://127.0.0.1:9', ephemeral: true, locks: null });
    // Offline: nothing leaves, the entries wait.
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const shell = fakeShell([
        { id: '5f0c1d2e-lost-4a7b', endpoint: '/v1/ratings', body: { level: 5 }, createdAt: 1, locale: 'zh-CN' },
        { endpoint: '/v1/ratings' },
      ]);
      const sync = await startOutboxSync({ outbox, bridge: shell.bridge });
      const restored = await outbox.list();
      expect(restored.map((e) => [e.id, e.endpoint, e.body, e.locale])).to.deep.equal([
        ['5f0c1d2e-lost-4a7b', '/v1/ratings', { level: 5 }, 'zh-CN'],
      ]);
      expect(shell.reports.at(-1)).to.include({ queued: 1, failed: 0 });
      await outbox.enqueue('/v1/consultations', { question: 'q' });
      await until(() => shell.reports.at(-1)?.queued === 2, 'second report');
      expect(shell.copies.at(-1)).to.have.length(2);
      expect(sync.current.queued).to.equal(2);
      sync.stop();
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
      outbox.stop();
    }
  });
});
