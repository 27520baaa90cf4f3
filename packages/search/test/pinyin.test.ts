import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSearchIndex } from '@yizhan/search/build';
import { PinyinTable, plausiblePinyin } from '../src/pinyin.js';
import { allReadings, contextPinyin } from '../src/build/pinyin.js';
import { catalogueFrom, MINI_LIST } from './helpers.js';

const data = buildSearchIndex(catalogueFrom(MINI_LIST));
const table = new PinyinTable(data.pinyin.syllables, data.pinyin.chars);
const parse = (s: string, open = false) =>
  table
    .parse(s, open)
    ?.map((u) => `${u.text}${u.full ? '' : '?'}${u.prefix ? '*' : ''}`)
    .join(' ');

test('letters split into whole syllables', () => {
  assert.equal(parse('shangbiaozhuce'), 'shang biao zhu ce');
  assert.equal(parse('zhuanlishenqing'), 'zhuan li shen qing');
  assert.equal(parse('xian'), 'xian');
  assert.equal(parse('changan'), 'chang an');
});

test('spaces are syllable boundaries', () => {
  assert.equal(parse('xi an'), 'xi an');
  assert.equal(parse('shangbiao xuzhan'), 'shang biao xu zhan');
});

test('initials and the syllable being typed match as prefixes', () => {
  assert.equal(parse('sbzc'), 's?* b?* z?* c?*');
  assert.equal(parse('shangbiao xu', true), 'shang biao xu*');
  assert.equal(parse('shangbiaozh', true), 'shang biao zh?*');
});

test('English words are not mistaken for pinyin', () => {
  for (const word of ['trademark', 'registration', 'assignment']) {
    const units = table.parse(word, true);
    assert.ok(!units || !plausiblePinyin(units), word);
  }
  assert.equal(table.parse('12330', false), undefined);
});

test('build-time pinyin reads polyphones in context and lists every reading per character', () => {
  assert.deepEqual(contextPinyin('银行'), ['yin', 'hang']);
  assert.deepEqual(contextPinyin('PCT申请'), [undefined, undefined, undefined, 'shen', 'qing']);
  assert.ok(allReadings('行').includes('xing') && allReadings('行').includes('hang'));
  assert.ok(allReadings('绿').includes('lv'), 'ü is written v');
});

test('the shipped reading table covers common characters outside the catalogue', () => {
  assert.ok(
    table
      .readings('压')
      .map((s) => table.syllables[s])
      .includes('ya'),
  );
  assert.ok(table.charsOf('ya').includes('押'));
});
