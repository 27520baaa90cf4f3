/**
 * Issue 6, "done when", end to end on the real pieces: the demo portal (production build served by
 * `vite preview`, `/v1` proxied to the intake server as in demo/vite.config.ts), the intake server
 * (@yizhan/server on SQLite in a temporary folder, with the demo bundle) and its staff console.
 *
 * A visitor searches for something the catalogue does not have (天气预报) and for 商标续展, opens the
 * guide, asks about it with the keyboard alone, and gets a reference; an agent signs in, finds the
 * case in the inbox and answers it; the visitor opens the progress link, reads the answer and rates
 * it badly, which opens a rectification case in the console; the demand dashboard lists 天气预报
 * among the zero-result queries. axe runs on every portal state and console page visited. A shorter
 * pass does the same search and guide in English.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import { hashPassword, startServer, type RunningServer } from '../../packages/server/src/index.js';

const DEMO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CONFIG_FILE = join(DEMO, 'vite.config.ts');
const BUNDLE_DIR = join(DEMO, 'public/bundle');
const AGENT = { username: 'li.agent', password: 'portal e2e passphrase 2026', displayName: '李坐席' };

let intake: RunningServer;
let portal: PreviewServer;
let portalUrl = '';
let outDir = '';
let dataDir = '';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createNetServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  if (!existsSync(join(BUNDLE_DIR, 'manifest.json'))) {
    throw new Error('demo/public/bundle is missing: run `node scripts/test.mjs --only e2e demo/e2e`');
  }
  dataDir = mkdtempSync(join(tmpdir(), 'yz-portal-intake-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  intake = await startServer({
    host: '127.0.0.1',
    port: 0,
    db: join(dataDir, 'intake.sqlite'),
    bundleDir: BUNDLE_DIR,
    allowedOrigins: [origin],
    // Plain HTTP on loopback: a `Secure` session cookie would not be sent back.
    cookieSecure: false,
    rateLimit: false,
    purgeIntervalMinutes: 0,
  });
  // The portal is the Chengdu centre's: its questions are addressed to that outlet, which is the
  // agent's scope.
  await intake.storage.createStaff({
    username: AGENT.username,
    displayName: AGENT.displayName,
    passwordHash: await hashPassword(AGENT.password),
    role: 'agent',
    outletIds: ['cd-centre'],
    createdAt: new Date().toISOString(),
  });

  outDir = mkdtempSync(join(tmpdir(), 'yz-portal-dist-'));
  // The config reads YZ_API when it is loaded, by build() and again by preview().
  process.env['YZ_API'] = intake.url;
  await build({ configFile: CONFIG_FILE, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  portal = await preview({
    configFile: CONFIG_FILE,
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  portalUrl = `${origin}/`;
});

test.afterAll(async () => {
  await portal?.close();
  await intake?.close();
  for (const dir of [outDir, dataDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * axe, shadow roots included; violations as readable lines. The whole page for each new page,
 * only the part that changed (`within`, a selector) for the states after it: the full portal takes
 * axe many seconds on a busy machine.
 */
async function axe(page: Page, state: string, within?: string): Promise<void> {
  const builder = new AxeBuilder({ page });
  if (within) builder.include(within);
  const result = await builder.analyze();
  const lines = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(lines, `axe on ${state}`).toEqual([]);
}

/** Page errors and console errors: the portal and the console must run clean. */
function watch(page: Page): () => string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
      problems.push(`console: ${message.text()} ${message.location().url}`);
  });
  return () => problems;
}

/** Whether the element has the focus, through shadow roots. */
function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === el;
  });
}

/** Press Tab until the element has the focus, as a keyboard user would. */
async function tabTo(page: Page, locator: Locator, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press('Tab');
  }
  expect(await isFocused(locator), `Tab reaches ${locator.toString()}`).toBe(true);
}

async function searchInHeader(page: Page, query: string): Promise<Locator> {
  const box = page.locator('#site-search').getByRole('combobox');
  await box.fill(query);
  return box;
}

test('zh-CN: search, guide, keyboard-only question, answer in the console, progress, bad rating, dashboard', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const problems = watch(page);
  await page.goto(portalUrl);
  await expect(page.locator('#catalogue-status')).toContainText('版本');
  await axe(page, 'the portal home');

  let reference = '';
  await test.step('search: 天气预报 has no result, 商标续展 finds the guide', async () => {
    const search = page.locator('#site-search');
    // A query counts as asked (and reaches demand statistics) once typing pauses: the visitor
    // reads "nothing found" before typing the next one.
    const asked = page.evaluate(
      () =>
        new Promise<unknown>((resolve) =>
          document
            .getElementById('site-search')!
            .addEventListener('yz-search', (e) => resolve((e as CustomEvent).detail), { once: true }),
        ),
    );
    await searchInHeader(page, '天气预报');
    await expect(search.locator('[part="empty"]')).toContainText('没有找到与“天气预报”相关的服务');
    await axe(page, 'the search with no result', '#site-search');
    expect(await asked).toMatchObject({ query: '天气预报', zeroResult: true });
    const box = await searchInHeader(page, '商标续展');
    const option = search.getByRole('option', { name: /商标续展注册/ }).first();
    await expect(option).toBeVisible();
    await axe(page, 'the search with results', '#site-search');
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect(page).toHaveURL(/#item=tm-renewal/);
    const catalogue = page.locator('#catalogue');
    const title = catalogue.getByRole('heading', { level: 2, name: '商标续展注册' });
    await expect(title).toBeFocused();
    // A voluntary rating of the guide sits under it.
    await expect(page.locator('#guide-rating')).toBeVisible();
    await axe(page, 'the guide to 商标续展注册');
  });

  await test.step('ask about the item, and fill the form with the keyboard alone', async () => {
    const catalogue = page.locator('#catalogue');
    const ask = catalogue.getByRole('button', { name: '咨询此事项' });
    await tabTo(page, ask, 80);
    await page.keyboard.press('Enter');
    const form = page.locator('#consult');
    // The form takes the item from the guide, and the topic from the item.
    await expect(form.getByLabel('咨询类别')).toHaveValue('trademark');
    await expect(form.getByText('已选：商标续展注册')).toBeVisible();

    const question = form.getByLabel('您的问题');
    await tabTo(page, question);
    await page.keyboard.type('商标下个月到期，续展需要准备哪些材料？可以在网上办理吗？');
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('称呼')).toBeFocused();
    await page.keyboard.type('王女士');
    const consent = form.getByRole('checkbox', { name: /我已阅读并同意/ });
    await tabTo(page, consent);
    await page.keyboard.press('Space');
    await expect(consent).toBeChecked();
    const next = form.getByRole('button', { name: '下一步：核对内容' });
    await tabTo(page, next);
    await page.keyboard.press('Enter');

    // The mobile number is missing: the error summary takes the focus and links to the field.
    const summary = form.locator('[part="error-summary"]');
    await expect(summary).toBeVisible();
    await expect(summary.getByRole('link')).toHaveCount(1);
    await axe(page, 'the form with an error summary', '#consult');
    await page.keyboard.press('Tab');
    await expect(summary.getByRole('link')).toBeFocused();
    await page.keyboard.press('Enter');
    const mobile = form.getByLabel('手机号码');
    await expect(mobile).toBeFocused();
    await page.keyboard.type('13800138000');
    // Nothing typed was lost.
    await expect(question).toHaveValue(/续展需要准备哪些材料/);
    await tabTo(page, next);
    await page.keyboard.press('Enter');

    await expect(form.getByRole('heading', { name: '请核对您的咨询内容' })).toBeFocused();
    await expect(form.locator('[part="check"]')).toContainText('商标续展注册');
    await axe(page, 'check your answers', '#consult');
    const confirm = form.getByRole('button', { name: '确认提交' });
    await tabTo(page, confirm);
    await page.keyboard.press('Enter');

    await expect(form.getByRole('heading', { name: '咨询已提交' })).toBeVisible({ timeout: 30_000 });
    reference = (await form.locator('[part="reference"]').innerText()).trim();
    expect(reference).toMatch(/^YZ-\d{8}-[0-9A-Z]{6}$/);
    await axe(page, 'the receipt', '#consult');
    const stored = await intake.storage.getConsultation(reference);
    expect(stored?.itemId).toBe('tm-renewal');
    expect(stored?.outletId).toBe('cd-centre');
  });
  const progressHref = await page.locator('#consult').getByRole('link', { name: '查看办理进度' }).getAttribute('href');
  expect(progressHref).toContain('yz-ref=');

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  const staffProblems = watch(staff);
  await test.step('an agent signs in, finds the case in the inbox and answers it', async () => {
    await staff.goto(`${intake.url}/console/`);
    await expect(staff.getByRole('heading', { name: '工作人员登录' })).toBeVisible();
    await axe(staff, 'the console sign-in');
    await staff.getByLabel('用户名').fill(AGENT.username);
    await staff.getByLabel('密码').fill(AGENT.password);
    await staff.getByRole('button', { name: '登录' }).click();
    await expect(staff.getByRole('heading', { name: '咨询收件箱' })).toBeVisible();
    await axe(staff, 'the console inbox');
    await staff.getByRole('link', { name: reference }).click();
    await expect(staff.getByRole('heading', { name: `咨询 ${reference}` })).toBeVisible();
    await expect(staff.getByText('续展需要准备哪些材料')).toBeVisible();
    await axe(staff, 'the console case');
    await staff
      .getByLabel('答复内容（申请人凭编号和凭证可查看）')
      .fill('请准备商标续展注册申请书和申请人身份证明文件复印件，可以通过商标网上服务系统在线提交。');
    await staff.getByRole('button', { name: '发送答复' }).click();
    await expect(staff.getByRole('status')).toHaveText('答复已保存，申请人可以查看');
    await axe(staff, 'the answered case');
  });

  await test.step('the visitor opens the progress link, reads the answer and rates it', async () => {
    await page.goto(new URL(progressHref!, portalUrl).href);
    const status = page.locator('#consult yz-consult-status');
    await expect(status.locator('[part="answer"]')).toContainText('商标网上服务系统');
    await expect(status).toContainText('已答复');
    // The token left the address bar.
    await expect(page).not.toHaveURL(/yz-token/);
    await axe(page, 'the consultation progress');
    const rating = status.locator('yz-rating');
    await rating.getByRole('radio', { name: '不满意', exact: true }).check();
    await rating.getByRole('checkbox', { name: '答复太慢' }).check();
    await rating.getByLabel('其他意见（选填）').fill('等了好几天才答复');
    await axe(page, 'the rating with reasons', '#consult');
    await rating.getByRole('button', { name: '提交评价' }).click();
    await expect(rating.getByText(/您的意见已转为整改工单/)).toBeVisible({ timeout: 30_000 });
    await axe(page, 'the rating sent', '#consult');
  });

  await test.step('the console: the rectification queue and the demand dashboard', async () => {
    await staff.getByRole('link', { name: '差评整改' }).click();
    await expect(staff.getByRole('heading', { name: '差评整改' })).toBeVisible();
    await expect(staff.getByText(`咨询 ${reference}`)).toBeVisible();
    await expect(staff.getByText('等了好几天才答复')).toBeVisible();
    await axe(staff, 'the rectification queue');

    // Search events reach the server in batches (every 15 s or when the page hides): look again
    // until they are counted.
    await expect(async () => {
      await intake.flushEvents();
      await staff.goto(`${intake.url}/console/dashboard`);
      const zero = staff.getByRole('table', { name: /无结果的搜索/ });
      await expect(zero).toContainText('天气预报', { timeout: 1000 });
    }).toPass({ timeout: 45_000 });
    await expect(staff.getByRole('table', { name: /热门搜索/ })).toContainText('商标续展');
    await axe(staff, 'the demand dashboard');
  });

  await staffContext.close();
  expect(problems()).toEqual([]);
  expect(staffProblems()).toEqual([]);
});

test('English: switch the language, search, read the guide', async ({ page }) => {
  const problems = watch(page);
  await page.goto(portalUrl);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Intellectual-property public services');
  await axe(page, 'the portal home in English');

  const search = page.locator('#site-search');
  const box = await searchInHeader(page, 'trademark renewal');
  const option = search.getByRole('option', { name: /Trademark renewal/i }).first();
  await expect(option).toBeVisible();
  await axe(page, 'the English search with results', '#site-search');
  await box.press('ArrowDown');
  await box.press('Enter');
  const catalogue = page.locator('#catalogue');
  await expect(catalogue.getByRole('heading', { level: 2, name: /renewal/i })).toBeVisible();
  await expect(catalogue.getByRole('button', { name: 'Ask about this service' })).toBeVisible();
  await axe(page, 'the English guide');
  expect(problems()).toEqual([]);
});
