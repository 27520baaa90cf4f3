import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPassword, sealPassword } from '../src/console/one-time-passwords.js';

const SESSION = 'a'.repeat(43);
const NOW = Date.parse('2026-11-25T03:00:00Z');

test('a sealed reset password opens for its session and account only, before its deadline, untampered', () => {
  const sealed = sealPassword(SESSION, 'li', 'Kq7-mN2p-Xw9z', NOW + 60_000);
  assert.equal(openPassword(SESSION, 'li', sealed, NOW), 'Kq7-mN2p-Xw9z');
  assert.doesNotMatch(sealed, /Kq7/);
  assert.equal(openPassword('b'.repeat(43), 'li', sealed, NOW), null, 'another session');
  assert.equal(openPassword(SESSION, 'zhou', sealed, NOW), null, 'another account');
  assert.equal(openPassword(SESSION, 'li', sealed, NOW + 60_000), null, 'too late');
  // A later deadline written over the sealed one does not open: the deadline is authenticated.
  assert.equal(openPassword(SESSION, 'li', sealed.replace(/^\d+/, String(NOW + 3_600_000)), NOW + 120_000), null);
  const [until, body] = sealed.split('.') as [string, string];
  const flipped = body.slice(0, 20) + (body[20] === 'A' ? 'B' : 'A') + body.slice(21);
  assert.equal(openPassword(SESSION, 'li', `${until}.${flipped}`, NOW), null, 'tampered');
  for (const junk of [undefined, '', 'x', `${until}.`, `${until}.***`, '9'.repeat(20) + '.' + body]) {
    assert.equal(openPassword(SESSION, 'li', junk, NOW), null, String(junk));
  }
});
