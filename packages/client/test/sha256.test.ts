import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { sha256Hex, sha256Pure } from '../src/internal/sha256.js';

const node = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('sha256', () => {
  it('the pure fallback (for plain-http pages without crypto.subtle) matches Node at every padding edge', () => {
    for (const length of [0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 1000, 65_537]) {
      const data = Uint8Array.from({ length }, (_, i) => (i * 131 + length) & 0xff);
      assert.equal(hex(sha256Pure(data)), node(data), `length ${length}`);
    }
  });

  it('hashes UTF-8 text as the bundle writer does', async () => {
    const text = new TextEncoder().encode('{"name":{"zh-CN":"商标续展注册"}}');
    assert.equal(await sha256Hex(text), node(text));
    assert.equal(hex(sha256Pure(text)), node(text));
    assert.equal(
      hex(sha256Pure(new TextEncoder().encode('abc'))),
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
