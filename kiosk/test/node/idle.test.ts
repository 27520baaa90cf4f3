import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../../src/core/clock.js';
import { IdleTimer, type IdleState, type WipeReason } from '../../src/core/idle.js';

function setup(idleSeconds = 60, countdownSeconds = 10, attractSeconds = 30) {
  const clock = new ManualClock();
  const states: IdleState[] = [];
  const wipes: WipeReason[] = [];
  const timer = new IdleTimer({
    clock,
    idleSeconds,
    countdownSeconds,
    attractSeconds,
    onState: (s) => states.push(s),
    onWipe: (r) => wipes.push(r),
  });
  const countdown = () => states.filter((s) => s.phase === 'countdown').map((s) => s.secondsLeft);
  return { clock, states, wipes, timer, countdown };
}

describe('idle timer', () => {
  it('starts on the attract screen and does nothing while nobody is there', () => {
    const { clock, timer, wipes, states } = setup();
    assert.deepEqual(timer.current, { phase: 'attract' });
    clock.advance(24 * 3600_000);
    assert.deepEqual(wipes, []);
    assert.deepEqual(states, []);
  });

  it('shows a countdown after the idle time and wipes the visitor at zero', () => {
    const { clock, timer, wipes, countdown } = setup(60, 10);
    timer.activity();
    clock.advance(59_999);
    assert.equal(timer.current.phase, 'active');
    clock.advance(1);
    assert.deepEqual(timer.current, { phase: 'countdown', secondsLeft: 10 });
    clock.advance(9_000);
    assert.deepEqual(countdown(), [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    assert.deepEqual(wipes, []);
    clock.advance(1_000);
    assert.deepEqual(wipes, ['idle']);
    assert.equal(timer.current.phase, 'resting');
  });

  it('any input during the countdown cancels it and restarts the full idle time', () => {
    const { clock, timer, wipes } = setup(60, 10);
    timer.activity();
    clock.advance(65_000); // 5 s into the countdown
    assert.equal(timer.current.phase, 'countdown');
    timer.activity();
    assert.deepEqual(timer.current, { phase: 'active' });
    clock.advance(59_000);
    assert.equal(timer.current.phase, 'active');
    clock.advance(70_000);
    assert.deepEqual(wipes, ['idle']);
  });

  it('keeps a visitor who keeps touching, however long they stay', () => {
    const { clock, timer, wipes } = setup(60, 10);
    for (let i = 0; i < 200; i++) {
      timer.activity();
      clock.advance(55_000);
    }
    assert.deepEqual(wipes, []);
  });

  it('returns to the attract screen after resting untouched', () => {
    const { clock, timer } = setup(60, 10, 30);
    timer.activity();
    clock.advance(70_000);
    assert.equal(timer.current.phase, 'resting');
    clock.advance(29_999);
    assert.equal(timer.current.phase, 'resting');
    clock.advance(1);
    assert.equal(timer.current.phase, 'attract');
  });

  it('rests without wiping when a rebuilt page picks up after a wipe', () => {
    const { clock, timer, wipes, states } = setup(60, 10, 30);
    timer.rest();
    assert.deepEqual(states, [{ phase: 'resting' }]);
    clock.advance(30_000);
    assert.deepEqual(timer.current, { phase: 'attract' });
    assert.deepEqual(wipes, []);
  });

  it('elderly mode doubles the wait before the countdown, and a wipe turns it off', () => {
    const { clock, timer, wipes } = setup(60, 10);
    timer.setRelaxed(true);
    timer.activity();
    clock.advance(119_000);
    assert.equal(timer.current.phase, 'active');
    clock.advance(11_000);
    assert.deepEqual(wipes, ['idle']);
    timer.activity();
    clock.advance(60_000);
    assert.equal(timer.current.phase, 'countdown');
  });

  it('"finish" wipes at once and cancels any pending countdown', () => {
    const { clock, timer, wipes } = setup(60, 10);
    timer.activity();
    clock.advance(30_000);
    timer.wipe('visitor');
    assert.deepEqual(wipes, ['visitor']);
    clock.advance(120_000);
    assert.deepEqual(wipes, ['visitor'], 'no second wipe from the old timer');
  });
});
