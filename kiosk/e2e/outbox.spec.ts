/**
 * Questions and ratings asked while the network is down wait in the outbox (and in the shell's
 * disk copy, which survives a restart) and reach the real intake server (@yizhan/server, SQLite in
 * a temporary folder) once the network is back; staff see the queue in the corner dot and on the
 * staff screen. The question is typed by touch on the kiosk's keyboard, hanzi from candidates.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startServer, type RunningServer } from '@yizhan/server';
import { WEB_OUTBOX_KEY } from '../src/shared/web-bridge.js';
import { axe, homeItem, key, touchToStart } from './support/screens.js';
import { MM, capturePrints, printed } from './support/receipts.js';
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

/** Tap keys of the field keyboard (docked while a form field has focus). */
async function tapFieldKeys(page: Page, keys: string[]): Promise<void> {
  for (const k of keys) await key(page, k).tap();
}

async function chooseWord(page: Page, word: string): Promise<void> {
  await page.locator('yz-kiosk-field-keyboard button.candidate', { hasText: new RegExp(`^\\s*${word}\\s*$`) }).tap();
}

test('a question typed by touch while offline arrives when the network returns; its receipt prints at 80 mm', async ({
  page,
  context,
}) => {
  await configure(context, { serverUrl: intake.url, portalUrl: 'https://ip.chengdu.example.cn/' });
  await capturePrints(context);
  await page.goto(kiosk.url);
  await touchToStart(page);
  await homeItem(page, '商标注册申请').tap();
  await page.getByRole('button', { name: '我要咨询' }).tap();
  const form = page.locator('yz-consult-form');
  await expect(form.getByText('商标注册申请').first()).toBeVisible();

  await form.getByLabel(/您的问题/).tap();
  await expect(page.locator('yz-kiosk-field-keyboard')).toHaveAttribute('open', '');
  await tapFieldKeys(page, ['s', 'b']);
  await chooseWord(page, '商标');
  await tapFieldKeys(page, ['z', 'c']);
  await chooseWord(page, '注册');
  await tapFieldKeys(page, ['x', 'y']);
  await chooseWord(page, '需要');
  await tapFieldKeys(page, ['d', 'u', 'o', '{space}', 'j', 'i', 'u']);
  await chooseWord(page, '多久');
  await tapFieldKeys(page, ['？']);
  await expect(form.getByLabel(/您的问题/)).toHaveValue('商标注册需要多久？');
  await form.getByLabel(/手机号码/).tap();
  await tapFieldKeys(page, [...'13800138000']);
  await expect(form.getByLabel(/手机号码/)).toHaveValue('13800138000');
  await form.getByLabel(/我已阅读并同意/).tap();
  expect(await axe(page), 'consultation form with the keyboard').toEqual([]);

  await context.setOffline(true);
  await form.getByRole('button', { name: '下一步：核对内容' }).tap();
  await form.getByRole('button', { name: '确认提交' }).tap();
  await expect(form.getByRole('status')).toContainText('当前没有网络');
  await expect(page.locator('yz-kiosk-top-bar [data-outbox]')).toHaveAttribute('data-outbox', 'waiting');
  expect((await intake.storage.listConsultations({ limit: 10, offset: 0 })).total).toBe(0);

  await context.setOffline(false);
  await expect(form.getByText('咨询已提交')).toBeVisible({ timeout: 15_000 });
  const reference = (await form.locator('#reference-value').textContent())!.trim();
  expect(reference).toMatch(/^YZ-\d{8}-[0-9A-Z]{6}$/);
  const { rows } = await intake.storage.listConsultations({ limit: 10, offset: 0 });
  expect(rows.map((r) => [r.reference, r.channel, r.itemId, r.outletId, r.question, r.contactMobile])).toEqual([
    [reference, 'kiosk', 'tm-registration', 'cd-centre', '商标注册需要多久？', '13800138000'],
  ]);
  await expect(page.locator('yz-kiosk-top-bar [data-outbox]')).toHaveAttribute('data-outbox', 'ok');
  expect(await axe(page), 'consultation receipt').toEqual([]);

  // The form's Print button prints the kiosk's 80 mm receipt, not the screen.
  await form.getByRole('button', { name: '打印回执' }).tap();
  await expect(page.getByRole('status').filter({ hasText: '已打印' })).toBeVisible();
  const [receipt] = await printed(page);
  expect(receipt!.bodyWidth / MM).toBeCloseTo(72, 0);
  expect(receipt!.text).toContain('咨询受理回执');
  expect(receipt!.text).toContain(reference);
  expect(receipt!.text).toContain('答复方式：短信（138****8000）');
  expect(receipt!.text).not.toContain('13800138000');
  expect(receipt!.qrModules).toBeGreaterThan(200);

  // The next visitor finds an empty form.
  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: '结束使用' }).tap();
  await reloaded;
  await expect(page.locator('yz-kiosk-home')).toBeVisible();
  await page.getByRole('button', { name: /我要咨询/ }).tap();
  await expect(page.locator('yz-consult-form').getByLabel(/您的问题/)).toHaveValue('');
});

test('after taking a guide away the visitor is asked, once and voluntarily, how it went; the rating arrives', async ({
  page,
  context,
}) => {
  await configure(context, { serverUrl: intake.url, portalUrl: 'https://ip.chengdu.example.cn/' });
  await page.goto(kiosk.url);
  await touchToStart(page);
  await homeItem(page, '专利权质押登记').tap();
  await page.getByRole('button', { name: '扫码带走指南' }).tap();
  await page.getByRole('dialog').getByRole('button', { name: '完成' }).tap();
  await page.getByRole('button', { name: '首页' }).tap();

  const sheet = page.getByRole('region', { name: '“专利权质押登记”办得怎么样？' });
  await expect(sheet).toBeVisible();
  expect(await axe(page), 'rating prompt').toEqual([]);
  await sheet.getByRole('radio', { name: '非常满意' }).tap();
  await sheet.getByRole('button', { name: '提交评价' }).tap();
  await expect(sheet.getByText('感谢您的评价！')).toBeVisible();
  await expect.poll(() => ratingsFor('patent-pledge')).toBe(1);
  await sheet.getByRole('button', { name: '知道了' }).tap();
  await expect(sheet).toBeHidden();

  // Asked once per service and visit.
  await homeItem(page, '专利权质押登记').tap();
  await page.getByRole('button', { name: '我办完了' }).tap();
  await expect(page.getByRole('region', { name: /办得怎么样/ })).toHaveCount(0);
});

test('a rating given while offline waits in the outbox; the visitor can close the prompt at once, and it arrives later', async ({
  page,
  context,
}) => {
  await configure(context, { serverUrl: intake.url });
  const before = await ratingsFor('tm-renewal');
  await page.goto(kiosk.url);
  await touchToStart(page);
  await homeItem(page, '商标续展注册').tap();
  await page.getByRole('button', { name: '我办完了' }).tap();
  const sheet = page.getByRole('region', { name: '“商标续展注册”办得怎么样？' });
  await expect(sheet).toBeVisible();

  await context.setOffline(true);
  await sheet.getByRole('radio', { name: '非常满意' }).tap();
  await sheet.getByRole('button', { name: '提交评价' }).tap();
  await expect(sheet.getByText('评价已保存在本设备，恢复网络后会自动发送。')).toBeVisible();
  await expect(page.locator('yz-kiosk-top-bar [data-outbox]')).toHaveAttribute('data-outbox', 'waiting');
  expect(await axe(page), 'rating kept for later').toEqual([]);
  // Safely queued: the prompt need not follow the visitor around until the network returns.
  const close = sheet.getByRole('button', { name: '知道了' });
  await expect(close).toBeVisible();
  await close.tap();
  await expect(sheet).toBeHidden();
  await page.getByRole('button', { name: '首页' }).tap();
  await expect(page.getByRole('region', { name: /办得怎么样/ })).toHaveCount(0);

  await context.setOffline(false);
  await expect.poll(() => ratingsFor('tm-renewal')).toBe(before + 1);
  await expect(page.locator('yz-kiosk-top-bar [data-outbox]')).toHaveAttribute('data-outbox', 'ok');
});

test('a rated service is not asked about again in the visit, also when the visitor never closed its prompt', async ({
  page,
  context,
}) => {
  await configure(context, { serverUrl: intake.url });
  const before = await ratingsFor('tm-registration');
  await page.goto(kiosk.url);
  await touchToStart(page);
  await homeItem(page, '商标注册申请').tap();
  await page.getByRole('button', { name: '我办完了' }).tap();
  const first = page.getByRole('region', { name: '“商标注册申请”办得怎么样？' });
  await first.getByRole('radio', { name: '非常满意' }).tap();
  await first.getByRole('button', { name: '提交评价' }).tap();
  await expect(first.getByText('感谢您的评价！')).toBeVisible();
  await expect.poll(() => ratingsFor('tm-registration')).toBe(before + 1);

  // "知道了" left alone: the next finished task's prompt takes the sheet's place.
  await page.getByRole('button', { name: '首页' }).tap();
  await homeItem(page, '发明专利申请').tap();
  await page.getByRole('button', { name: '我办完了' }).tap();
  await expect(page.getByRole('region', { name: '“发明专利申请”办得怎么样？' })).toBeVisible();
  await page.getByRole('button', { name: '首页' }).tap();

  // Back at the first service: rated already in this visit, so no second prompt and no second rating.
  await homeItem(page, '商标注册申请').tap();
  await page.getByRole('button', { name: '我办完了' }).tap();
  await expect(page.getByRole('region', { name: '“商标注册申请”办得怎么样？' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: '“发明专利申请”办得怎么样？' })).toBeVisible();
  expect(await ratingsFor('tm-registration')).toBe(before + 1);
});

test('a prompt the visitor has chosen in keeps its place when another service is finished; that one is asked next', async ({
  page,
  context,
}) => {
  await configure(context, { serverUrl: intake.url });
  const before = await ratingsFor('tm-renewal');
  await page.goto(kiosk.url);
  await touchToStart(page);
  await homeItem(page, '商标续展注册').tap();
  await page.getByRole('button', { name: '我办完了' }).tap();
  const first = page.getByRole('region', { name: '“商标续展注册”办得怎么样？' });
  await first.getByRole('radio', { name: '非常满意' }).tap();

  // Another service finished before sending: the choice stays on screen, the new prompt waits.
  await page.getByRole('button', { name: '首页' }).tap();
  await homeItem(page, '专利权质押登记').tap();
  await page.getByRole('button', { name: '我办完了' }).tap();
  await expect(first).toBeVisible();
  await expect(first.getByRole('radio', { name: '非常满意' })).toBeChecked();
  const second = page.getByRole('region', { name: '“专利权质押登记”办得怎么样？' });
  await expect(second).toHaveCount(0);
  expect(await axe(page), 'chosen prompt kept').toEqual([]);

  await first.getByRole('button', { name: '提交评价' }).tap();
  await expect(first.getByText('感谢您的评价！')).toBeVisible();
  await expect.poll(() => ratingsFor('tm-renewal')).toBe(before + 1);
  await first.getByRole('button', { name: '知道了' }).tap();
  await expect(second).toBeVisible();
  await expect(second.getByRole('radio', { name: '非常满意' })).not.toBeChecked();
  expect(await axe(page), 'the waiting prompt').toEqual([]);
});
