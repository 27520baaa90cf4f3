/**
 * Questions and ratings asked while the network is down wait in the outbox (and in the shell's
 * disk copy, which survives a restart) and reach the real intake server (@yizhan/server, SQLite in
 * a temporary folder) once the network is back; staff see the queue in the corner dot and on the
 * staff screen.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startServer, type RunningServer } from '@yizhan/server';
import { WEB_OUTBOX_KEY } from '../src/shared/web-bridge.js';
import { axe, touchToStart } from './support/screens.js';
import { BUNDLE_DIR, buildOnce, configure, freePort, serveKioskWeb, type KioskWeb } from './support/kiosk-web.js';

let kiosk: KioskWeb;
let intake: RunningServer;
let dataDir = '';

test.use({ viewport: { width: 1080, height: 1920 }, hasTouch: true });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await buildOnce();
  dataDir = mkdtempSync(join(tmpdir(), 'yz-kiosk-intake-'));
  const port = await freePort();
  intake = await startServer({
    host: '127.0.0.1',
    port: 0,
    db: join(dataDir, 'intake.sqlite'),
    allowedOrigins: [`http://127.0.0.1:${port}`],
    bundleDir: BUNDLE_DIR,
    rateLimit: false,
    purgeIntervalMinutes: 0,
  });
  kiosk = await serveKioskWeb({ api: intake.url, port });
});

test.afterAll(async () => {
  await kiosk?.close();
  await intake?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Ratings the server has stored for an item, whatever the day. */
async function ratingsFor(itemId: string): Promise<number> {
  const rows = await intake.storage.ratingsBy('item', '2000-01-01', '2100-12-31');
  return rows.find((r) => r.key === itemId)?.count ?? 0;
}

async function openStaffScreen(page: Page): Promise<void> {
  const name = page.locator('yz-kiosk-top-bar .brand');
  for (let i = 0; i < 7; i++) await name.tap();
  await expect(page.getByRole('heading', { name: '工作人员：终端状态' })).toBeVisible();
}

test('a rating kept on disk across a restart is delivered when the network returns; staff can follow it', async ({
  page,
  context,
}) => {
  await configure(context, { serverUrl: intake.url });
  // What the shell's disk copy held when the kiosk restarted with the network down.
  await context.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, value);
    },
    [
      WEB_OUTBOX_KEY,
      JSON.stringify([
        {
          id: 'from-before-the-restart',
          endpoint: '/v1/ratings',
          body: {
            token: 'kioskRatingToken0123456789',
            target: { type: 'item', id: 'tm-registration' },
            level: 5,
            tags: ['fast'],
            channel: 'kiosk',
            locale: 'zh-CN',
          },
          createdAt: Date.now(),
          locale: 'zh-CN',
        },
      ]),
    ] as const,
  );
  const unreachable = (route: { abort: (code: string) => Promise<void> }) => route.abort('internetdisconnected');
  await context.route(`${intake.url}/**`, unreachable);

  await page.goto(kiosk.url);
  await touchToStart(page);
  const dot = page.locator('yz-kiosk-top-bar [data-outbox]');
  await expect(dot).toHaveAttribute('data-outbox', 'waiting');
  await expect(dot).toHaveAccessibleName('投递状态：1 条待发送，0 条失败');
  await openStaffScreen(page);
  await expect(page.locator('[data-level]')).toHaveText('等待发送：网络恢复后自动送出');
  await expect(page.locator('dd[data-field="queued"]')).toHaveText('1');
  expect(await axe(page), 'staff screen').toEqual([]);
  expect(await ratingsFor('tm-registration')).toBe(0);

  // The network comes back.
  await context.setOffline(true);
  await context.unroute(`${intake.url}/**`, unreachable);
  await context.setOffline(false);

  await expect(dot).toHaveAttribute('data-outbox', 'ok');
  await expect(page.locator('[data-level]')).toHaveText('正常：没有待发送的内容');
  await expect(page.locator('dd[data-field="queued"]')).toHaveText('0');
  await expect.poll(() => ratingsFor('tm-registration')).toBe(1);
  // Nothing left to keep on disk.
  expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]'), WEB_OUTBOX_KEY)).toEqual([]);
});
