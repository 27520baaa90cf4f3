/**
 * The engine scores only documents that can still reach the top `limit` (bounds checked before
 * each scoring round, and against what earlier readings ranked). Pruning must never change an
 * answer: on a broad synthetic catalogue, where one keystroke matches thousands of documents,
 * every keystroke prefix of the labelled queries ranks the same with a small limit as with one
 * too large to prune, and counts the same total.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SearchEngine, type SearchOptions } from '@yizhan/search';
import { buildSearchIndex } from '@yizhan/search/build';
import { syntheticCatalogue } from '../bench/synthetic.js';
import { loadQueries } from './quality.js';

const engine = SearchEngine.load(buildSearchIndex(syntheticCatalogue(1000).catalogue));
const prefixes = new Set<string>();
for (const { query } of loadQueries()) {
  const chars = [...query];
  for (let i = 1; i <= chars.length; i++) prefixes.add(chars.slice(0, i).join(''));
}

test('pruned and unpruned searches agree on every keystroke prefix', () => {
  const options: Array<Omit<SearchOptions, 'limit'>> = [{}, { kinds: ['outlet'] }, { filter: (hit) => hit.id < 'm' }];
  for (const query of prefixes) {
    for (const extra of options) {
      const full = engine.search(query, { ...extra, limit: 200 });
      for (const limit of [1, 10, 50]) {
        const small = engine.search(query, { ...extra, limit });
        assert.deepEqual(small.hits, full.hits.slice(0, limit), `${query} limit ${limit}`);
        assert.equal(small.total, full.total, query);
      }
    }
  }
});
