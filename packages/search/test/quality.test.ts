import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Converter } from 'opencc-js';
import { SearchEngine, type SearchIndexData } from '@yizhan/search';
import { buildSearchIndex } from '@yizhan/search/build';
import { catalogueFrom } from './helpers.js';
import { DEMO_LISTS, loadQueries, QUERY_KINDS, scoreByKind } from './quality.js';

const catalogue = catalogueFrom(...DEMO_LISTS);
const engine = SearchEngine.load(JSON.parse(JSON.stringify(buildSearchIndex(catalogue))) as SearchIndexData);
const queries = loadQueries();

/** Quality floors per query kind; the benchmark prints the same figures beside other engines. */
const MIN_RECALL_AT_5 = 0.9;
const MIN_MRR_AT_10 = 0.85;

test('the labelled set has at least 150 queries covering every kind, all about real ids', () => {
  assert.ok(queries.length >= 150, String(queries.length));
  const ids = new Set([...catalogue.items.map((i) => i.id), ...catalogue.outlets.map((o) => o.id)]);
  for (const kind of QUERY_KINDS) assert.ok(queries.filter((q) => q.kind === kind).length >= 10, kind);
  for (const q of queries) {
    assert.ok(QUERY_KINDS.includes(q.kind), q.kind);
    for (const id of q.relevant) assert.ok(ids.has(id), `${q.query}: unknown id ${id}`);
    assert.equal(q.relevant.length === 0, q.kind === 'negative', q.query);
  }
});

const scores = scoreByKind(queries, (q) => engine.search(q, { limit: 10 }).hits.map((h) => h.id));
console.log(
  scores
    .map((s) => `${s.kind.padEnd(16)} n=${s.queries}  MRR@10 ${s.mrr.toFixed(3)}  recall@5 ${s.recall.toFixed(3)}`)
    .join('\n'),
);

for (const s of scores) {
  test(`${s.kind}: recall@5 ≥ ${MIN_RECALL_AT_5} and MRR@10 ≥ ${MIN_MRR_AT_10}`, () => {
    const detail = s.misses.map((m) => `${m.query} → ${m.got.join(', ') || '(nothing)'}`).join('\n');
    assert.ok(s.recall >= MIN_RECALL_AT_5, `recall@5 ${s.recall.toFixed(3)}\n${detail}`);
    assert.ok(s.mrr >= MIN_MRR_AT_10, `MRR@10 ${s.mrr.toFixed(3)}\n${detail}`);
  });
}

test('negative queries return nothing and report a zero result', () => {
  for (const q of queries.filter((x) => x.kind === 'negative')) {
    const response = engine.search(q.query);
    assert.equal(response.zeroResult, true, `${q.query} → ${response.hits.map((h) => h.id).join(', ')}`);
  }
});

test('a small limit ranks exactly like a large one (unscored documents could not have made it)', () => {
  for (const q of queries) {
    const small = engine.search(q.query, { limit: 3 });
    const large = engine.search(q.query, { limit: 500 });
    assert.deepEqual(small.hits, large.hits.slice(0, 3), q.query);
    assert.equal(small.total, large.total, q.query);
  }
});

test('every Chinese query typed in Taiwan or Hong Kong characters ranks exactly as in Simplified ones', () => {
  // The index ships folding pairs only for the catalogue's characters and lists other Traditional
  // characters under their readings, so homophone slips typed in Traditional characters (專利質壓)
  // still match by sound, exactly as 专利质压 does.
  const convert = [Converter({ from: 'cn', to: 'tw' }), Converter({ from: 'cn', to: 'hk' })];
  let compared = 0;
  for (const q of queries.filter((x) => /\p{Script=Han}/u.test(x.query))) {
    const simplified = engine.search(q.query, { limit: 10 });
    for (const traditional of new Set(convert.map((c) => c(q.query)))) {
      if (traditional === q.query) continue;
      compared++;
      const response = engine.search(traditional, { limit: 10 });
      assert.deepEqual(response.hits, simplified.hits, `${traditional} (${q.kind})`);
      assert.equal(response.total, simplified.total, traditional);
    }
  }
  assert.ok(compared >= 90, String(compared));
});
