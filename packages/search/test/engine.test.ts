import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SEARCH_FORMAT_VERSION, SearchEngine, SearchIndexError, type SearchIndexData } from '@yizhan/search';
import { buildSearchIndex } from '@yizhan/search/build';
import { pinyinCandidates } from '@yizhan/search/candidates';
import { catalogueFrom, MINI_LIST } from './helpers.js';

const catalogue = catalogueFrom(MINI_LIST);
const data = buildSearchIndex(catalogue);
const engine = SearchEngine.load(JSON.parse(JSON.stringify(data)) as SearchIndexData);
const ids = (query: string, limit = 10) => engine.search(query, { limit }).hits.map((h) => h.id);
const top = (query: string) => ids(query)[0];

test('exact Chinese names and typed prefixes find the item first', () => {
  assert.equal(top('商标续展注册'), 'tm-renewal');
  assert.equal(top('商标续'), 'tm-renewal');
  assert.equal(top('专利权质'), 'pt-pledge');
  assert.equal(top('集成电路'), 'ic-registration');
});

test('full pinyin, run together or spaced, and initials', () => {
  assert.equal(top('shangbiao xuzhan'), 'tm-renewal');
  assert.equal(top('shangbiaoxuzhan'), 'tm-renewal');
  assert.equal(top('shangbiao xu'), 'tm-renewal');
  assert.equal(top('zhuanliquan zhiya'), 'pt-pledge');
  assert.deepEqual(ids('sbzc').slice(0, 2).sort(), ['tm-certificate', 'tm-registration']);
  assert.deepEqual(ids('shangbiaozhuce').slice(0, 2).sort(), ['tm-certificate', 'tm-registration']);
});

test('initials must spell a run of syllables, not letters scattered over a name', () => {
  // 商标续展注册 has s·b and z·c, but not s·b·z·c in a row.
  assert.ok(!ids('sbzc').includes('tm-renewal'));
});

test('a syllable still being typed after a whole one matches the syllables it begins, right after it', () => {
  // biao·xu (商标续展注册), not biao·zhu: the letters typed so far already tell them apart.
  assert.deepEqual(ids('shangbiaox'), ['tm-renewal']);
  // biao·zhu (注册, 注销) and biao·zhuan (转让).
  assert.deepEqual(ids('shangbiaoz').sort(), ['tm-cancel', 'tm-certificate', 'tm-registration', 'tm-transfer']);
  assert.deepEqual(ids('shangbiaozhuan'), ['tm-transfer']);
  assert.deepEqual(ids('zhuanliq'), ['pt-pledge']);
});

test('a homophone slip of the IME still finds the item', () => {
  assert.equal(top('专利质压'), 'pt-pledge');
  assert.equal(top('商标续占'), 'tm-renewal');
});

test('Traditional Chinese queries fold to the Simplified catalogue', () => {
  assert.equal(top('專利權質押'), 'pt-pledge');
  assert.equal(top('商標轉讓'), 'tm-transfer');
});

test('English names, prefixes and typos scaled by word length', () => {
  assert.equal(top('trademark renewal'), 'tm-renewal');
  assert.equal(top('trademrk renewl'), 'tm-renewal');
  assert.equal(top('trademark assig'), 'tm-transfer');
  assert.equal(top('patent pledge'), 'pt-pledge');
  assert.equal(top('patnet plege'), 'pt-pledge');
  // Three-letter words get no typo allowance: "pct" must not turn into "act" or "put".
  assert.equal(top('pct'), 'pct');
});

test('trade mark written as two words (British and Hong Kong usage) finds what trademark finds', () => {
  assert.deepEqual(ids('trade mark', 50).sort(), ids('trademark', 50).sort());
  assert.equal(top('trade mark renewal'), 'tm-renewal');
  assert.equal(top('trade mark assignment'), 'tm-transfer');
});

test('numbers, codes and mixed scripts', () => {
  assert.equal(top('12330'), 'protection-aid');
  assert.equal(top('PCT申请'), 'pct');
  assert.equal(top('11100000MB0143795T3450112007000'), 'tm-registration');
  assert.equal(top('11100000mb01'), 'tm-registration');
  assert.equal(engine.search('11100000mb01').hits[0]?.field, 'code');
});

test('colloquial questions reach the item through synonyms', () => {
  assert.equal(top('商标到期了怎么办'), 'tm-renewal');
  assert.equal(top('我想申请专利'), 'pt-application');
  assert.equal(top('how to renew my trademark'), 'tm-renewal');
});

test('unrelated queries return nothing and say so', () => {
  for (const query of ['天气预报', '火车票', 'weather forecast', '怎么办', 'xyzzy', '']) {
    const response = engine.search(query);
    assert.deepEqual(response.hits, [], query);
    assert.equal(response.zeroResult, true, query);
    assert.equal(response.total, 0, query);
  }
});

test('ranking: name before synonym before summary, category last', () => {
  // 商标注册 is the start of two names, a synonym elsewhere, and words in other summaries.
  const hits = engine.search('注册商标').hits;
  assert.equal(hits[0]?.id, 'tm-registration');
  assert.equal(hits[0]?.field, 'synonym');
  const summaryOnly = engine.search('有效期满').hits;
  assert.deepEqual(
    summaryOnly.map((h) => [h.id, h.field]),
    [['tm-renewal', 'summary']],
  );
  // 驳回复审 is a trademark service without 商标 in its name: found by its category, after names.
  const trademarks = engine.search('商标').hits;
  assert.deepEqual(trademarks.at(-1), {
    kind: 'item',
    id: 'tm-review',
    score: trademarks.at(-1)?.score,
    field: 'category',
  });
  assert.ok(trademarks.slice(0, -1).every((h) => h.field === 'name'));
});

test('equal scores list in id order, the same way every time', () => {
  const hits = engine.search('商标').hits;
  for (let i = 1; i < hits.length; i++) {
    const [a, b] = [hits[i - 1]!, hits[i]!];
    assert.ok(a.score > b.score || (a.score === b.score && a.id < b.id), `${a.id} ${b.id}`);
  }
  assert.deepEqual(engine.search('商标').hits, hits);
});

test('limit, total, kinds and filter', () => {
  const all = engine.search('成都');
  assert.ok(all.hits.every((h) => h.kind === 'outlet') && all.total === 3, JSON.stringify(all));
  assert.equal(all.hits[0]?.id, 'cd-centre');
  const limited = engine.search('商标', { limit: 2 });
  assert.equal(limited.hits.length, 2);
  assert.ok(limited.total > 2);
  assert.deepEqual(engine.search('成都', { kinds: ['item'] }).hits, []);
  const filtered = engine.search('商标', { filter: (h) => h.id !== 'tm-registration' });
  assert.ok(!filtered.hits.some((h) => h.id === 'tm-registration'));
  assert.equal(filtered.total, engine.search('商标').total - 1);
});

test('outlets by name and address', () => {
  assert.equal(top('四川省知识产权服务促进中心'), 'sc-node');
  assert.equal(top('天府大道'), 'cd-centre');
  assert.equal(engine.search('代办处').hits[0]?.field, 'outlet');
});

test('retired items are not searchable', () => {
  assert.deepEqual(ids('已停办的旧服务'), []);
});

test('the response reports the normalized query', () => {
  const response = engine.search('  專利　ＰＣＴ ');
  assert.equal(response.normalized, '专利 pct');
  assert.equal(response.query, '  專利　ＰＣＴ ');
});

test('index round trip: build → JSON → load gives the same results as the built object', () => {
  const direct = SearchEngine.load(data);
  const fromJson = SearchEngine.load(JSON.parse(JSON.stringify(buildSearchIndex(catalogue))) as SearchIndexData);
  for (const q of ['商标', 'sbzc', '专利质压', 'trademrk', '12330', '成都', '天气预报']) {
    assert.deepEqual(fromJson.search(q), direct.search(q), q);
  }
  assert.deepEqual(buildSearchIndex(catalogue), data, 'the build is deterministic');
});

test('loading refuses an index of another format version (or none at all) with a format error, not a crash', () => {
  const load = (index: unknown) => () => SearchEngine.load(index as SearchIndexData);
  for (const version of [1, 3, undefined]) {
    assert.throws(load({ ...data, formatVersion: version }), (error: unknown) => {
      assert.ok(error instanceof SearchIndexError);
      assert.equal(error.code, 'format');
      assert.equal(error.reason, 'formatVersion');
      assert.equal(error.expected, SEARCH_FORMAT_VERSION);
      assert.equal(error.actual, version);
      assert.match(error.message, /formatVersion/);
      return true;
    });
  }
  for (const index of [null, 'x', [], {}]) assert.throws(load(index), { code: 'format', reason: 'formatVersion' });
});

test('highlight ranges point into the text as displayed', () => {
  const show = (text: string, query: string) =>
    engine
      .highlight(text, query)
      .map(([s, e]) => text.slice(s, e))
      .join('|');
  assert.equal(show('商标续展注册', '商标续'), '商标续');
  assert.equal(show('商標續展註冊', '商标续展'), '商標續展');
  assert.equal(show('专利权质押登记', '专利质压'), '专利|质押');
  assert.equal(show('商标续展注册', 'shangbiao xu'), '商标续');
  assert.equal(show('商标注册申请', 'sbzc'), '商标注册');
  // Typed pinyin lights up only where it runs whole, not every pair of its syllables on the way.
  assert.equal(show('地理标志证明商标注册', 'sbzc'), '商标注册');
  assert.equal(show('商标代理机构备案', 'shangb'), '商标');
  assert.equal(show('专利复审请求', 'zlsq'), '');
  assert.equal(show('商标注册申请', 'shangbiao注册'), '商标注册');
  assert.equal(show('Trademark renewal', 'trademrk renewl'), 'Trademark|renewal');
  assert.equal(show('Trademark renewal', 'tradem'), 'Tradem');
  assert.equal(show('拨打12330热线', '12330'), '12330');
  assert.deepEqual(engine.highlight('商标注册', '天气'), []);
});

test('pinyin candidates for an on-screen keyboard', () => {
  assert.equal(pinyinCandidates(engine, 'sb')[0]?.text, '商标');
  assert.deepEqual(pinyinCandidates(engine, 'zhuanli', 1), [{ text: '专利', pinyin: 'zhuan li' }]);
  assert.ok(pinyinCandidates(engine, 'shang').some((c) => c.text === '商'));
  assert.ok(!pinyinCandidates(engine, 'sbz').some((c) => c.text === '商标注'), 'no half words');
  assert.deepEqual(pinyinCandidates(engine, '123'), []);
});
