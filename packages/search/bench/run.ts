/**
 * `pnpm bench:search`: our engine against MiniSearch, FlexSearch, Orama and a substring scan on
 * the demo catalogue and on 10,000 synthetic items, in one run over the same data. Prints, per
 * catalogue, build time, index size, heap, query latency (p50/p95 over every keystroke prefix of
 * the labelled real queries) with ratios against ours, and MRR@10 / recall@5 per query kind.
 *
 *   node --expose-gc --import tsx bench/run.ts [--items 10000]
 */
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import type { Catalogue } from '@yizhan/catalogue';
import { SearchEngine, type SearchIndexData } from '../src/index.js';
import { buildSearchIndex } from '../src/build/index.js';
import { catalogueFrom } from '../test/helpers.js';
import {
  DEMO_LISTS,
  loadQueries,
  QUERY_KINDS,
  scoreByKind,
  type KindScore,
  type LabelledQuery,
} from '../test/quality.js';
import { flatten, flexSearchPeer, miniSearchPeer, oramaPeer, substringPeer, type Peer } from './peers.js';
import { bestOfThree, keystrokes, timeQueries, type Latency } from './latency.js';
import { syntheticCatalogue } from './synthetic.js';

const gc = (globalThis as { gc?: () => void }).gc;
/** The JS heap and the memory behind typed arrays (which V8 keeps outside the heap). */
function heapUsed(): number {
  gc?.();
  gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

interface Result {
  engine: string;
  buildMs: number;
  bytes: number;
  gzipBytes: number;
  heapBytes: number;
  p50: number;
  p95: number;
  best3?: { p50: number; p95: number };
  /** Keystroke prefixes timed (fewer than all when the engine ran out of its time budget). */
  timed: number;
  quality: KindScore[];
  note?: string;
}

async function quality(search: (q: string) => string[] | Promise<string[]>, labelled: readonly LabelledQuery[]) {
  const ranked = new Map<string, string[]>();
  for (const q of labelled) ranked.set(q.query, await search(q.query));
  return scoreByKind(labelled, (q) => ranked.get(q) ?? []);
}

async function measureOurs(catalogue: Catalogue, labelled: readonly LabelledQuery[], typed: readonly string[]) {
  let t = performance.now();
  const json = JSON.stringify(buildSearchIndex(catalogue));
  const buildMs = performance.now() - t;
  // Heap of what a browser holds: the loaded engine, not the builder and its pinyin dictionaries.
  const before = heapUsed();
  t = performance.now();
  let engine: SearchEngine | undefined = SearchEngine.load(JSON.parse(json) as SearchIndexData);
  const loadMs = performance.now() - t;
  const search = (q: string) => engine!.search(q, { limit: 10 }).hits.map((h) => h.id);
  const latency: Latency = { ...(await timeQueries(search, typed)), best3: bestOfThree(search, typed) };
  const scores = await quality(search, labelled);
  const heapBytes = heapUsed() - before;
  engine = undefined;
  return {
    engine: 'yizhan',
    buildMs,
    bytes: Buffer.byteLength(json),
    gzipBytes: gzipSync(json).length,
    heapBytes,
    ...latency,
    quality: scores,
    note: `load from JSON ${loadMs.toFixed(1)} ms`,
  } satisfies Result;
}

async function measurePeer(
  peer: Peer,
  catalogue: Catalogue,
  labelled: readonly LabelledQuery[],
  typed: readonly string[],
) {
  const docs = flatten(catalogue);
  const before = heapUsed();
  const t = performance.now();
  await peer.build(docs);
  const buildMs = performance.now() - t;
  const search = (q: string) => peer.search(q);
  const latency = await timeQueries(search, typed);
  const scores = await quality(search, labelled);
  const heapBytes = heapUsed() - before;
  const bytes = await peer.size();
  return { engine: peer.name, buildMs, bytes, gzipBytes: NaN, heapBytes, ...latency, quality: scores } satisfies Result;
}

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
const lpad = (s: string, n: number) => ' '.repeat(Math.max(0, n - [...s].length)) + s;
const ratio = (value: number, ours: number) =>
  ours > 0 ? `×${(value / ours).toFixed(value / ours < 10 ? 2 : 0)}` : '';

function print(title: string, results: Result[], typed: number, labelled: number) {
  const ours = results[0]!;
  console.log(`\n## ${title}`);
  console.log(
    `latency over ${typed} keystroke prefixes of the labelled queries; quality over ${labelled} labelled queries\n`,
  );
  console.log(
    [
      pad('engine', 16),
      lpad('build ms', 18),
      lpad('index KB', 18),
      lpad('gzip KB', 9),
      lpad('heap MB', 16),
      lpad('p50 ms', 9),
      lpad('p95 ms', 17),
    ].join(''),
  );
  for (const r of results) {
    const me = r === ours;
    console.log(
      [
        pad(r.engine, 16),
        lpad(`${r.buildMs.toFixed(0)} ${me ? '' : ratio(r.buildMs, ours.buildMs)}`, 18),
        lpad(`${(r.bytes / 1024).toFixed(0)} ${me ? '' : ratio(r.bytes, ours.bytes)}`, 18),
        lpad(Number.isNaN(r.gzipBytes) ? '' : (r.gzipBytes / 1024).toFixed(0), 9),
        lpad(`${(r.heapBytes / 1048576).toFixed(1)} ${me ? '' : ratio(r.heapBytes, ours.heapBytes)}`, 16),
        lpad(r.p50.toFixed(3), 9),
        lpad(`${r.p95.toFixed(3)} ${me ? '' : ratio(r.p95, ours.p95)}`, 17),
        r.timed < typed ? `  (timed ${r.timed} of ${typed}: time budget)` : '',
      ].join(''),
    );
  }
  if (ours.note) console.log(`(yizhan: build includes pinyin; ${ours.note})`);
  if (ours.best3) {
    console.log(
      `(yizhan, best of 3 passes per prefix: p50 ${ours.best3.p50.toFixed(3)} ms, p95 ${ours.best3.p95.toFixed(3)} ms; ` +
        `load average ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')})`,
    );
  }
  console.log(`\nMRR@10 / recall@5 per query kind (negative: share of queries answered with nothing)\n`);
  console.log([pad('kind', 17), ...results.map((r) => lpad(r.engine, 16))].join(''));
  for (const kind of QUERY_KINDS) {
    const cells = results.map((r) => {
      const s = r.quality.find((q) => q.kind === kind)!;
      return lpad(s.queries ? `${s.mrr.toFixed(2)} / ${s.recall.toFixed(2)}` : '–', 16);
    });
    console.log([pad(`${kind} (${ours.quality.find((q) => q.kind === kind)!.queries})`, 17), ...cells].join(''));
  }
  const behind = QUERY_KINDS.filter((kind) =>
    results.slice(1).some((r) => {
      const a = ours.quality.find((q) => q.kind === kind)!;
      const b = r.quality.find((q) => q.kind === kind)!;
      return b.recall > a.recall || (b.recall === a.recall && b.mrr > a.mrr);
    }),
  );
  console.log(
    behind.length
      ? `\nkinds where a peer is ahead of yizhan: ${behind.join(', ')}`
      : '\nyizhan is ahead of or level with every peer on every kind',
  );
}

async function runOn(
  title: string,
  catalogue: Catalogue,
  labelled: readonly LabelledQuery[],
  typed: readonly string[],
) {
  const results: Result[] = [await measureOurs(catalogue, labelled, typed)];
  for (const make of [miniSearchPeer, flexSearchPeer, oramaPeer, substringPeer]) {
    results.push(await measurePeer(make(), catalogue, labelled, typed));
  }
  print(title, results, typed.length, labelled.length);
}

const itemsArg = process.argv.indexOf('--items');
const count = itemsArg >= 0 ? Number(process.argv[itemsArg + 1]) : 10_000;
if (!gc) console.warn('run with --expose-gc for heap figures');

const real = loadQueries();
const typed = keystrokes(real);
const demo = catalogueFrom(...DEMO_LISTS);
await runOn(`demo catalogue (${demo.items.length} items, ${demo.outlets.length} outlets)`, demo, real, typed);
const synthetic = syntheticCatalogue(count);
await runOn(
  `synthetic catalogue (${synthetic.catalogue.items.length} items, ${synthetic.catalogue.outlets.length} outlets)`,
  synthetic.catalogue,
  synthetic.queries,
  typed,
);
