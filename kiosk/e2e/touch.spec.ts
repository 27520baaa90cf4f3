/**
 * A visitor at the hall's kiosk, by touch alone, in kiosk:web (Chromium, the browser fake of the
 * shell, the production build under the kiosk CSP): find a service in Chinese with the on-screen
 * keyboard and its pinyin candidates, read where to queue, switch language and large text, and
 * every screen passes axe with finger-sized targets and no zoom or long-press menu.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axe, candidate, homeItem, key, searchField, smallTargets, tapKeys, touchToStart } from './support/screens.js';
import { configure, serveKioskWeb, watchPage, type KioskWeb } from './support/kiosk-web.js';

let kiosk: KioskWeb;

test.use({ viewport: { width: 1080, height: 1920 }, hasTouch: true });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  kiosk = await serveKioskWeb({ api: 'http://127.0.0.1:9' });
});
test.afterAll(async () => kiosk?.close());

test.beforeEach(async ({ context }) => {
  await configure(context, { serverUrl: 'http://127.0.0.1:9', portalUrl: 'https://ip.chengdu.example.cn/' });
});

test('a visitor finds a service in Chinese by touch alone and learns which window to go to', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto(kiosk.url);
  await touchToStart(page);
  await page.getByRole('button', { name: /搜索服务事项/ }).tap();
  await expect(searchField(page)).toBeVisible();

  await tapKeys(page, ['s', 'b']);
  await expect(searchField(page)).toHaveValue('sb');
  await expect(candidate(page, '商标')).toBeVisible();
  await candidate(page, '商标').tap();
  await expect(searchField(page)).toHaveValue('商标');
  await tapKeys(page, ['z', 'c']);
  await candidate(page, '注册').tap();
  await expect(searchField(page)).toHaveValue('商标注册');

  const results = page.getByRole('list', { name: '搜索结果' });
  await expect(results.getByRole('button').first()).toContainText('商标注册申请');
  await results.getByRole('button', { name: /^商标注册申请/ }).tap();

  await expect(page.locator('yz-catalogue').getByRole('heading', { name: '商标注册申请', level: 2 })).toBeVisible();
  await expect(page.getByText('请到综合受理3号窗口（商标注册、续展、转让、变更）取号办理')).toBeVisible();

  await page.getByRole('button', { name: '返回' }).tap();
  await expect(searchField(page)).toHaveValue('商标注册');
  expect(await watch.problems()).toEqual([]);
});

test('every screen passes axe, with targets a finger can hit', async ({ page }) => {
  await page.goto(kiosk.url);
  await expect(page.locator('yz-kiosk-attract')).toBeVisible();
  expect(await axe(page), 'attract').toEqual([]);
  await touchToStart(page);
  expect(await axe(page), 'home').toEqual([]);
  expect(await smallTargets(page), 'home').toEqual([]);

  await page.getByRole('button', { name: /搜索服务事项/ }).tap();
  await tapKeys(page, ['z', 'l']);
  await expect(candidate(page, '专利')).toBeVisible();
  expect(await axe(page), 'search').toEqual([]);
  expect(await smallTargets(page), 'search').toEqual([]);

  await page.getByRole('button', { name: '首页' }).tap();
  await homeItem(page, '专利权质押登记').tap();
  await expect(page.getByText(/请到综合受理2号窗口/)).toBeVisible();
  expect(await axe(page), 'guide').toEqual([]);
  expect(await smallTargets(page), 'guide').toEqual([]);

  await page.getByRole('button', { name: '扫码带走指南' }).tap();
  const qr = page.getByRole('dialog', { name: '用手机扫码，带走这份办事指南' });
  await expect(qr.getByRole('img', { name: '二维码' })).toBeVisible();
  await expect(qr.getByText('https://ip.chengdu.example.cn/#item=patent-pledge')).toBeVisible();
  expect(await axe(page), 'QR hand-off').toEqual([]);
  await qr.getByRole('button', { name: '完成' }).tap();
  await expect(qr).toBeHidden();

  await page.getByRole('button', { name: '首页' }).tap();
  await expect(page.getByRole('region', { name: /专利权质押登记.*办得怎么样/ })).toBeVisible();
  await page.getByRole('button', { name: '不用了，谢谢' }).tap();
  await page.getByRole('button', { name: /本厅窗口与办公时间/ }).tap();
  await expect(page.getByRole('heading', { name: '窗口与业务' })).toBeVisible();
  expect(await axe(page), 'hall').toEqual([]);

  await page.getByRole('button', { name: '首页' }).tap();
  await homeItem(page, '地理标志').tap();
  await expect(page.getByRole('heading', { name: '地理标志', level: 1 })).toBeVisible();
  expect(await axe(page), 'category').toEqual([]);
});

test('language and large text are always one tap away, and switch everything', async ({ page }) => {
  await page.goto(kiosk.url);
  await touchToStart(page);
  const size = () => page.locator('yz-kiosk-home').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const before = await size();

  await page.getByRole('button', { name: 'English' }).tap();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: /Search services/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Most used services' })).toBeVisible();

  await page.getByRole('button', { name: 'Large text' }).tap();
  await expect(page.getByRole('button', { name: 'Large text' })).toHaveAttribute('aria-pressed', 'true');
  expect(await size()).toBeGreaterThan(before);

  await page.getByRole('button', { name: /Search services/ }).tap();
  await expect(page.getByRole('button', { name: '繁體中文' })).toBeVisible();
  await page.getByRole('button', { name: '繁體中文' }).tap();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await page.getByRole('button', { name: '简体中文' }).tap();
  await expect(page.getByRole('button', { name: '首页' })).toBeVisible();
});

test('a consultation with problems shows them inside its screen; the page and its top bar never move', async ({
  page,
}) => {
  await page.goto(kiosk.url);
  await touchToStart(page);
  await page.getByRole('button', { name: /我要咨询/ }).tap();
  const form = page.locator('yz-consult-form');
  await form.getByRole('button', { name: '下一步：核对内容' }).tap();
  const summary = form.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toBeInViewport();
  // The form scrolled its screen to the problems, and nothing else: the kiosk page never scrolls.
  expect(await page.evaluate(() => [document.scrollingElement!.scrollTop, document.body.scrollTop])).toEqual([0, 0]);
  expect((await page.locator('yz-kiosk-top-bar').boundingBox())!.y).toBe(0);
  await page.getByRole('button', { name: '首页' }).tap();
  await expect(page.locator('yz-kiosk-home')).toBeVisible();
});

/** A finger held on an element for `ms` (a real touch through CDP: down, wait, up), not a tap. */
async function hold(page: Page, target: Locator, ms: number): Promise<void> {
  const box = (await target.boundingBox())!;
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await page.waitForTimeout(ms);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

test('a slow press on a letter types it once; only ⌫ repeats while held', async ({ page }) => {
  await page.goto(kiosk.url);
  await touchToStart(page);
  await page.getByRole('button', { name: /搜索服务事项/ }).tap();
  await hold(page, key(page, 'a'), 1200);
  await expect(searchField(page)).toHaveValue('a');
  await tapKeys(page, [...'shangbiaozhuce']);
  await expect(searchField(page)).toHaveValue('ashangbiaozhuce');
  await hold(page, key(page, '{bksp}'), 1200);
  // More than the one deletion a tap makes: held, it keeps deleting, and stops when let go.
  const left = await searchField(page).inputValue();
  expect(left.length).toBeLessThan(14);
  expect('ashangbiaozhuce'.startsWith(left)).toBe(true);
  await page.waitForTimeout(500);
  await expect(searchField(page)).toHaveValue(left);
});

test('no pinch zoom, no long-press menu, no stray text selection', async ({ page }) => {
  await page.goto(kiosk.url);
  await touchToStart(page);
  const tile = homeItem(page, '商标注册申请');
  const blocked = await tile.evaluate((el) => {
    const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true, composed: true });
    el.dispatchEvent(menu);
    const select = new Event('selectstart', { bubbles: true, cancelable: true, composed: true });
    el.dispatchEvent(select);
    return {
      menu: menu.defaultPrevented,
      select: select.defaultPrevented,
      touchAction: getComputedStyle(document.body).touchAction,
    };
  });
  expect(blocked).toEqual({ menu: true, select: true, touchAction: 'pan-x pan-y' });
});
