/**
 * Our engine alone at 10,000 synthetic items, timed exactly as `bench/run.ts` times it (index
 * built in this process, 200 warm-up queries, one shuffled pass over every keystroke prefix, then
 * the best of three passes). For comparing two versions of the engine on a shared machine: run
 * this for each in turn, several times, and compare the turns.
 *
 *   git worktree add /tmp/before HEAD~1        # the version to compare against
 *   node --expose-gc --import tsx bench/ours.ts --root /tmp/before/packages/search
 *   node --expose-gc --import tsx bench/ours.ts
 *
 * (A worktree needs the workspace's node_modules: link /tmp/before/node_modules and the
 * packages' node_modules to this checkout's.)
 */
import { resolve } from 'node:path';
import type * as Engine from '../src/index.js';
import type * as Build from '../src/build/index.js';
import { loadQueries } from '../test/quality.js';
import { bestOfThree, keystrokes, timeQueries } from './latency.js';
import { syntheticCatalogue } from './synthetic.js';

const rootArg = process.argv.indexOf('--root');
const root = resolve(rootArg >= 0 ? process.argv[rootArg + 1]! : new URL('..', import.meta.url).pathname);
const { SearchEngine } = (await import(`${root}/src/index.ts`)) as typeof Engine;
const { buildSearchIndex } = (await import(`${root}/src/build/index.ts`)) as typeof Build;

const typed = keystrokes(loadQueries());
const engine = SearchEngine.load(JSON.parse(JSON.stringify(buildSearchIndex(syntheticCatalogue(10_000).catalogue))));
const search = (q: string) => engine.search(q, { limit: 10 }).hits.map((h) => h.id);
const latency = await timeQueries(search, typed);
const best = bestOfThree(search, typed);
console.log(
  `${root}: p50 ${latency.p50.toFixed(3)} ms, p95 ${latency.p95.toFixed(3)} ms; ` +
    `best of 3: p50 ${best.p50.toFixed(3)}, p95 ${best.p95.toFixed(3)} ms`,
);
