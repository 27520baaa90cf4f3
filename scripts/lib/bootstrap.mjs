// Everything `npm start` and `npm test` need on a fresh machine that has only Node and npm.
// Plain .mjs with no dependencies: it runs before anything is installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export function log(message) {
  process.stdout.write(`\x1b[36m[yizhan]\x1b[0m ${message}\n`);
}

export function warn(message) {
  process.stdout.write(`\x1b[33m[yizhan]\x1b[0m ${message}\n`);
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
}

export function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    throw new Error(`Node ${process.versions.node} is too old: Yizhan needs Node 20.19 or newer.`);
  }
}

export function ensurePnpm() {
  if (has('pnpm')) return;
  log('pnpm is missing; installing it with `npm i -g pnpm@10`');
  run('npm', ['i', '-g', 'pnpm@10']);
  if (!has('pnpm')) throw new Error('pnpm was installed but is not on PATH; add npm’s global bin directory to PATH.');
}

/** pnpm install when node_modules is missing or older than the lockfile (a fast no-op otherwise). */
export function ensureDependencies() {
  const lock = join(ROOT, 'pnpm-lock.yaml');
  const marker = join(ROOT, 'node_modules', '.modules.yaml');
  const fresh = existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs;
  if (fresh && !process.env.CI) return;
  log('installing dependencies (pnpm install --frozen-lockfile)');
  run('pnpm', ['install', '--frozen-lockfile']);
}

let aptUpdated = false;
function aptInstall(packages) {
  if (!isRoot || !has('apt-get')) return false;
  log(`installing ${packages.join(', ')} from Debian packages`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    run('apt-get', ['update', '-qq'], { env });
    aptUpdated = true;
  }
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { env });
  return true;
}

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && existsSync(p));
}

/** Debian's Chromium and a CJK font: without the font every Chinese character renders as a box. */
export function ensureChromium() {
  let path = chromiumPath();
  const missing = [];
  if (!path) missing.push('chromium');
  const fonts = spawnSync('sh', ['-c', 'fc-list 2>/dev/null | grep -qi "CJK"']).status === 0;
  if (!fonts) missing.push('fonts-noto-cjk');
  if (missing.length && !aptInstall(missing) && !path) {
    throw new Error(
      'Chromium is needed for the browser tests and screenshots. Install it with your package manager ' +
        '(Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  path = chromiumPath();
  if (!path) throw new Error('Chromium install did not produce /usr/bin/chromium; set CHROMIUM_PATH.');
  process.env.CHROMIUM_PATH = path;
  return path;
}

const PG_USER = 'yizhan';
const PG_PASSWORD = 'yizhan-test';
const PG_DB = 'yizhan_test';

/**
 * A PostgreSQL server on loopback for the storage tests. Uses YIZHAN_TEST_PG_URL when given;
 * otherwise, as root on Debian, installs and starts the distribution's server. Returns the URL,
 * or a reason the PostgreSQL suite will be skipped.
 */
export function ensurePostgres() {
  if (process.env.YIZHAN_TEST_PG_URL) return { url: process.env.YIZHAN_TEST_PG_URL };
  if (!isRoot)
    return { reason: 'not root, cannot install PostgreSQL; set YIZHAN_TEST_PG_URL to run the PostgreSQL suite' };
  try {
    if (!has('pg_ctlcluster') && !aptInstall(['postgresql'])) {
      return { reason: 'apt-get is not available to install PostgreSQL' };
    }
    const versions = execFileSync('ls', ['/usr/lib/postgresql']).toString().trim().split(/\s+/).filter(Boolean);
    const version = versions.sort((a, b) => Number(b) - Number(a))[0];
    if (!version) return { reason: 'no PostgreSQL version found under /usr/lib/postgresql' };
    const clusters = spawnSync('pg_lsclusters', ['-h'], { encoding: 'utf8' }).stdout;
    if (!clusters.includes(`${version} main`)) run('pg_createcluster', [version, 'main']);
    if (!/online/.test(spawnSync('pg_lsclusters', ['-h'], { encoding: 'utf8' }).stdout)) {
      run('pg_ctlcluster', [version, 'main', 'start']);
    }
    const psql = (sql) =>
      spawnSync('su', ['postgres', '-c', `psql -v ON_ERROR_STOP=1 -qAtc "${sql.replace(/"/g, '\\"')}"`], {
        encoding: 'utf8',
      });
    if (psql(`SELECT 1 FROM pg_roles WHERE rolname='${PG_USER}'`).stdout.trim() !== '1') {
      psql(`CREATE ROLE ${PG_USER} LOGIN PASSWORD '${PG_PASSWORD}' CREATEDB`);
    }
    if (psql(`SELECT 1 FROM pg_database WHERE datname='${PG_DB}'`).stdout.trim() !== '1') {
      psql(`CREATE DATABASE ${PG_DB} OWNER ${PG_USER}`);
    }
    const url = `postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:5432/${PG_DB}`;
    process.env.YIZHAN_TEST_PG_URL = url;
    return { url };
  } catch (error) {
    return { reason: `PostgreSQL could not be started: ${error.message}` };
  }
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}
