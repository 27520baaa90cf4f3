/**
 * Embedding the built widgets (`dist/yizhan.js`) the way a portal does, served by a tiny Node
 * server with a strict Content-Security-Policy (no unsafe-inline, no unsafe-eval) and
 * `require-trusted-types-for 'script'`:
 *   - csp.html: the policy (plus `trusted-types lit-html`), every component renders and works,
 *     lazy chunks (locale strings, QR code) load, no violation, no console error, axe passes;
 *   - two-copies.html: a second copy announcing another version: defined once, warned once;
 *   - hostile.html against clean.html: aggressive global resets and !important rules change
 *     nothing inside the widgets (computed typography and box sizes compared element by element);
 *   - search-only.html: the loader registers each component on first use, so a page with one
 *     component loads only what that one needs, and a component added later is still found.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDist } from '../scripts/dist.js';
import { COPY_B_VERSION, VERSION, announceOtherVersion, defaultMounts, serve } from '../scripts/serve.js';

const BUNDLE = fileURLToPath(new URL('../../demo/public/bundle/manifest.json', import.meta.url));
/**
 * The components the build contains (every `src/yz-*\/define.ts`): the pages hold all five tags,
 * and each test exercises the ones that exist, so a component is covered from the commit it lands
 * in. (widgets/test/node/embed-rules.test.ts checks that the loader imports every one.)
 */
let COMPONENTS: string[] = [];
const has = (tag: string): boolean => COMPONENTS.includes(tag);

let server: Server;
let origin = '';
let dist = '';

test.beforeAll(async () => {
  test.setTimeout(180_000);
  if (!existsSync(BUNDLE)) {
    throw new Error('demo/public/bundle is missing: run `node scripts/test.mjs --only e2e widgets/e2e`');
  }
  // A fresh production build of the current sources, so the test never checks a stale dist.
  dist = mkdtempSync(join(tmpdir(), 'yz-embed-dist-'));
  await buildDist(dist);
  const manifest = JSON.parse(readFileSync(join(dist, 'vite-manifest.json'), 'utf8')) as Record<string, unknown>;
  COMPONENTS = Object.keys(manifest)
    .map((key) => /^src\/(yz-[^/]+)\/define\.ts$/.exec(key)?.[1])
    .filter((tag): tag is string => tag !== undefined);
  expect(COMPONENTS).toEqual(expect.arrayContaining(['yz-search', 'yz-catalogue', 'yz-outlets']));
  const mounts = defaultMounts().map((m) =>
    m.prefix === '/dist/' || m.prefix === '/copy-b/' ? { ...m, dir: dist } : m,
  );
  ({ server, origin } = await serve({ mounts }));
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (dist) rmSync(dist, { recursive: true, force: true });
});

interface Watch {
  violations: () => Promise<Array<{ directive: string; blocked: string; sample: string }>>;
  errors: string[];
  warnings: string[];
}

/** Record CSP/Trusted Types violations, console errors and warnings, page errors and failed requests. */
async function watch(page: Page): Promise<Watch> {
  const errors: string[] = [];
  const warnings: string[] = [];
  await page.addInitScript(() => {
    const list: Array<{ directive: string; blocked: string; sample: string }> = [];
    (window as unknown as { __violations: typeof list }).__violations = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample }),
    );
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
    if (message.type() === 'warning') warnings.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return {
    errors,
    warnings,
    violations: () => page.evaluate(() => (window as unknown as { __violations: [] }).__violations),
  };
}

/** Every component has rendered its catalogue (no loading state left). */
async function ready(page: Page): Promise<void> {
  await expect(page.locator('yz-search input[role="combobox"]')).toBeVisible();
  await expect(page.locator('yz-catalogue [part~="item"]').first()).toBeVisible();
  await expect(page.locator('yz-outlets [part~="outlet"]').first()).toBeVisible();
  if (has('yz-consult-form')) await expect(page.locator('yz-consult-form [part~="form"]')).toBeVisible();
  if (has('yz-rating')) await expect(page.locator('yz-rating [part~="level"]').first()).toBeVisible();
}

/** Type a query into yz-search and choose the first result; returns the yz-select detail. */
async function searchAndSelect(page: Page, query: string): Promise<{ kind: string; id: string }> {
  const input = page.locator('yz-search input[role="combobox"]');
  await input.fill('');
  await input.click();
  await input.pressSequentially(query, { delay: 20 });
  const option = page.locator('yz-search [role="option"]').first();
  await expect(option).toBeVisible();
  await expect(option).toContainText(query);
  const selected = page.evaluate(
    () =>
      new Promise<{ kind: string; id: string }>((resolve) =>
        document.addEventListener('yz-select', (e) => resolve((e as CustomEvent).detail), { once: true }),
      ),
  );
  await input.press('ArrowDown');
  await input.press('Enter');
  return selected;
}

async function axe(page: Page): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  for (const tag of COMPONENTS) builder.include(tag);
  const results = await builder.analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, 'axe violations inside the widgets').toEqual([]);
}

test('strict CSP and Trusted Types: every component renders and works, nothing is blocked', async ({ page }) => {
  const seen = await watch(page);
  const response = await page.goto(`${origin}/pages/csp.html`);
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("require-trusted-types-for 'script'");
  expect(csp).not.toContain('unsafe');
  await ready(page);

  // Search: type, get results, choose one.
  const detail = await searchAndSelect(page, '商标');
  expect(detail.kind).toBe('item');

  // Catalogue: open a handling guide, then its QR code (a lazily loaded chunk).
  await page.locator('yz-catalogue [part~="item-link"]').first().click();
  await expect(page.locator('yz-catalogue [part~="guide"]')).toBeVisible();
  const qrButton = page.locator('yz-catalogue [part~="qr-button"]');
  if (await qrButton.count()) {
    await qrButton.click();
    await expect(page.locator('yz-catalogue [part~="qr"] path').first()).toBeAttached();
  }

  // Outlets: filter by typing, results update.
  const outletSearch = page.locator('yz-outlets [part~="search-input"]');
  await outletSearch.fill('成都');
  await expect(page.locator('yz-outlets [part~="outlet"]').first()).toBeVisible();

  // Consultation form: sending it empty shows the error summary (client-side, nothing sent).
  if (has('yz-consult-form')) {
    await page.locator('yz-consult-form [part~="form"] button[type="submit"]').click();
    await expect(page.locator('yz-consult-form [part~="error-summary"]')).toBeVisible();
  }

  // Rating: choosing a bad level asks for reasons.
  if (has('yz-rating')) {
    await page.locator('yz-rating [part~="level"]').last().click();
    await expect(page.locator('yz-rating [part~="tags"]')).toBeVisible();
  }

  // Live language switch: English strings arrive as lazy chunks under the same policy.
  await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
  await expect(page.locator('yz-search label').first()).toContainText(/search/i);

  expect(await seen.violations()).toEqual([]);
  expect(seen.errors).toEqual([]);
  await axe(page);

  // The policy is really enforced: a raw HTML string is refused by Trusted Types.
  const sink = await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
      return 'allowed';
    } catch (error) {
      return (error as Error).name;
    }
  });
  expect(sink).toBe('TypeError');
});

test('two copies on one page: defined once, one warning naming both versions', async ({ page }) => {
  // The second copy really is a different version of the same build.
  expect(announceOtherVersion('x.js', `__yizhanWidgets__ ${JSON.stringify(VERSION)}`)).toContain(COPY_B_VERSION);
  const seen = await watch(page);
  await page.goto(`${origin}/pages/two-copies.html`);
  await ready(page);
  await expect.poll(() => seen.warnings.filter((w) => w.startsWith('[yizhan]')).length).toBe(1);
  const warning = seen.warnings.find((w) => w.startsWith('[yizhan]'))!;
  expect(warning).toContain(VERSION);
  expect(warning).toContain(COPY_B_VERSION);

  const registry = await page.evaluate(
    () => (globalThis as { __yizhanWidgets__?: { elements: Record<string, string> } }).__yizhanWidgets__,
  );
  for (const tag of COMPONENTS) expect(registry?.elements[tag]).toBe(VERSION);
  // Both copies really ran (two module graphs), yet each tag has one definition that works.
  const loaded = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('/yizhan.js')),
  );
  expect(loaded.sort()).toEqual(['/copy-b/yizhan.js', '/dist/yizhan.js']);

  const detail = await searchAndSelect(page, '专利');
  expect(detail.kind).toBe('item');
  expect(await seen.violations()).toEqual([]);
  expect(seen.errors).toEqual([]);
});

/** Every built file a component's entry imports, transitively (from dist/vite-manifest.json). */
function filesOf(tag: string): Set<string> {
  const manifest = JSON.parse(readFileSync(join(dist, 'vite-manifest.json'), 'utf8')) as Record<
    string,
    { file: string; imports?: string[] }
  >;
  const out = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk || out.has(chunk.file)) return;
    out.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit(`src/${tag}/define.ts`);
  return out;
}

const requested = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith('/dist/'))
      .map((p) => p.slice('/dist/'.length)),
  );

test('one tag, loaded on first use: a page with only <yz-search> loads the core and the search box', async ({
  page,
}) => {
  const seen = await watch(page);
  await page.goto(`${origin}/pages/search-only.html`);
  await expect(page.locator('yz-search input[role="combobox"]')).toBeVisible();
  expect(await page.evaluate(() => customElements.whenDefined('yz-search').then(() => true))).toBe(true);
  const search = filesOf('yz-search');
  let loaded = new Set(await requested(page));
  for (const file of search) expect(loaded, `${file} (yz-search)`).toContain(file);
  // Nothing that only the other components need.
  const others = COMPONENTS.filter((tag) => tag !== 'yz-search');
  for (const tag of others) {
    expect(await page.evaluate((t) => customElements.get(t) === undefined, tag), `${tag} is not defined`).toBe(true);
    for (const file of filesOf(tag)) if (!search.has(file)) expect(loaded, `${file} (${tag})`).not.toContain(file);
  }
  const detail = await searchAndSelect(page, '商标');
  expect(detail.kind).toBe('item');

  // A component added later (by a CMS widget, a router…) is found and registered when it appears.
  await page.evaluate(() => {
    const outlets = document.createElement('yz-outlets');
    outlets.setAttribute('src', '/bundle/');
    document.getElementById('later')!.append(outlets);
  });
  await expect(page.locator('yz-outlets [part~="outlet"]').first()).toBeVisible();
  expect(await page.evaluate(() => customElements.whenDefined('yz-outlets').then(() => true))).toBe(true);
  loaded = new Set(await requested(page));
  for (const file of filesOf('yz-outlets')) expect(loaded).toContain(file);
  expect(loaded).not.toContain('yz-catalogue.js');
  expect(await seen.violations()).toEqual([]);
  expect(seen.errors).toEqual([]);
});

/** What a visitor sees: typography and box sizes of the meaningful pieces inside each widget. */
async function geometry(page: Page): Promise<Record<string, Record<string, string | number>>> {
  return page.evaluate((components) => {
    const pieces: Record<string, string> = {
      'search input': 'yz-search input[role="combobox"]',
      'search option': 'yz-search [role="option"]',
      'search listbox': 'yz-search [role="listbox"]',
      'catalogue search': 'yz-catalogue [part~="search-input"]',
      'catalogue filters': 'yz-catalogue [part~="filters"]',
      'catalogue row': 'yz-catalogue [part~="item"]',
      'catalogue row link': 'yz-catalogue [part~="item-link"]',
      'catalogue list': 'yz-catalogue [part~="list"]',
      'outlets filters': 'yz-outlets [part~="filters"]',
      'outlets card': 'yz-outlets [part~="outlet"]',
      'outlets name': 'yz-outlets [part~="outlet-name"]',
      'outlets button': 'yz-outlets [part~="button"]',
      // These two keep a readable measure with `max-width` on the host, which is the page's to
      // override (and `all: unset` does): their width follows the page, their controls must not.
      'consult field': 'yz-consult-form textarea ~height',
      'consult button': 'yz-consult-form [part~="button"] ~height',
      'consult heading': 'yz-consult-form .heading ~height',
      'rating level': 'yz-rating [part~="level"] ~height',
    };
    const find = (selector: string): HTMLElement | null => {
      const [host, inner] = selector.split(/ (.+)/) as [string, string];
      return document.querySelector(host)?.shadowRoot?.querySelector<HTMLElement>(inner) ?? null;
    };
    const out: Record<string, Record<string, string | number>> = {};
    for (const [name, spec] of Object.entries(pieces)) {
      if (!components.includes(spec.split(' ')[0]!)) continue;
      const heightOnly = spec.endsWith(' ~height');
      const selector = spec.replace(/ ~height$/, '');
      const el = find(selector);
      if (!el) {
        out[name] = { missing: selector };
        continue;
      }
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      out[name] = {
        ...(heightOnly ? {} : { width: Math.round(r.width) }),
        height: Math.round(r.height),
        fontSize: s.fontSize,
        lineHeight: s.lineHeight,
        fontFamily: s.fontFamily,
        fontWeight: s.fontWeight,
        fontStyle: s.fontStyle,
        letterSpacing: s.letterSpacing,
        wordSpacing: s.wordSpacing,
        textTransform: s.textTransform,
        textAlign: s.textAlign,
        textIndent: s.textIndent,
        whiteSpace: s.whiteSpace,
        color: s.color,
        boxSizing: s.boxSizing,
      };
    }
    return out;
  }, COMPONENTS);
}

async function prepareForComparison(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1024, height: 900 });
  await ready(page);
  const input = page.locator('yz-search input[role="combobox"]');
  await input.click();
  await input.pressSequentially('专利', { delay: 20 });
  await expect(page.locator('yz-search [role="option"]').first()).toBeVisible();
}

test('a hostile host stylesheet changes nothing inside the widgets', async ({ page, browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const clean = await context.newPage();
  await clean.goto(`${origin}/pages/clean.html`);
  await prepareForComparison(clean);
  const expected = await geometry(clean);
  await context.close();

  const seen = await watch(page);
  await page.goto(`${origin}/pages/hostile.html`);
  // The hostile rules are really in force on the page itself.
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontSize)).toBe('8px');
  await prepareForComparison(page);
  const actual = await geometry(page);
  for (const [name, values] of Object.entries(expected)) {
    expect(values['missing'], `${name} renders on the clean page`).toBeUndefined();
    expect(actual[name], name).toEqual(values);
  }
  const detail = await searchAndSelect(page, '商标');
  expect(detail.kind).toBe('item');
  expect(seen.errors).toEqual([]);
  await axe(page);
});
