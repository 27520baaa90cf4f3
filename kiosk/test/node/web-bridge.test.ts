import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../../src/core/clock.js';
import type { IdleStateMessage, WipeNotice } from '../../src/shared/bridge.js';
import { createWebBridge, WEB_CONFIG_KEY, WEB_RESTING_KEY } from '../../src/shared/web-bridge.js';

class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
}

function setup(config?: object) {
  const clock = new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
  const storage = new MemoryStorage();
  const session = new MemoryStorage();
  if (config) storage.setItem(WEB_CONFIG_KEY, JSON.stringify(config));
  const printed: string[] = [];
  let reloads = 0;
  const bridge = createWebBridge({
    clock,
    storage,
    session,
    fetch: async () => new Response(JSON.stringify({ catalogueVersion: 'demo-1', builtAt: '2026-11-01' })),
    printHtml: async (html) => void printed.push(html),
    reload: () => void reloads++,
  });
  return { clock, storage, session, printed, bridge, reloads: () => reloads };
}

describe('web bridge (kiosk:web)', () => {
  it('counts down after the idle time and forgets the visitor, keeping config and outbox', async () => {
    const { clock, storage, session, bridge, reloads } = setup({ idleSeconds: 30, countdownSeconds: 5 });
    const states: IdleStateMessage[] = [];
    const wipes: WipeNotice[] = [];
    bridge.onIdleState((s) => states.push(s));
    bridge.onWipe((n) => wipes.push(n));
    storage.setItem('draft', '我想咨询专利');
    session.setItem('checklist', '[1,2]');
    await bridge.persistOutbox([{ id: 'c1' }]);
    bridge.reportActivity({ kind: 'touch' });
    clock.advance(30_000 + 4_000);
    assert.deepEqual(
      states.filter((s) => s.phase === 'countdown').map((s) => s.secondsLeft),
      [5, 4, 3, 2, 1],
    );
    assert.equal(wipes.length, 0);
    clock.advance(1_000);
    assert.deepEqual(wipes, [
      {
        reason: 'idle',
        locale: 'zh-CN',
        resets: ['drafts', 'history', 'checklists', 'search', 'sessionStorage', 'elderlyMode', 'locale'],
      },
    ]);
    assert.equal(storage.getItem('draft'), null);
    assert.deepEqual(
      Array.from({ length: session.length }, (_, i) => session.key(i)),
      [WEB_RESTING_KEY],
      'only the note for the reloaded page',
    );
    assert.ok(storage.getItem(WEB_CONFIG_KEY));
    assert.deepEqual(await bridge.restoreOutbox(), [{ id: 'c1' }]);
    assert.equal(reloads(), 1);
  });

  it('after a wipe the reloaded page gets the clean home screen, and the attract screen only after attractSeconds', () => {
    const { clock, storage, session, bridge, reloads } = setup({ attractSeconds: 30 });
    bridge.reportActivity({ kind: 'touch' });
    bridge.endVisit();
    assert.equal(reloads(), 1);
    // The reload builds the page, and with it this bridge, anew; the shell's timer in Electron outlives it.
    const reloaded = createWebBridge({ clock, storage, session, reload: () => {} });
    const states: IdleStateMessage[] = [];
    reloaded.onIdleState((s) => states.push(s));
    assert.deepEqual(states, [{ phase: 'resting' }], 'a freshly loaded page learns where the visitor cycle stands');
    assert.equal(session.length, 0, 'nothing of the note is left for the next visitor to find');
    clock.advance(29_999);
    assert.deepEqual(states, [{ phase: 'resting' }]);
    clock.advance(1);
    assert.deepEqual(states, [{ phase: 'resting' }, { phase: 'attract' }]);
  });

  it('a fresh start (no wipe before it) begins on the attract screen', () => {
    const { clock, storage, session } = setup();
    const bridge = createWebBridge({ clock, storage, session, reload: () => {} });
    const states: IdleStateMessage[] = [];
    bridge.onIdleState((s) => states.push(s));
    assert.deepEqual(states, [{ phase: 'attract' }]);
  });

  it('a touch during the countdown cancels it', () => {
    const { clock, bridge } = setup({ idleSeconds: 30, countdownSeconds: 5 });
    const wipes: WipeNotice[] = [];
    bridge.onWipe((n) => wipes.push(n));
    bridge.reportActivity({ kind: 'touch' });
    clock.advance(32_000);
    bridge.reportActivity({ kind: 'scroll' });
    clock.advance(29_000);
    assert.deepEqual(wipes, []);
  });

  it('prints a receipt laid out for the configured paper', async () => {
    const { bridge, printed } = setup({ receiptWidthMm: 58 });
    const result = await bridge.print({ kind: 'guide', locale: 'zh-CN', title: '专利权质押登记', sections: [] });
    assert.deepEqual(result, { ok: true });
    assert.match(printed[0] ?? '', /专利权质押登记/);
    assert.match(printed[0] ?? '', /width: 48mm/);
  });

  it('says there is no printer when printing is off', async () => {
    const { bridge, printed } = setup({ printing: false });
    assert.deepEqual(await bridge.print({ kind: 'guide', locale: 'zh-CN', title: 'x', sections: [] }), {
      ok: false,
      reason: 'no-printer',
    });
    assert.equal(printed.length, 0);
  });

  it('ignores an invalid config in localStorage and runs on defaults', async () => {
    const { bridge } = setup({ idleSeconds: 'soon' });
    assert.equal((await bridge.getConfig()).idleSeconds, 90);
  });

  it('reports outbox health from the renderer reports', async () => {
    const { bridge } = setup();
    assert.equal((await bridge.getOutboxHealth()).level, 'unknown');
    bridge.reportOutbox({ queued: 1, failed: 0 });
    assert.equal((await bridge.getOutboxHealth()).level, 'waiting');
  });
});
