/**
 * `pnpm bench:build`: how long `yizhan build` takes and how big the bundle is for 1k and 10k
 * synthetic items, from JSON (a national list plus a municipal overlay) and from CSV.
 *
 *   validate  read the files from disk and check them (UTF-8, JSON / CSV parse, zod)
 *   resolve   overlay resolution with provenance
 *   write     the extras the CLI adds (search index) + writeBundle (hashes, temp dir, rename)
 *   csv       read + import + check the same items kept as a maintainer's CSV
 *
 * Median of several runs; the machine is shared, so compare rows of one run, not runs.
 *   pnpm bench:build                  1k and 10k
 *   pnpm bench:build -- --sizes 1000  only some sizes
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { i18nFor } from '@yizhan/i18n/node';
import { resolveCatalogue, type Catalogue, type SourceList } from '../src/index.js';
import { readListFile, writeBundle, type BundleFile } from '../src/node.js';
import { syntheticChain, toCsv } from './synthetic.js';

// The CLI decides what joins catalogue.json in a bundle (the search index); time what it builds.
// Imported across packages on purpose: a benchmark of `yizhan build` has to include it.
import { bundleExtras } from '../../cli/src/bundle-extras.js';

const t = i18nFor('en').t;
const args = process.argv.slice(2);
const sizesArg = args[args.indexOf('--sizes') + 1];
const SIZES = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [1000, 10_000];
const runsFor = (size: number) => (size >= 10_000 ? 5 : 9);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

function ok<T extends { problems: { severity: string; message: string }[] }>(result: T, what: string): T {
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`${what}: ${errors.length} problems, first: ${errors[0]!.message}`);
  return result;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;

interface Row {
  items: number;
  source: string;
  validate: number;
  resolve: number;
  write: number;
  extras: number;
  raw: number;
  gzip: number;
  files: string;
}

async function bundleSize(dir: string, files: readonly string[]) {
  let raw = 0;
  let gzip = 0;
  const parts: string[] = [];
  for (const path of files) {
    const bytes = await readFile(join(dir, path));
    const zipped = gzipSync(bytes, { level: 9 }).byteLength;
    raw += bytes.byteLength;
    gzip += zipped;
    parts.push(`${path} ${kb(bytes.byteLength)}/${kb(zipped)}`);
  }
  return { raw, gzip, files: parts.join(', ') };
}

async function measure(work: string, size: number, label: string, files: string[]): Promise<Row> {
  const runs = runsFor(size);
  const validate: number[] = [];
  const resolve: number[] = [];
  const write: number[] = [];
  const extrasTimes: number[] = [];
  let last: { dir: string; paths: string[] } | undefined;
  for (let run = 0; run < runs; run++) {
    const read = await timed(async () => {
      const sources: SourceList[] = [];
      for (const file of files) sources.push(ok(await readListFile(file, { t }), file).source!);
      return sources;
    });
    const resolved = await timed(() => ok(resolveCatalogue(read.value, { t }), 'resolve'));
    const catalogue = resolved.value.catalogue as Catalogue;
    const out = join(work, `${label}-${size}`);
    let extras: BundleFile[] = [];
    const extrasTime = await timed(async () => {
      extras = await bundleExtras(catalogue);
    });
    const written = await timed(() => writeBundle(out, catalogue, extras));
    validate.push(read.ms);
    resolve.push(resolved.ms);
    extrasTimes.push(extrasTime.ms);
    write.push(extrasTime.ms + written.ms);
    last = { dir: out, paths: written.value.manifest.files.map((f) => f.path) };
  }
  const size_ = await bundleSize(last!.dir, ['manifest.json', ...last!.paths]);
  return {
    items: size,
    source: label,
    validate: median(validate),
    resolve: median(resolve),
    write: median(write),
    extras: median(extrasTimes),
    ...size_,
  };
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]!].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

async function main() {
  const work = await mkdtemp(join(tmpdir(), 'yizhan-bench-'));
  try {
    console.log(
      `yizhan build benchmark · Node ${process.version} · ${process.platform}/${process.arch} · ${cpus()[0]?.model ?? 'cpu'} ×${cpus().length}`,
    );
    console.log('median of 9 runs (5 for 10k); write = search index (bundleExtras) + writeBundle\n');
    const rows: string[][] = [];
    const details: string[] = [];
    for (const size of SIZES) {
      const { national, overlay } = syntheticChain(size);
      const nationalPath = join(work, `national-${size}.json`);
      const overlayPath = join(work, `city-${size}.json`);
      const csvPath = join(work, `national-${size}.csv`);
      await writeFile(nationalPath, JSON.stringify(national, null, 2));
      await writeFile(overlayPath, JSON.stringify(overlay, null, 2));
      await writeFile(csvPath, toCsv(national));
      const jsonBytes = (await readFile(nationalPath)).byteLength + (await readFile(overlayPath)).byteLength;
      const csvBytes = (await readFile(csvPath)).byteLength;

      const json = await measure(work, size, 'json', [nationalPath, overlayPath]);
      const csv = await measure(work, size, 'csv', [csvPath]);
      for (const [row, input] of [
        [json, `JSON ${kb(jsonBytes)}`],
        [csv, `CSV ${kb(csvBytes)}`],
      ] as const) {
        rows.push([
          `${row.items / 1000}k`,
          input,
          ms(row.validate),
          ms(row.resolve),
          ms(row.write),
          ms(row.validate + row.resolve + row.write),
          kb(row.raw),
          kb(row.gzip),
        ]);
        details.push(`${row.items / 1000}k ${row.source}: ${row.files} (search index built in ${ms(row.extras)})`);
      }
      details.push(`${size / 1000}k CSV import (read + parse + check ${size} rows): ${ms(csv.validate)}`);
    }
    console.log(table(['items', 'input', 'validate', 'resolve', 'write', 'total', 'bundle', 'gzip -9'], rows));
    console.log(`\n${details.join('\n')}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
