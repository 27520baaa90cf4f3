import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { editDistance, maxTypos, stem } from '../src/words.js';
import { decodePostings, encodePostings } from '../src/postings.js';

test('edit distance counts inserts, deletes, substitutions and swapped neighbours', () => {
  assert.equal(editDistance('trademrk', 'trademark', 2), 1);
  assert.equal(editDistance('renewl', 'renewal', 2), 1);
  assert.equal(editDistance('patnet', 'patent', 2), 1);
  assert.equal(editDistance('kitten', 'sitting', 3), 3);
  assert.equal(editDistance('abc', 'xyz', 1), 2, 'stops past the bound');
});

test('typo tolerance grows with word length', () => {
  assert.deepEqual([3, 4, 7, 8, 12].map(maxTypos), [0, 1, 1, 2, 2]);
});

test('the stemmer meets inflections without merging short words', () => {
  assert.equal(stem('renewal'), 'renew');
  assert.equal(stem('patents'), 'patent');
  assert.equal(stem('registering'), 'register');
  assert.equal(stem('agencies'), 'agency');
  assert.equal(stem('fees'), 'fees');
  assert.equal(stem('business'), 'business');
});

test('postings survive encoding for any ascending list', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.nat(5_000_000), { maxLength: 200 }), (values) => {
      const sorted = [...values].sort((a, b) => a - b);
      assert.deepEqual([...decodePostings(encodePostings(sorted))], sorted);
    }),
  );
});
