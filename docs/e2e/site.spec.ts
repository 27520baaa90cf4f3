/**
 * The built docs site in Chromium, served as `npm start` serves it (docs/scripts/serve.mjs, strict
 * CSP): every page is axe-clean against WCAG 2.2 A/AA, logs no error (a CSP refusal would), and
 * every live example renders the real component.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error -- a plain ES module without declarations
import { createDocsServer } from '../scripts/serve.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'docs/site/dist');

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return ['assets', 'yizhan', 'bundle', 'schema', 'downloads'].includes(entry.name) ? [] : pages(path);
    return entry.name.endsWith('.html') && entry.name !== '404.html' ? [relative(DIST, path)] : [];
  });
}

let server: {
  close(): void;
  address(): AddressInfo | string | null;
  listen(port: number, host: string, cb: () => void): void;
};
let base = '';

test.beforeAll(async () => {
  test.setTimeout(240_000);
  // Always from the current sources (about half a minute).
  const result = spawnSync('pnpm', ['--filter', '@yizhan/docs', 'run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  expect(existsSync(join(DIST, 'yizhan/yizhan.js'))).toBe(true);
  server = createDocsServer({ dir: DIST });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

test.afterAll(() => server?.close());

test('every page passes axe (WCAG 2.2 AA) and logs nothing under the strict CSP', async ({ page }) => {
  test.setTimeout(300_000);
  const all = pages(DIST);
  expect(all.length).toBeGreaterThan(25);
  const problems: string[] = [];
  let current = '';
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${current}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${current}: ${e.message}`));
  const violations: string[] = [];
  for (const path of all) {
    current = path;
    await page.goto(base + path, { waitUntil: 'networkidle' });
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    for (const v of axe.violations)
      violations.push(`${path}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }
  expect(violations).toEqual([]);
  expect(problems).toEqual([]);
});

test('live examples render the real components, in the page language', async ({ page }) => {
  await page.goto(`${base}components/yz-search.html`);
  const search = page.locator('.yz-live yz-search');
  await search.getByRole('combobox').fill('sbxz');
  await expect(search.getByRole('option').first()).toContainText('Trademark renewal');
  await search.getByRole('combobox').press('ArrowDown');
  await search.getByRole('combobox').press('Enter');
  await expect(page.locator('.yz-live-log li').first()).toContainText('yz-select');

  await page.goto(`${base}zh/getting-started.html`);
  await expect(page.locator('.yz-live yz-catalogue').getByText(/共 \d+ 项服务/)).toBeVisible();
  await expect(page.locator('.yz-live-caption')).toHaveText(/实时示例/);

  for (const tag of ['yz-catalogue', 'yz-outlets', 'yz-consult-form', 'yz-rating']) {
    await page.goto(`${base}components/${tag}.html`);
    await expect
      .poll(() =>
        page.evaluate((t) => document.querySelector(`.yz-live ${t}`)?.shadowRoot?.childElementCount ?? 0, tag),
      )
      .toBeGreaterThan(0);
  }
});
