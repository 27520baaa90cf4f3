/**
 * The engine leaves out work that cannot change an answer: the most common tokens of a long
 * query only complete documents the rarer ones found (MaxScore), syllable pairs walk only the
 * homophones their hanzi pair lacks, and documents that cannot reach the top `limit` are only
 * counted. None of it may change an answer: on a broad synthetic catalogue, where one keystroke
 * matches thousands of documents, every keystroke prefix of the labelled queries ranks and counts
 * the same as an exhaustive search, for any limit, kinds or filter.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SearchEngine, type SearchOptions } from '@yizhan/search';
import { buildSearchIndex } from '@yizhan/search/build';
import { syntheticCatalogue } from '../bench/synthetic.js';
import { loadQueries } from './quality.js';

const synthetic = syntheticCatalogue(1000);
const engine = SearchEngine.load(buildSearchIndex(synthetic.catalogue));
const prefixes = new Set<string>();
for (const { query } of [...loadQueries(), ...synthetic.queries]) {
  const chars = [...query];
  for (let i = 1; i <= chars.length; i++) prefixes.add(chars.slice(0, i).join(''));
}

test('searches agree with exhaustive ones on every keystroke prefix', () => {
  const options: Array<Omit<SearchOptions, 'limit'>> = [{}, { kinds: ['outlet'] }, { filter: (hit) => hit.id < 'm' }];
  for (const query of prefixes) {
    for (const extra of options) {
      const full = engine.search(query, { ...extra, limit: 200, exhaustive: true });
      for (const limit of [1, 10, 50]) {
        const small = engine.search(query, { ...extra, limit });
        assert.deepEqual(small.hits, full.hits.slice(0, limit), `${query} limit ${limit}`);
        assert.equal(small.total, full.total, query);
      }
    }
  }
});

test('a long query of common pairs finds the same documents as an exhaustive search', () => {
  // Every pair of this name is common in the synthetic catalogue (知识, 产权, 窗口, 办理 …),
  // which is where the common tail is walked for found documents only.
  const query = synthetic.queries.find((q) => [...q.query].length >= 12 && /知识产权/.test(q.query))?.query;
  assert.ok(query, 'the synthetic catalogue has a long 知识产权 name');
  const quick = engine.search(query, { limit: 20 });
  const full = engine.search(query, { limit: 20, exhaustive: true });
  assert.ok(quick.total > 20, `${query} matches many documents (${quick.total})`);
  assert.deepEqual(quick, full);
});
