import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { backoffCeiling, DEFAULT_BACKOFF, parseRetryAfter, retryDelay } from '../src/index.js';

describe('back-off schedule', () => {
  it('doubles the ceiling from 1 s and caps it at 5 minutes', () => {
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => backoffCeiling(n)),
      [1000, 2000, 4000, 8000, 16_000, 32_000, 64_000, 128_000, 256_000, 300_000],
    );
    assert.equal(backoffCeiling(1e6), 300_000);
    assert.equal(backoffCeiling(0), 1000);
  });

  it('draws the delay uniformly between 0 and the ceiling (full jitter)', () => {
    assert.equal(
      retryDelay(3, () => 0),
      0,
    );
    assert.equal(
      retryDelay(3, () => 0.25),
      1000,
    );
    assert.equal(
      retryDelay(3, () => 0.999),
      3996,
    );
    // A random source that misbehaves never pushes the delay past the ceiling or below zero.
    assert.ok(retryDelay(3, () => 1) < 4000);
    assert.equal(
      retryDelay(3, () => -5),
      0,
    );
    assert.equal(
      retryDelay(3, () => Number.NaN),
      0,
    );
  });

  it('spreads clients out: many draws cover the whole window', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const delays = Array.from({ length: 2000 }, () => retryDelay(10, random));
    assert.ok(Math.min(...delays) < 30_000);
    assert.ok(Math.max(...delays) > 270_000);
    assert.ok(delays.every((d) => d >= 0 && d < 300_000));
  });

  it('never retries sooner than Retry-After, and bounds what it honours', () => {
    assert.equal(
      retryDelay(1, () => 0.5, 7000),
      7000,
    );
    assert.equal(
      retryDelay(10, () => 0.5, 7000),
      150_000,
      'jitter above Retry-After wins',
    );
    assert.equal(
      retryDelay(1, () => 0, 10 * 24 * 3600_000),
      DEFAULT_BACKOFF.maxRetryAfterMs,
    );
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-11-24T02:00:00Z');
    assert.equal(parseRetryAfter('120', now), 120_000);
    assert.equal(parseRetryAfter(' 0 ', now), 0);
    assert.equal(parseRetryAfter('Tue, 24 Nov 2026 02:00:30 GMT', now), 30_000);
    assert.equal(parseRetryAfter('Tue, 24 Nov 2026 01:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(null, now), undefined);
  });
});
