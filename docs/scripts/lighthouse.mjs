#!/usr/bin/env node
/**
 * Lighthouse (Debian Chromium) on the demo portal and the docs site, production builds served on
 * loopback. Prints accessibility, performance, best-practices and SEO per page (median of --runs),
 * and what keeps a page under the bar (accessibility 100, performance ≥ 95).
 *
 *   pnpm --filter @yizhan/docs lighthouse [--runs 3] [--no-build] [--only demo|docs|components] [--desktop] [--assert]
 *
 * Mobile emulation with Lighthouse's default simulated throttling (slow 4G, 4× CPU), unless
 * --desktop. Reports (JSON) go to .cache/lighthouse/. --assert exits 1 when a page is under the bar.
 * `--url URL` (repeatable) measures those pages only, served by you.
 * `--only components` measures each component alone on a blank page (and all five together), from
 * the widgets build, to show what each one costs in blocking time.
 * A benchmark, not a test: scores move with machine load.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../scripts/lib/chromium.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = chromiumExecutable();
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS, '--disable-dev-shm-usage'];
const CATEGORIES = ['accessibility', 'performance', 'best-practices', 'seo'];
const BAR = { accessibility: 100, performance: 95 };

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const runs = Number(option('runs', '3'));
const only = option('only', undefined);
const build = !argv.includes('--no-build');
const desktop = argv.includes('--desktop');
const assertBar = argv.includes('--assert');
const urls = argv.flatMap((arg, i) => (arg === '--url' ? [argv[i + 1]] : []));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

const children = [];
function start(command, args, env = {}) {
  // Its own process group, so stopping it also stops what pnpm started under it.
  const child = spawn(command, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  children.push(child);
  return { child, output: () => output };
}

async function waitFor(url, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

async function launchChromium() {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'yizhan-lh-'));
  const child = spawn(
    CHROMIUM,
    [...CHROME_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  children.push(child);
  await waitFor(`http://127.0.0.1:${port}/json/version`);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    port,
    close: async () => {
      child.kill('SIGTERM');
      await exited;
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Audits that cost points in a category, worst first. */
function shortfalls(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit.score !== null && audit.score < 1)
    .sort((a, b) => b.ref.weight * (1 - b.audit.score) - a.ref.weight * (1 - a.audit.score))
    .map(({ audit }) => `${audit.id} (${audit.displayValue || `score ${audit.score}`})`);
}

async function main() {
  const sites = [];
  const env = { YZ_BUNDLE_DIR: join(ROOT, 'demo/public/bundle') };
  for (const url of urls) sites.push([url, url]);
  if (!urls.length && only !== 'docs' && only !== 'components') {
    if (build) {
      run(process.execPath, [
        '--import',
        'tsx',
        'packages/cli/src/main.ts',
        'build',
        'demo/data/national.json',
        'demo/data/sichuan.json',
        'demo/data/chengdu.json',
        '--out',
        'demo/public/bundle',
      ]);
      run('pnpm', ['--filter', '@yizhan/demo', 'run', 'build'], env);
    }
    const port = await freePort();
    start('pnpm', ['--filter', '@yizhan/demo', 'run', 'preview', '--port', String(port), '--strictPort'], env);
    const base = `http://127.0.0.1:${port}/`;
    await waitFor(base);
    sites.push(['demo: portal home', base], ['demo: handling guide (#item=tm-renewal)', `${base}#item=tm-renewal`]);
  }
  if (!urls.length && only === 'components') {
    const publicDir = join(ROOT, 'docs/site/public');
    if (build || !existsSync(join(publicDir, 'yizhan/yizhan.js')))
      run('pnpm', ['--filter', '@yizhan/docs', 'run', 'prepare-site'], env);
    const dir = mkdtempSync(join(tmpdir(), 'yizhan-lh-pages-'));
    symlinkSync(join(publicDir, 'yizhan'), join(dir, 'yizhan'));
    symlinkSync(join(publicDir, 'bundle'), join(dir, 'bundle'));
    const pages = {
      'yz-search': '<yz-search src="/bundle/"></yz-search>',
      'yz-catalogue': '<yz-catalogue src="/bundle/"></yz-catalogue>',
      'yz-outlets': '<yz-outlets src="/bundle/" heading-level="2"></yz-outlets>',
      'yz-consult-form': '<yz-consult-form src="/bundle/"></yz-consult-form>',
      'yz-rating': '<yz-rating target-type="item" target-id="tm-renewal"></yz-rating>',
    };
    pages.yizhan = Object.values(pages).join('\n');
    for (const [name, body] of Object.entries(pages)) {
      const entry = name === 'yizhan' ? 'yizhan' : name;
      writeFileSync(
        join(dir, `${name}.html`),
        `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
          `<meta name="description" content="${name} alone"><title>${name}</title><script type="module" src="/yizhan/${entry}.js"></script></head>` +
          `<body><main><h1>${name}</h1>\n${body}\n</main></body></html>\n`,
      );
    }
    const port = await freePort();
    start(process.execPath, ['docs/scripts/serve.mjs', dir, '--port', String(port)]);
    const base = `http://127.0.0.1:${port}/`;
    await waitFor(`${base}yizhan.html`);
    for (const name of Object.keys(pages))
      sites.push([name === 'yizhan' ? 'all five (yizhan.js)' : `${name} alone`, `${base}${name}.html`]);
  }
  if (!urls.length && only !== 'demo' && only !== 'components') {
    if (build) run('pnpm', ['--filter', '@yizhan/docs', 'run', 'build'], env);
    const port = await freePort();
    start(process.execPath, ['docs/scripts/serve.mjs', '--port', String(port)]);
    const base = `http://127.0.0.1:${port}/`;
    await waitFor(base);
    sites.push(
      ['docs: landing', base],
      ['docs: 中文首页', `${base}zh/`],
      ['docs: <yz-search> page', `${base}components/yz-search.html`],
    );
  }

  const out = join(ROOT, '.cache/lighthouse');
  mkdirSync(out, { recursive: true });
  const chromium = await launchChromium();
  const rows = [];
  let below = 0;
  try {
    for (const [label, url] of sites) {
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
      let worst;
      const tbts = [];
      const benchmarks = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(
          url,
          { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
          desktop ? desktopConfig : undefined,
        );
        const lhr = result.lhr;
        if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
        for (const c of CATEGORIES) scores[c].push(Math.round((lhr.categories[c].score ?? 0) * 100));
        tbts.push(Math.round(lhr.audits['total-blocking-time'].numericValue ?? NaN));
        benchmarks.push(Math.round(lhr.environment.benchmarkIndex));
        const perf = lhr.categories.performance.score ?? 0;
        if (!worst || perf < (worst.categories.performance.score ?? 0)) worst = lhr;
      }
      const file = join(out, `${label.replace(/[^\w]+/g, '-').replace(/^-|-$/g, '')}.json`);
      writeFileSync(file, JSON.stringify(worst));
      const row = {
        label,
        url,
        ...Object.fromEntries(CATEGORIES.map((c) => [c, median(scores[c])])),
        tbt: median(tbts),
        cpu: median(benchmarks),
        runs: scores,
      };
      rows.push(row);
      const misses = [];
      if (row.accessibility < BAR.accessibility)
        misses.push(`accessibility: ${shortfalls(worst, 'accessibility').join(', ')}`);
      if (row.performance < BAR.performance) {
        const m = worst.audits;
        const shown = (id) => m[id].displayValue ?? m[id].errorMessage ?? 'n/a';
        misses.push(
          `performance (worst run): FCP ${shown('first-contentful-paint')}, LCP ${shown('largest-contentful-paint')}, TBT ${shown('total-blocking-time')}, CLS ${shown('cumulative-layout-shift')}; ${shortfalls(worst, 'performance').slice(0, 4).join(', ')}`,
        );
      }
      if (misses.length) below++;
      row.misses = misses;
    }
  } finally {
    await chromium.close();
  }

  const mode = desktop ? 'desktop' : 'mobile, simulated slow 4G and 4× CPU';
  console.log(
    `\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, ${mode}, median of ${runs} run(s)\n`,
  );
  const header = ['page', 'accessibility', 'performance', 'best-practices', 'seo', 'TBT ms', 'CPU index'];
  const table = [
    header,
    ...rows.map((r) => [r.label, ...CATEGORIES.map((c) => String(r[c])), String(r.tbt), String(r.cpu)]),
  ];
  const widths = header.map((_, i) => Math.max(...table.map((row) => [...row[i]].length)));
  for (const row of table)
    console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
  for (const row of rows) for (const miss of row.misses) console.log(`\n${row.label} under the bar — ${miss}`);
  console.log(
    `\nbar: accessibility ${BAR.accessibility}, performance ≥ ${BAR.performance}; reports in .cache/lighthouse/`,
  );
  console.log(
    'CPU index is Lighthouse’s benchmarkIndex of this machine during the runs (higher is faster; it falls when other\n' +
      'work shares the cores, and blocking time then rises): compare figures only at similar indexes.',
  );
  writeFileSync(join(out, 'summary.json'), JSON.stringify({ mode, runs, rows }, null, 2));
  if (assertBar && below) process.exitCode = 1;
}

main()
  .catch((error) => {
    console.error(`[lighthouse] ${error.stack ?? error}`);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const child of children) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
    }
  });
