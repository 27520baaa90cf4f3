import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { locateJsonError } from '../src/node/json-error.js';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

test('the JSON error locator agrees with JSON.parse on valid and damaged documents', () => {
  const damaged = fc
    .tuple(fc.json(), fc.nat(), fc.nat({ max: 3 }), fc.constantFrom('', ',', '}', ']', '"', '，', '\n', 'x', ':'))
    .map(([json, at, cut, insert]) => {
      const i = at % (json.length + 1);
      return json.slice(0, i) + insert + json.slice(i + cut);
    });
  fc.assert(
    fc.property(fc.oneof(fc.json(), damaged), (text) => {
      const location = locateJsonError(text);
      assert.equal(location === undefined, parses(text), `${JSON.stringify(text)} → ${JSON.stringify(location)}`);
      if (location) assert.ok(location.offset >= 0 && location.offset <= text.length);
    }),
    { numRuns: 2000 },
  );
});

test('the locator names the kind of mistake', () => {
  assert.deepEqual(locateJsonError('[1,2,]'), { offset: 4, kind: 'trailingComma', char: ',' });
  assert.deepEqual(locateJsonError('{"a"：1}'), { offset: 4, kind: 'fullWidth', char: '：' });
  assert.deepEqual(locateJsonError('{"a": 1'), { offset: 7, kind: 'end' });
  assert.deepEqual(locateJsonError('"a\nb"'), { offset: 2, kind: 'newlineInString', char: '\n' });
  assert.deepEqual(locateJsonError('"C:\\dir"'), { offset: 3, kind: 'badEscape', char: '\\' });
  assert.deepEqual(locateJsonError("{'a': 1}"), { offset: 1, kind: 'unexpected', char: "'" });
});
