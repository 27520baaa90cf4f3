/**
 * kiosk:web for end-to-end specs: a production build of the renderer (with its service worker)
 * and a sample bundle built from demo/data, both into .cache/kiosk-e2e once per test run, served
 * by `vite preview` with the kiosk's CSP, on a free loopback port. The fake bridge's config comes
 * from localStorage, as a hall technician would set it for kiosk:web.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { build, preview, type PreviewServer } from 'vite';
import type { PublicConfig } from '../../src/shared/bridge.js';
import { WEB_CONFIG_KEY } from '../../src/shared/web-bridge.js';

const KIOSK = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ROOT = resolve(KIOSK, '..');
const CONFIG_FILE = join(KIOSK, 'vite.renderer.config.ts');
const OUT = join(ROOT, '.cache/kiosk-e2e');
export const WEB_DIR = join(OUT, 'web');
export const BUNDLE_DIR = join(OUT, 'bundle');
const LISTS = ['national', 'sichuan', 'chengdu'].map((n) => join(ROOT, `demo/data/${n}.json`));

let built: Promise<void> | undefined;

/** Build the sample bundle and the app once per worker process. */
export function buildOnce(): Promise<void> {
  built ??= (async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    execFileSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'packages/cli/src/main.ts'), 'build', ...LISTS, '--out', BUNDLE_DIR],
      { cwd: ROOT, stdio: 'pipe' },
    );
    await build({ configFile: CONFIG_FILE, mode: 'web', logLevel: 'error', build: { outDir: WEB_DIR } });
  })();
  return built;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface KioskWeb {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serve the built app. `api` is the intake server the CSP lets the page talk to (the config's
 * `serverUrl` must match it).
 */
export async function serveKioskWeb(options: { api: string; port?: number }): Promise<KioskWeb> {
  await buildOnce();
  const port = options.port ?? (await freePort());
  // The config reads these when preview() loads it.
  process.env['YZ_API'] = options.api;
  process.env['YZ_BUNDLE_DIR'] = BUNDLE_DIR;
  const server: PreviewServer = await preview({
    configFile: CONFIG_FILE,
    mode: 'web',
    logLevel: 'error',
    build: { outDir: WEB_DIR },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () => server.close(),
  };
}

/** The kiosk:web config for every page of the context (localStorage, as the web bridge reads it). */
export async function configure(context: BrowserContext, config: Partial<PublicConfig>): Promise<void> {
  await context.addInitScript(
    ([key, value]) => {
      // Only before the app's first start: a wipe keeps it, and tests may change it later.
      if (!localStorage.getItem(key)) localStorage.setItem(key, value);
    },
    [WEB_CONFIG_KEY, JSON.stringify(config)] as const,
  );
}

/** Record CSP violations and page errors; the kiosk must run clean under its policy. */
export async function watchPage(page: Page): Promise<{ problems: () => Promise<string[]> }> {
  const errors: string[] = [];
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.effectiveDirective}: ${e.blockedURI}`));
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return {
    problems: async () => [
      ...errors,
      ...(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])),
    ],
  };
}
