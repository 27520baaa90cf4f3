#!/usr/bin/env node
// `npm start`: install what is missing, build the sample bundle and the apps, then serve the demo
// portal, the kiosk in a browser, the docs site and the intake server, and print where they are.
//   npm start -- --dev     Vite dev servers with hot reload instead of production builds
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT, checkNode, ensureDependencies, ensurePnpm, log, warn } from './lib/bootstrap.mjs';

const dev = process.argv.includes('--dev');
const children = [];

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

function yizhan(...args) {
  run(process.execPath, ['--import', 'tsx', join(ROOT, 'packages/cli/src/main.ts'), ...args]);
}

/** The first free port at or after `preferred` on loopback. */
function freePort(preferred) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(freePort(preferred + 1)));
    server.listen(preferred, '127.0.0.1', () => server.close(() => resolve(preferred)));
  });
}

function start(name, command, args, env = {}) {
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  const prefix = `\x1b[2m[${name}]\x1b[0m `;
  const relay = (stream, out) =>
    stream.on('data', (chunk) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) out.write(`${prefix}${line}\n`);
    });
  relay(child.stdout, process.stdout);
  relay(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    if (!shuttingDown) warn(`${name} stopped (${signal ?? `exit ${code}`})`);
  });
  children.push(child);
  return child;
}

let shuttingDown = false;
function shutdown() {
  if (shuttingDown) return;
  shuttingDown = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(0), 1500).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

const LISTS = ['demo/data/national.json', 'demo/data/sichuan.json', 'demo/data/chengdu.json'];
const BUNDLE = 'demo/public/bundle';
const KEYS = '.cache/demo-keys/demo';

async function main() {
  checkNode();
  ensurePnpm();
  ensureDependencies();
  mkdirSync(join(ROOT, '.cache/demo-keys'), { recursive: true });

  if (LISTS.every((l) => existsSync(join(ROOT, l)))) {
    log('building the sample catalogue bundle (national → Sichuan → Chengdu)');
    yizhan('build', ...LISTS, '--out', BUNDLE);
    if (!existsSync(join(ROOT, `${KEYS}.key`))) yizhan('keygen', '--out', KEYS);
    yizhan('sign', BUNDLE, '--key', `${KEYS}.key`);
  } else {
    warn('demo/data is incomplete; the portal will start without a catalogue bundle');
  }

  if (!dev) {
    // The self-hostable widgets (dist/yizhan.js, themes, manifest) that the docs site embeds.
    log('building the widgets loader (widgets/dist)');
    run('pnpm', ['--filter', '@yizhan/widgets', 'run', 'build']);
  }

  const ports = {
    server: await freePort(8787),
    demo: await freePort(5173),
  };
  ports.kiosk = await freePort(ports.demo + 1);
  ports.docs = await freePort(ports.kiosk + 1);
  const api = `http://127.0.0.1:${ports.server}`;
  const urls = [];

  if (existsSync(join(ROOT, 'packages/server/src/index.ts'))) {
    start(
      'server',
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'packages/cli/src/main.ts'),
        'serve',
        '--port',
        String(ports.server),
        '--db',
        '.cache/yizhan-demo.db',
        '--bundle',
        BUNDLE,
      ],
      {
        YIZHAN_DEMO: '1',
        YIZHAN_ALLOWED_ORIGINS: [ports.demo, ports.kiosk, ports.docs].map((p) => `http://127.0.0.1:${p}`).join(','),
      },
    );
    urls.push(['Intake server and staff console', `${api}/console/`]);
  }

  const apps = [
    ['demo', '@yizhan/demo', ports.demo, 'Demo portal (Chengdu IP service centre)'],
    ['kiosk', '@yizhan/kiosk', ports.kiosk, 'Kiosk in the browser (kiosk:web)'],
    ['docs', '@yizhan/docs', ports.docs, 'Documentation site'],
  ];
  for (const [name, pkg, port, label] of apps) {
    const dir = join(ROOT, name);
    const hasConfig = existsSync(join(dir, 'vite.config.ts')) || existsSync(join(dir, 'vite.renderer.config.ts'));
    if (!hasConfig) continue;
    // The kiosk's QR codes hand a guide over to the visitor's phone on the portal.
    const env = { YZ_API: api, YZ_BUNDLE_DIR: join(ROOT, BUNDLE), YZ_PORTAL_URL: `http://127.0.0.1:${ports.demo}/` };
    if (dev) {
      start(name, 'pnpm', ['--filter', pkg, 'run', 'dev', '--port', String(port), '--strictPort'], env);
    } else {
      log(`building ${name}`);
      run('pnpm', ['--filter', pkg, 'run', 'build'], env);
      start(name, 'pnpm', ['--filter', pkg, 'run', 'preview', '--port', String(port), '--strictPort'], env);
    }
    urls.push([label, `http://127.0.0.1:${port}/`]);
  }

  await new Promise((resolve) => setTimeout(resolve, 1500));
  process.stdout.write('\n\x1b[1mYizhan is running:\x1b[0m\n');
  for (const [label, url] of urls) process.stdout.write(`  ${label.padEnd(48)} ${url}\n`);
  process.stdout.write('\nPress Ctrl+C to stop.\n\n');
}

main().catch((error) => {
  process.stderr.write(`[yizhan] ${error.message}\n`);
  shutdown();
  process.exitCode = 1;
});
