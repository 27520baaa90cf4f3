import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exposeBridge, type IpcRendererLike } from '../../src/preload/expose.js';
import { BridgeValidationError, EVENTS, INVOKE, type KioskBridge } from '../../src/shared/bridge.js';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc(answers: Record<string, unknown> = {}) {
  const invoked: { channel: string; args: unknown[] }[] = [];
  const sent: { channel: string; args: unknown[] }[] = [];
  const listeners = new Map<string, Set<Listener>>();
  const ipc: IpcRendererLike = {
    invoke: async (channel, ...args) => {
      invoked.push({ channel, args });
      return answers[channel];
    },
    send: (channel, ...args) => void sent.push({ channel, args }),
    on: (channel, listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
    },
    removeListener: (channel, listener) => {
      listeners.get(channel)?.delete(listener);
    },
  };
  const emit = (channel: string, payload: unknown) => {
    for (const l of listeners.get(channel) ?? []) l({ sender: 'ipcRenderer itself', ports: [] }, payload);
  };
  return { ipc, invoked, sent, emit, listeners };
}

function expose(answers?: Record<string, unknown>) {
  const f = fakeIpc(answers);
  const exposed: Record<string, unknown> = {};
  const bridge = exposeBridge({ exposeInMainWorld: (key, api) => void (exposed[key] = api) }, f.ipc);
  return { ...f, exposed, bridge };
}

const config = {
  hallId: 'h',
  outletId: 'o',
  serverUrl: 'https://intake.example.cn',
  bundleBase: 'app://kiosk/bundle/',
  idleSeconds: 90,
  countdownSeconds: 20,
  attractSeconds: 60,
  defaultLocale: 'zh-CN',
  receiptWidthMm: 80,
  printing: true,
};

describe('preload bridge', () => {
  it('exposes exactly one global, with exactly the contract and no openExternal', () => {
    const { exposed } = expose();
    assert.deepEqual(Object.keys(exposed), ['yizhanKiosk']);
    const api = exposed['yizhanKiosk'] as KioskBridge;
    assert.deepEqual(Object.keys(api).sort(), [
      'endVisit',
      'getConfig',
      'getContentStatus',
      'getOutboxHealth',
      'onContentUpdated',
      'onIdleState',
      'onWipe',
      'persistOutbox',
      'print',
      'reportActivity',
      'reportOutbox',
      'restoreOutbox',
      'setPace',
    ]);
    assert.equal('openExternal' in api, false);
  });

  it('answers getConfig with what the shell sent, validated', async () => {
    const { bridge, invoked } = expose({ [INVOKE.getConfig.channel]: config });
    assert.deepEqual(await bridge.getConfig(), config);
    assert.deepEqual(invoked, [{ channel: 'kiosk:get-config', args: [] }]);
  });

  it('refuses an answer that breaks the contract (a key smuggled into the config)', async () => {
    const { bridge } = expose({ [INVOKE.getConfig.channel]: { ...config, publicKey: 'x' } });
    await assert.rejects(bridge.getConfig(), BridgeValidationError);
  });

  it('never sends a request that breaks the contract', async () => {
    const { bridge, invoked, sent } = expose();
    // @ts-expect-error -- the page sends markup instead of a receipt
    await assert.rejects(bridge.print({ html: '<script>alert(1)</script>' }), BridgeValidationError);
    // @ts-expect-error -- unknown activity kind
    assert.throws(() => bridge.reportActivity({ kind: 'shell' }), BridgeValidationError);
    assert.deepEqual(invoked, []);
    assert.deepEqual(sent, []);
  });

  it('delivers pushed events without the IPC event object, and drops malformed ones', () => {
    const { bridge, emit } = expose();
    const got: unknown[] = [];
    const off = bridge.onIdleState((s) => got.push(s));
    emit(EVENTS.onIdleState.channel, { phase: 'countdown', secondsLeft: 9 });
    emit(EVENTS.onIdleState.channel, { phase: 'countdown', secondsLeft: -1 });
    emit(EVENTS.onIdleState.channel, { phase: 'gone' });
    assert.deepEqual(got, [{ phase: 'countdown', secondsLeft: 9 }]);
    off();
    emit(EVENTS.onIdleState.channel, { phase: 'active' });
    assert.equal(got.length, 1, 'unsubscribed listener gets nothing');
  });

  it('gives a late subscriber the idle state the shell sent before the page was listening', () => {
    const { bridge, emit } = expose();
    // Sent on did-finish-load, while the page is still reading its config.
    emit(EVENTS.onIdleState.channel, { phase: 'resting' });
    const got: unknown[] = [];
    bridge.onIdleState((s) => got.push(s));
    emit(EVENTS.onIdleState.channel, { phase: 'attract' });
    assert.deepEqual(got, [{ phase: 'resting' }, { phase: 'attract' }]);
    const late: unknown[] = [];
    bridge.onIdleState((s) => late.push(s));
    assert.deepEqual(late, [{ phase: 'attract' }], 'the latest only');
    // A wipe is an event, not a state: one that happened before is not told again.
    const wipes: unknown[] = [];
    const notice = { reason: 'idle', locale: 'zh-CN', resets: [] };
    emit(EVENTS.onWipe.channel, notice);
    const off = bridge.onWipe((w) => wipes.push(w));
    assert.deepEqual(wipes, []);
    emit(EVENTS.onWipe.channel, notice);
    assert.deepEqual(wipes, [notice]);
    off();
  });

  it('sends fire-and-forget messages with their validated payload', () => {
    const { bridge, sent } = expose();
    bridge.reportActivity({ kind: 'touch' });
    bridge.endVisit();
    bridge.reportOutbox({ queued: 2, failed: 0, oldestQueuedAt: '2026-11-24T02:00:00.000Z' });
    assert.deepEqual(sent, [
      { channel: 'kiosk:activity', args: [{ kind: 'touch' }] },
      { channel: 'kiosk:end-visit', args: [] },
      { channel: 'kiosk:outbox-report', args: [{ queued: 2, failed: 0, oldestQueuedAt: '2026-11-24T02:00:00.000Z' }] },
    ]);
  });
});
