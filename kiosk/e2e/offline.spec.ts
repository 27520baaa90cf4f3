/**
 * kiosk:web as an installed PWA: once the service worker has the app shell and the kiosk has
 * loaded the catalogue, it starts again with no network at all (the server gone, the browser
 * offline) and a visitor can still find a service by touch. The web manifest makes it installable.
 */
import { expect, test } from '@playwright/test';
import { candidate, homeItem, searchField, tapKeys, touchToStart } from './support/screens.js';
import { configure, serveKioskWeb, type KioskWeb } from './support/kiosk-web.js';

let kiosk: KioskWeb;

test.use({ viewport: { width: 1920, height: 1080 }, hasTouch: true, serviceWorkers: 'allow' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  kiosk = await serveKioskWeb({ api: 'http://127.0.0.1:9' });
});
test.afterAll(async () => kiosk?.close());

test('an installable web app with a manifest and icons', async ({ page, request }) => {
  await page.goto(kiosk.url);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await (await request.get(new URL(href!, kiosk.url).href)).json()) as {
    name: string;
    display: string;
    start_url: string;
    icons: Array<{ src: string; sizes: string; purpose?: string }>;
  };
  expect(manifest.name).toContain('一站');
  expect(manifest.display).toBe('fullscreen');
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) {
    expect((await request.get(new URL(icon.src, kiosk.url).href)).ok(), icon.src).toBe(true);
  }
});

test('starts with no network from the service worker and the cached catalogue', async ({ page, context }) => {
  await configure(context, { serverUrl: 'http://127.0.0.1:9' });
  await page.goto(kiosk.url);
  await touchToStart(page);
  await expect(homeItem(page, '商标注册申请')).toBeVisible();
  // The worker takes control of the page (clientsClaim) once it has precached the shell.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  // A second online start goes through the worker, which keeps the bundle (stale-while-revalidate).
  await page.reload();
  await page.waitForFunction(
    async () => (await (await caches.open('yizhan-kiosk-bundle')).keys()).length >= 2,
    undefined,
    { timeout: 30_000 },
  );

  // No network: the server is gone and the browser is offline.
  await kiosk.close();
  await context.setOffline(true);
  await page.reload();
  await touchToStart(page);
  await expect(homeItem(page, '商标注册申请')).toBeVisible();
  await page.getByRole('button', { name: /搜索服务事项/ }).tap();
  await tapKeys(page, ['z', 'h', 'i', 'y', 'a']);
  await candidate(page, '质押').tap();
  await expect(searchField(page)).toHaveValue('质押');
  await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('button').first()).toBeVisible();
  await context.setOffline(false);
});
