/**
 * Walking away: after the idle timeout the kiosk asks "still there?" with a countdown that any
 * touch cancels; when it runs out, everything of the visitor goes (screen, typed text, ticked
 * materials, language, large text, session and local storage) while the outbox copy and the
 * kiosk's config stay. Time is Playwright's clock, never a real wait.
 */
import { expect, test, type Page } from '@playwright/test';
import { WEB_CONFIG_KEY, WEB_OUTBOX_KEY } from '../src/shared/web-bridge.js';
import { axe, candidate, searchField, tapKeys, touchToStart } from './support/screens.js';
import { configure, serveKioskWeb, type KioskWeb } from './support/kiosk-web.js';

let kiosk: KioskWeb;

test.use({ viewport: { width: 1080, height: 1920 }, hasTouch: true });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  kiosk = await serveKioskWeb({ api: 'http://127.0.0.1:9' });
});
test.afterAll(async () => kiosk?.close());

test.beforeEach(async ({ context, page }) => {
  await page.clock.install();
  await configure(context, { serverUrl: 'http://127.0.0.1:9', idleSeconds: 90, countdownSeconds: 20 });
});

const stillThere = (page: Page) => page.getByRole('dialog', { name: /您还在使用吗|Are you still there/ });

/** A touch somewhere harmless (the top bar's hall name), as a visitor shifting their weight would. */
async function touchSomewhere(page: Page): Promise<void> {
  await page.touchscreen.tap(40, 40);
}

test('the countdown appears after the idle time, shows the seconds left, and a touch cancels it', async ({ page }) => {
  await page.goto(kiosk.url);
  await touchToStart(page);
  await page.getByRole('button', { name: /搜索服务事项/ }).tap();
  await tapKeys(page, ['z', 'l']);

  await page.clock.runFor(89_000);
  await expect(stillThere(page)).toBeHidden();
  await page.clock.runFor(1_000);
  await expect(stillThere(page)).toBeVisible();
  await expect(stillThere(page)).toContainText('20 秒后将清除');
  await page.clock.runFor(5_000);
  await expect(stillThere(page)).toContainText('15 秒后将清除');
  expect(await axe(page), 'countdown').toEqual([]);

  await touchSomewhere(page);
  await expect(stillThere(page)).toBeHidden();
  await expect(searchField(page)).toHaveValue('zl');
});

test('large text gives twice the time before asking', async ({ page }) => {
  await page.goto(kiosk.url);
  await touchToStart(page);
  await page.getByRole('button', { name: '大字模式' }).tap();
  await page.clock.runFor(90_000);
  await expect(stillThere(page)).toBeHidden();
  await page.clock.runFor(90_000);
  await expect(stillThere(page)).toBeVisible();
});

test('when the countdown runs out, every trace of the visitor is gone; outbox and config stay', async ({ page }) => {
  await page.goto(kiosk.url);
  await touchToStart(page);

  // A visitor's session: English, large text, a search, a guide with a ticked material.
  await page.getByRole('button', { name: 'English' }).tap();
  await page.getByRole('button', { name: 'Large text' }).tap();
  await page.getByRole('button', { name: /Search services/ }).tap();
  await tapKeys(page, ['s', 'b']);
  await candidate(page, '商标').tap();
  await page
    .getByRole('list', { name: 'Search results' })
    .getByRole('button', { name: /^Trademark registration application/ })
    .tap();
  const firstMaterial = page.locator('yz-catalogue').getByRole('checkbox').first();
  await firstMaterial.tap();
  await expect(firstMaterial).toBeChecked();
  // What widgets or a visitor's browsing could leave in storage, and the outbox copy the shell keeps.
  await page.evaluate((outboxKey) => {
    sessionStorage.setItem('yizhan:consult-draft', '{"question":"我的商标被抢注了"}');
    localStorage.setItem('yizhan:recent', '["商标"]');
    localStorage.setItem(outboxKey, '[{"id":"kept","endpoint":"/v1/ratings","body":{"level":5}}]');
  }, WEB_OUTBOX_KEY);

  await page.clock.runFor(180_000);
  await expect(stillThere(page)).toBeVisible();
  const reloaded = page.waitForEvent('load');
  await page.clock.runFor(20_000);
  await reloaded;

  // The next visitor sees a fresh kiosk in the hall's language.
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: /轻触屏幕开始/ })).toBeVisible();
  const storage = await page.evaluate(() => ({
    session: Object.keys(sessionStorage),
    local: Object.keys(localStorage).sort(),
  }));
  expect(storage.session).toEqual([]);
  expect(storage.local).toEqual([WEB_CONFIG_KEY, WEB_OUTBOX_KEY].sort());

  await touchToStart(page);
  await expect(page.getByRole('button', { name: '大字模式' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('button', { name: '简体中文' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: '返回' })).toHaveCount(0);
  await page.getByRole('button', { name: /搜索服务事项/ }).tap();
  await expect(searchField(page)).toHaveValue('');
  await expect(page.locator('yz-kiosk-keyboard button.candidate')).toHaveCount(0);
  await page.getByRole('button', { name: '首页' }).tap();
  await page
    .locator('yz-kiosk-home')
    .getByRole('button', { name: /^商标注册申请/ })
    .tap();
  await expect(page.locator('yz-catalogue').getByRole('checkbox').first()).not.toBeChecked();
});

test('Finish forgets the visitor at once, without waiting for the countdown', async ({ page }) => {
  await page.goto(kiosk.url);
  await touchToStart(page);
  await page.getByRole('button', { name: 'English' }).tap();
  await page.getByRole('button', { name: /Search services/ }).tap();
  await tapKeys(page, ['z', 'l']);
  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Finish' }).tap();
  await reloaded;
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await touchToStart(page);
  await page.getByRole('button', { name: /搜索服务事项/ }).tap();
  await expect(searchField(page)).toHaveValue('');
});
