/**
 * Receipts for 80 mm thermal paper, as the kiosk sends them through the bridge's print call and
 * the browser fake lays them out: printable width 72 mm, nothing running off the edge, the guide
 * summary, a tick box per material, the QR code and no personal data.
 */
import { expect, test } from '@playwright/test';
import { homeItem, touchToStart } from './support/screens.js';
import { configure, serveKioskWeb, type KioskWeb } from './support/kiosk-web.js';
import { MM, capturePrints, printed } from './support/receipts.js';

let kiosk: KioskWeb;

test.use({ viewport: { width: 1080, height: 1920 }, hasTouch: true });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  kiosk = await serveKioskWeb({ api: 'http://127.0.0.1:9' });
});
test.afterAll(async () => kiosk?.close());

test.beforeEach(async ({ context }) => {
  await capturePrints(context);
});

test('the handling guide prints 72 mm wide on 80 mm paper, with window, materials to tick and a QR code', async ({
  page,
  context,
}) => {
  await configure(context, { serverUrl: 'http://127.0.0.1:9', portalUrl: 'https://ip.chengdu.example.cn/' });
  await page.goto(kiosk.url);
  await touchToStart(page);
  await homeItem(page, '商标注册申请').tap();
  await page.emulateMedia({ media: 'print' });
  await page.getByRole('button', { name: '打印办事指南' }).tap();
  await expect(page.getByRole('status').filter({ hasText: '已打印，请在出纸口取走凭条。' })).toBeVisible();

  const [receipt] = await printed(page);
  expect(receipt).toBeDefined();
  expect(receipt!.bodyWidth / MM).toBeCloseTo(72, 0);
  expect(receipt!.scrollWidth / MM).toBeLessThanOrEqual(72.5);
  const lines = receipt!.text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  expect(lines.slice(0, 2)).toEqual(['商标注册申请', '成都市知识产权服务中心']);
  expect(lines).toContain('办理窗口');
  expect(lines).toContain('综合受理3号窗口（商标注册、续展、转让、变更）');
  expect(lines).toContain('法定时限：9 个月内办结');
  expect(lines).toContain('商标注册申请书：原件 1 份，必须提交');
  expect(receipt!.tickBoxes).toBe(5);
  expect(receipt!.qrModules).toBeGreaterThan(200);
  expect(lines).toContain('手机扫码查看完整办事指南');
  expect(lines).toContain('本凭条不含个人信息。办理要求以窗口最新公告为准。');
});

test('the materials checklist prints on its own, in the visitor language; no portal, no QR code', async ({
  page,
  context,
}) => {
  await configure(context, { serverUrl: 'http://127.0.0.1:9', portalUrl: '' });
  await page.goto(kiosk.url);
  await touchToStart(page);
  await page.getByRole('button', { name: 'English' }).tap();
  await homeItem(page, 'Registration of a patent pledge').tap();
  await expect(page.getByRole('button', { name: 'Print the checklist' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Scan/ })).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await page.getByRole('button', { name: 'Print the checklist' }).tap();
  await expect(page.getByRole('status').filter({ hasText: 'Printed' })).toBeVisible();
  const [receipt] = await printed(page);
  expect(receipt!.html).toContain('<html lang="en">');
  expect(receipt!.text).toMatch(/^Checklist: Registration of a patent pledge/);
  expect(receipt!.tickBoxes).toBe(5);
  expect(receipt!.qrModules).toBe(0);
  expect(receipt!.bodyWidth / MM).toBeCloseTo(72, 0);
});

test('58 mm paper gets a 48 mm layout; with no printer the kiosk offers no print button', async ({ page, context }) => {
  await configure(context, { serverUrl: 'http://127.0.0.1:9', receiptWidthMm: 58 });
  await page.goto(kiosk.url);
  await touchToStart(page);
  await homeItem(page, '商标续展注册').tap();
  await page.emulateMedia({ media: 'print' });
  await page.getByRole('button', { name: '打印办事指南' }).tap();
  await expect(page.getByRole('status').filter({ hasText: '已打印' })).toBeVisible();
  const [receipt] = await printed(page);
  expect(receipt!.bodyWidth / MM).toBeCloseTo(48, 0);
  expect(receipt!.scrollWidth / MM).toBeLessThanOrEqual(48.5);

  await page.evaluate(() => localStorage.setItem('yizhan-kiosk:config', JSON.stringify({ printing: false })));
  await page.reload();
  await touchToStart(page);
  await homeItem(page, '商标续展注册').tap();
  await expect(page.getByText(/请到综合受理3号窗口/)).toBeVisible();
  await expect(page.getByRole('button', { name: /打印/ })).toHaveCount(0);
});
