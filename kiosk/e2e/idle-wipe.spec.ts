/**
 * Walking away: after the idle timeout the kiosk asks "still there?" with a countdown that any
 * touch cancels; when it runs out, everything of the visitor goes (screen, typed text, ticked
 * materials, language, large text, session and local storage) while the outbox copy and the
 * kiosk's config stay, and the clean home screen waits `attractSeconds` for the next visitor before
 * the attract screen starts. Time is Playwright's clock, never a real wait.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { WEB_CONFIG_KEY, WEB_OUTBOX_KEY } from '../src/shared/web-bridge.js';
import { axe, candidate, homeItem, searchField, tapKeys, touchToStart } from './support/screens.js';
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

/** From now on, note every click that reaches something other than the countdown overlay. */
async function watchClicksBeneath(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const beneath: string[] = [];
    (window as unknown as { __beneath: string[] }).__beneath = beneath;
    window.addEventListener(
      'click',
      (event) => {
        const path = event.composedPath();
        if (path.some((node) => node instanceof Element && node.localName === 'yz-kiosk-idle-overlay')) return;
        const target = path[0] as Element;
        beneath.push(`${target.localName} ${(target.textContent ?? '').trim().slice(0, 20)}`);
      },
      true,
    );
  });
  return () => page.evaluate(() => (window as unknown as { __beneath: string[] }).__beneath);
}

const attractScreen = (page: Page) => page.getByRole('button', { name: /轻触屏幕开始/ });

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

  // A key (a hall's keyboard, a switch device) cancels it as well; no click follows a key.
  await page.clock.runFor(90_000);
  await expect(stillThere(page)).toBeVisible();
  await page.keyboard.press('Shift');
  await expect(stillThere(page)).toBeHidden();
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

  // The next visitor sees a fresh kiosk in the hall's language, at first on the clean home screen.
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('yz-kiosk-home')).toBeVisible();
  const storage = await page.evaluate(() => ({
    session: Object.keys(sessionStorage),
    local: Object.keys(localStorage).sort(),
  }));
  expect(storage.session).toEqual([]);
  expect(storage.local).toEqual([WEB_CONFIG_KEY, WEB_OUTBOX_KEY].sort());

  await page.clock.runFor(60_000);
  await touchToStart(page);
  await expect(page.getByRole('button', { name: '大字模式' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('button', { name: '简体中文' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: '返回' })).toHaveCount(0);
  await page.getByRole('button', { name: /搜索服务事项/ }).tap();
  await expect(searchField(page)).toHaveValue('');
  await expect(page.locator('yz-kiosk-keyboard button.candidate')).toHaveCount(0);
  await page.getByRole('button', { name: '首页' }).tap();
  await homeItem(page, '商标注册申请').tap();
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
  await expect(page.locator('yz-kiosk-home')).toBeVisible();
  await page.getByRole('button', { name: /搜索服务事项/ }).tap();
  await expect(searchField(page)).toHaveValue('');
});

test('after a wipe the clean home screen waits attractSeconds before the attract screen starts', async ({ page }) => {
  await page.goto(kiosk.url);
  await touchToStart(page);
  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: '结束使用' }).tap();
  await reloaded;
  await expect(page.locator('yz-kiosk-home')).toBeVisible();
  await expect(page.getByRole('button', { name: '首页' })).toBeVisible();
  await page.clock.runFor(59_000);
  await expect(page.locator('yz-kiosk-home')).toBeVisible();
  await expect(attractScreen(page)).toBeHidden();
  await page.clock.runFor(1_000);
  await expect(attractScreen(page)).toBeVisible();
});

for (const input of ['touch', 'mouse'] as const) {
  test(`the countdown's own buttons answer ${input}, and the tap never reaches the screen underneath`, async ({
    page,
  }) => {
    const press = (button: Locator) => (input === 'touch' ? button.tap() : button.click());
    await page.goto(kiosk.url);
    await touchToStart(page);
    await homeItem(page, '商标注册申请').tap();
    const guide = page.locator('yz-catalogue').getByRole('heading', { name: '商标注册申请', level: 2 });
    await expect(guide).toBeVisible();
    const clicksBeneath = await watchClicksBeneath(page);

    await page.clock.runFor(90_000);
    await expect(stillThere(page)).toBeVisible();
    await press(stillThere(page).getByRole('button', { name: '继续使用' }));
    await expect(stillThere(page)).toBeHidden();
    expect(await clicksBeneath()).toEqual([]);
    await expect(guide).toBeVisible();

    // A tap on the dimmed screen around the sheet cancels it too, and stays on the overlay as well.
    await page.clock.runFor(90_000);
    await expect(stillThere(page)).toBeVisible();
    await (input === 'touch' ? page.touchscreen.tap(540, 1700) : page.mouse.click(540, 1700));
    await expect(stillThere(page)).toBeHidden();
    expect(await clicksBeneath()).toEqual([]);
    await expect(guide).toBeVisible();

    await page.clock.runFor(90_000);
    await expect(stillThere(page)).toBeVisible();
    const reloaded = page.waitForEvent('load');
    await press(stillThere(page).getByRole('button', { name: '结束并清除' }));
    await reloaded;
    await expect(page.locator('yz-kiosk-home')).toBeVisible();
    await expect(page.getByRole('button', { name: '返回' })).toHaveCount(0);
    await expect(stillThere(page)).toBeHidden();
  });
}
