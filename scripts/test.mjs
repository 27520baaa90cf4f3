#!/usr/bin/env node
// `npm test`: install what is missing, run every suite of the workspace, end with one line
// `N passed, N failed`. Options for day-to-day work:
//   node scripts/test.mjs --only unit,browser      run some suites (format lint types unit browser e2e)
//   node scripts/test.mjs --only unit packages/search   and only test files under a path
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  ROOT,
  checkNode,
  ensureChromium,
  ensureDependencies,
  ensurePnpm,
  ensurePostgres,
  log,
  warn,
} from './lib/bootstrap.mjs';

const args = process.argv.slice(2);
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? new Set(args[onlyIndex + 1].split(',')) : undefined;
const paths = args.filter((a, i) => !a.startsWith('--') && i !== onlyIndex + 1).map((p) => p.replace(/\/$/, ''));
const wants = (suite) => !only || only.has(suite);
// One directory per run: several runs in one checkout must not read each other's counts.
const RESULTS = join(ROOT, '.cache', 'test-results', String(process.pid));

const IGNORED_DIRS = new Set(['node_modules', 'dist', '.git', '.cache', '.vite', 'out', 'test-results']);
function findFiles(dir, predicate, out = []) {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (IGNORED_DIRS.has(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) findFiles(full, predicate, out);
    else if (predicate(relative(ROOT, full))) out.push(relative(ROOT, full));
  }
  return out.sort();
}
const underPaths = (file) => paths.length === 0 || paths.some((p) => file === p || file.startsWith(`${p}/`));

/** Node unit tests: `*.test.ts` except browser tests (`*.browser.test.ts`, widgets/ outside widgets/test/node/) and e2e. */
const isWidgetsNodeTest = (f) => f.startsWith('widgets/test/node/');
export const isNodeTest = (f) =>
  f.endsWith('.test.ts') &&
  !f.endsWith('.browser.test.ts') &&
  (!f.startsWith('widgets/') || isWidgetsNodeTest(f)) &&
  !f.includes('/e2e/');
const isBrowserTest = (f) =>
  (f.startsWith('widgets/') && f.endsWith('.test.ts') && !isWidgetsNodeTest(f)) || f.endsWith('.browser.test.ts');

function exec(command, commandArgs, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(127));
  });
}

const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

/** A check that passes or fails as a whole (formatting, lint, types). */
async function check(name, command, commandArgs) {
  log(`${name}: ${[command, ...commandArgs].map((a) => relative(ROOT, a) || a).join(' ')}`);
  const code = await exec(command, commandArgs);
  return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 };
}

function countTap(file) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const read = (label) => Number(new RegExp(`^# ${label} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  return { passed: read('pass'), failed: read('fail') + read('cancelled'), skipped: read('skipped') + read('todo') };
}

async function unitSuite() {
  const files = findFiles(ROOT, isNodeTest).filter(underPaths);
  if (files.length === 0) return { passed: 0, failed: 0, skipped: 0 };
  const tap = join(RESULTS, 'unit.tap');
  log(`unit: ${files.length} files under node --test`);
  const code = await exec(process.execPath, [
    '--import',
    'tsx',
    '--test',
    '--test-timeout=300000',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ]);
  const counts = countTap(tap);
  // A crash before any test reported (a syntax error, say) must not read as success.
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

async function browserSuite() {
  const files = findFiles(ROOT, isBrowserTest).filter(underPaths);
  if (files.length === 0) return { passed: 0, failed: 0, skipped: 0 };
  const out = join(RESULTS, 'browser.json');
  log(`browser: ${files.length} files under @web/test-runner in Chromium`);
  const code = await exec(bin('wtr'), ['--config', 'web-test-runner.config.mjs'], {
    YZ_WTR_FILES: JSON.stringify(files),
    YZ_WTR_RESULTS: out,
  });
  const counts = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : { passed: 0, failed: 0, skipped: 0 };
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

async function e2eSuite() {
  const files = findFiles(ROOT, (f) => f.includes('/e2e/') && f.endsWith('.spec.ts')).filter(underPaths);
  if (files.length === 0) return { passed: 0, failed: 0, skipped: 0 };
  const out = join(RESULTS, 'e2e.json');
  log(`e2e: ${files.length} files under Playwright`);
  const code = await exec(bin('playwright'), ['test', ...files], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: out,
    YZ_PW_OUTPUT: join(RESULTS, 'playwright'),
  });
  let counts = { passed: 0, failed: 0, skipped: 0 };
  if (existsSync(out)) {
    const { stats } = JSON.parse(readFileSync(out, 'utf8'));
    counts = { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
  }
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

/**
 * Browser and end-to-end tests load the demo catalogue the way a portal does, from a bundle
 * directory; build it from demo/data so tests always see the current lists.
 */
async function prepareFixtures() {
  const lists = ['demo/data/national.json', 'demo/data/sichuan.json', 'demo/data/chengdu.json'];
  if (!lists.every((l) => existsSync(join(ROOT, l)))) return;
  log('fixtures: building the demo bundle into demo/public/bundle');
  const code = await exec(process.execPath, [
    '--import',
    'tsx',
    'packages/cli/src/main.ts',
    'build',
    ...lists,
    '--out',
    'demo/public/bundle',
    '--lang',
    'en',
    '--built-at',
    '2026-01-01T00:00:00.000Z',
  ]);
  if (code !== 0) throw new Error('building the demo bundle failed; see the problems above');
}

const SUITES = [
  ['format', () => check('format', bin('prettier'), ['--check', '--log-level=warn', '.'])],
  ['lint', () => check('lint', bin('eslint'), ['--max-warnings=0', '.'])],
  ['types', () => check('types', bin('tsc'), ['-p', 'tsconfig.json'])],
  ['unit', unitSuite],
  ['browser', browserSuite],
  ['e2e', e2eSuite],
];

async function main() {
  checkNode();
  ensurePnpm();
  ensureDependencies();
  const needsBrowser = wants('browser') || wants('e2e');
  if (needsBrowser) ensureChromium();
  if (wants('unit')) {
    const pg = ensurePostgres();
    if (pg.url) log('PostgreSQL suite: running against a local server on 127.0.0.1');
    else warn(`PostgreSQL suite will be skipped: ${pg.reason}`);
  }
  if (needsBrowser) await prepareFixtures();
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const rows = [];
  for (const [name, runSuite] of SUITES) {
    if (!wants(name)) continue;
    const counts = await runSuite();
    rows.push([name, counts]);
    for (const key of Object.keys(totals)) totals[key] += counts[key];
  }
  process.stdout.write('\nsuite      passed  failed  skipped\n');
  for (const [name, c] of rows) {
    process.stdout.write(
      `${name.padEnd(10)} ${String(c.passed).padStart(6)}  ${String(c.failed).padStart(6)}  ${String(c.skipped).padStart(7)}\n`,
    );
  }
  process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed\n`);
  process.exitCode = totals.failed > 0 ? 1 : 0;
}

main().catch((error) => {
  process.stderr.write(`[yizhan] ${error.message}\n`);
  process.stdout.write('\n0 passed, 1 failed\n');
  process.exitCode = 1;
});
