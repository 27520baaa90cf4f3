/**
 * The staff console in a real browser at a phone's width and a desk's: text typed by the public
 * (a question or a rating comment without spaces, a long address) and long outlet names wrap
 * inside the page, so nothing needs sideways scrolling except the wide tables, which scroll in
 * their own box.
 */
import { expect, test, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { hashPassword, type RunningServer } from '../src/index.js';
import { startConsoleServer } from './console-server.js';

const ADMIN = { username: 'layout.admin', password: 'console layout passphrase' };
const UNBROKEN = 'https://example.cn/'.concat('averyveryverylongwordwithoutanyspaces'.repeat(12));

let intake: RunningServer;
let dataDir = '';
let reference = '';

test.beforeAll(async () => {
  ({ intake, dataDir } = await startConsoleServer('console-layout', {
    items: [{ id: 'tm-renewal', name: { 'zh-CN': '商标续展' } }],
    outlets: [
      {
        id: 'cd-ip-centre',
        name: { 'zh-CN': '成都市知识产权服务中心（天府新区分中心暨四川自由贸易试验区知识产权综合服务窗口）' },
      },
    ],
  }));
  await intake.storage.createStaff({
    username: ADMIN.username,
    displayName: '版式管理员',
    passwordHash: await hashPassword(ADMIN.password),
    role: 'admin',
    outletIds: [],
    createdAt: new Date().toISOString(),
  });
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${intake.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    expect(response.status, path).toBe(201);
    return (await response.json()) as { reference: string; ratingToken: string };
  };
  const created = await post(
    '/v1/consultations',
    {
      topic: 'trademark',
      itemId: 'tm-renewal',
      outletId: 'cd-ip-centre',
      channel: 'web',
      locale: 'zh-CN',
      question: `续展材料清单见 ${UNBROKEN}`,
      contact: { name: '王女士', email: `${'a'.repeat(60)}@example-very-long-domain-name.cn` },
      replyChannel: 'email',
      consent: { noticeVersion: '2025-01', acceptedAt: new Date().toISOString() },
      website: '',
    },
    { 'idempotency-key': randomUUID() },
  );
  reference = created.reference;
  await post('/v1/ratings', {
    token: created.ratingToken,
    target: { type: 'consultation', id: reference },
    level: 1,
    tags: ['slow-reply'],
    comment: `差评${'x'.repeat(400)}`,
    channel: 'web',
    locale: 'zh-CN',
  });
});

test.afterAll(async () => {
  await intake?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function signIn(page: Page) {
  await page.goto(`${intake.url}/console/login`);
  await page.getByLabel('用户名').fill(ADMIN.username);
  await page.getByLabel('密码').fill(ADMIN.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/console\/inbox$/);
}

/** How far the page reaches past the window, outside the tables' own scrolling boxes. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('main *')]
      .filter((el) => !el.closest('.table-wrap') && el.getBoundingClientRect().right > width + 1)
      .map((el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : ''));
    return { pageWidth: document.documentElement.scrollWidth, width, wide: [...new Set(wide)].slice(0, 5) };
  });
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
]) {
  test(`nothing runs off the page at ${viewport.width}px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signIn(page);
    for (const path of [
      '/console/inbox',
      `/console/cases/${reference}`,
      '/console/rectifications',
      '/console/dashboard',
      '/console/staff',
      `/console/staff/${ADMIN.username}/reset`,
      `/console/staff/${ADMIN.username}/new-password`,
    ]) {
      await page.goto(`${intake.url}${path}`);
      const measured = await overflow(page);
      expect(measured, path).toEqual({ pageWidth: measured.width, width: measured.width, wide: [] });
    }
  });
}
