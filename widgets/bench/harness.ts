/**
 * What the widget benchmarks share: a production build of one in-page script (esbuild, Lit
 * without dev mode, minified) served from memory on loopback with any data files, Debian's
 * Chromium with the flags that keep it off the closed network, and the p50/p95 report lines.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../scripts/lib/chromium.mjs';

export interface BenchPage {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Chromium's frame clock off: a frame is drawn as soon as there is something to draw, instead of
 * at the next vsync. What a keystroke then takes to reach the screen is what the page costs, not
 * where in the 16.7 ms frame interval the key happened to land.
 */
export const UNTHROTTLED_FRAMES = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

/** Debian's Chromium with the closed-network flags, and any `extra` ones. */
export function launchChromium(extra: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), args: [...CHROMIUM_ARGS, ...extra] });
}

/**
 * Builds `pageScript` (a path next to this file, e.g. `./render-outlets-page.ts`), serves it with
 * `data` (path → JSON bytes) and launches Chromium. The page is zh-CN, as the demo portal.
 */
export async function openBenchPage(pageScript: string, data: Record<string, Uint8Array> = {}): Promise<BenchPage> {
  const entry = fileURLToPath(new URL(pageScript, import.meta.url));
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    write: false,
    outdir: '/bench',
    target: 'es2022',
    platform: 'browser',
    logLevel: 'error',
  });
  const scripts = new Map(bundle.outputFiles.map((f) => [f.path.replace(/^\/bench/, ''), f.contents]));
  const script = `/${pageScript.replace(/^.*\//, '').replace(/\.ts$/, '.js')}`;
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script type="module" src="${script}"></script></head><body></body></html>`;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const json = data[path];
    const body = path === '/' ? html : (json ?? scripts.get(path));
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    const type = path === '/' ? 'text/html' : json ? 'application/json' : 'text/javascript';
    res.writeHead(200, { 'content-type': type }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await launchChromium();
  return {
    url: `http://127.0.0.1:${port}/`,
    browser,
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/**
 * A fresh zh-CN tab on the benchmark page (Shanghai time), once the page script has put
 * `window[global]` in place.
 */
export async function openTab(
  browser: Browser,
  url: string,
  global: string,
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const tab = await browser.newPage({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  await tab.goto(url);
  await tab.waitForFunction((name) => name in window, global);
  return tab;
}

/** A number option, `--name value`, or its default. */
export function numberArg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** One report line: p50 and p95 of `values`, and the budget verdict on p95 when there is one. */
export function reportLine(label: string, values: readonly number[], budget?: number, width = 40): boolean {
  const p50 = quantile(values, 0.5);
  const p95 = quantile(values, 0.95);
  const ok = budget === undefined || p95 <= budget;
  const verdict = budget === undefined ? '' : `   budget p95 ≤ ${budget} ms ${ok ? '✓' : '✗'}`;
  console.log(
    `${label.padEnd(width)} p50 ${p50.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms   (n=${values.length})${verdict}`,
  );
  return ok;
}
