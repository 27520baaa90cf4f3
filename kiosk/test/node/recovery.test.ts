import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../../src/core/clock.js';
import { CrashRecovery, HangWatch } from '../../src/core/recovery.js';

describe('crash recovery', () => {
  it('waits longer after each crash, up to the cap', () => {
    const clock = new ManualClock();
    const r = new CrashRecovery({ clock, baseDelayMs: 1000, factor: 2, maxDelayMs: 10_000, maxCrashes: 10 });
    const delays = [];
    for (let i = 0; i < 6; i++) {
      const action = r.crashed();
      assert.equal(action.kind, 'reload');
      if (action.kind === 'reload') delays.push(action.delayMs);
      clock.advance(1000);
    }
    assert.deepEqual(delays, [1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  it('gives up into maintenance after too many crashes in the window', () => {
    const clock = new ManualClock();
    const r = new CrashRecovery({ clock, maxCrashes: 3, windowMs: 600_000, maintenanceRetryMs: 900_000 });
    assert.equal(r.crashed().kind, 'reload');
    assert.equal(r.crashed().kind, 'reload');
    assert.equal(r.crashed().kind, 'reload');
    assert.deepEqual(r.crashed(), { kind: 'maintenance', retryInMs: 900_000 });
    assert.equal(r.maintenance, true);
    r.retryFromMaintenance();
    assert.equal(r.maintenance, false);
    assert.deepEqual(r.crashed(), { kind: 'reload', delayMs: 1000, attempt: 1 });
  });

  it('forgets crashes older than the window, so a kiosk that crashes once a day never stops', () => {
    const clock = new ManualClock();
    const r = new CrashRecovery({ clock, maxCrashes: 2, windowMs: 600_000 });
    for (let day = 0; day < 30; day++) {
      const action = r.crashed();
      assert.deepEqual(action, { kind: 'reload', delayMs: 1000, attempt: 1 });
      clock.advance(24 * 3600_000);
    }
  });
});

describe('hang watch', () => {
  it('kills a renderer that stays unresponsive past the grace period', () => {
    const clock = new ManualClock();
    let hangs = 0;
    const w = new HangWatch({ clock, graceMs: 15_000, onHang: () => hangs++ });
    w.unresponsive();
    clock.advance(14_999);
    assert.equal(hangs, 0);
    clock.advance(1);
    assert.equal(hangs, 1);
  });

  it('spares a renderer that recovers in time', () => {
    const clock = new ManualClock();
    let hangs = 0;
    const w = new HangWatch({ clock, graceMs: 15_000, onHang: () => hangs++ });
    w.unresponsive();
    clock.advance(10_000);
    w.responsive();
    clock.advance(60_000);
    assert.equal(hangs, 0);
  });
});
