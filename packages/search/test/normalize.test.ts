import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeQuery as normalizeWith } from '@yizhan/search';
import { fullFolding } from '@yizhan/search/build';
import { normalizeWithOffsets as offsetsWith } from '../src/normalize.js';
import { T2S_PAIRS } from '../src/generated/t2s.js';
import { foldingPairs } from '../scripts/generate-t2s.js';
import { commonChars } from '../src/build/common-chars.js';

// What the index builder does: fold with the whole generated table.
const normalizeQuery = (text: string) => normalizeWith(text, fullFolding());
const normalizeWithOffsets = (text: string) => offsetsWith(text, fullFolding());

test('full-width letters, digits and spaces become ASCII; case folds', () => {
  assert.equal(normalizeQuery('ＰＣＴ申请　１２３３０'), 'pct申请 12330');
  assert.equal(normalizeQuery('Trademark RENEWAL'), 'trademark renewal');
});

test('punctuation and runs of spacing collapse to one space', () => {
  assert.equal(normalizeQuery('  商标，注册！！  (续展)  '), '商标 注册 续展');
  assert.equal(normalizeQuery("xi'an"), 'xi an');
});

test('Traditional characters fold to Simplified, including HK/TW variant forms', () => {
  assert.equal(normalizeQuery('專利權質押登記'), '专利权质押登记');
  assert.equal(normalizeQuery('商標續展註冊'), '商标续展注册');
  assert.equal(normalizeQuery('裡'), '里');
});

test('common Simplified characters that are also Traditional forms stay as they are', () => {
  assert.equal(normalizeQuery('著作权'), '著作权');
  assert.equal(normalizeQuery('乾'), '乾');
});

test('tone marks and ü are typed as on a pinyin keyboard', () => {
  assert.equal(normalizeQuery('Shāngbiāo lǜshī'), 'shangbiao lvshi');
});

test('compatibility ideographs fold to unified ones', () => {
  // U+F9B1 is a compatibility form of 鈴, whose Simplified form is 铃.
  assert.equal(normalizeQuery('\uF9B1'), '铃');
});

test('without a folding table (none given) Traditional characters stay as they are', () => {
  assert.equal(normalizeWith('專利 ＰＣＴ'), '專利 pct');
});

test('offsets map every folded unit back to its source code point', () => {
  const text = 'Ａ𠀀專';
  const folded = normalizeWithOffsets(text);
  assert.equal(folded.text, 'a𠀀专');
  assert.deepEqual(folded.start, [0, 1, 1, 3]);
  assert.deepEqual(folded.end, [1, 3, 3, 4]);
});

test('the committed folding table is what the generator produces from OpenCC', () => {
  assert.equal(
    T2S_PAIRS,
    foldingPairs()
      .map(([t, s]) => t + s)
      .join(''),
  );
});

test('every folding target is a common character and no source is a level-1 character', () => {
  const { all, level1 } = commonChars();
  const level1Set = new Set(level1);
  for (let i = 0; i < T2S_PAIRS.length; i += 2) {
    assert.ok(all.has(T2S_PAIRS[i + 1]!), T2S_PAIRS.slice(i, i + 2));
    assert.ok(!level1Set.has(T2S_PAIRS[i]!), T2S_PAIRS.slice(i, i + 2));
  }
});
