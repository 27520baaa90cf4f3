/**
 * A question asked as the network drops reaches the real intake server (@yizhan/server, SQLite in
 * a temporary folder) exactly once: the request gets through but its answer is lost as the
 * browser goes offline, the visitor reloads the page while still offline, the network returns,
 * and the outbox sends again with the same Idempotency-Key. The server keeps one consultation and
 * the page shows its reference.
 *
 * The portal page and the production build are served through `context.route`, so the page can be
 * reloaded while the browser is offline, as a cached portal page would be; only the intake API
 * goes over the (emulated) network. The page sends a strict CSP with Trusted Types.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from '../../packages/server/src/index.js';
import { buildDist } from '../scripts/dist.js';

const BUNDLE_DIR = fileURLToPath(new URL('../../demo/public/bundle/', import.meta.url));
/** The portal's origin: localhost is a secure context, as an https portal is. */
const PORTAL = 'http://localhost:47811';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

let intake: RunningServer;
let dist = '';
let dataDir = '';

test.beforeAll(async () => {
  test.setTimeout(240_000);
  if (!existsSync(join(BUNDLE_DIR, 'manifest.json'))) {
    throw new Error('demo/public/bundle is missing: run `node scripts/test.mjs --only e2e widgets/e2e`');
  }
  dist = mkdtempSync(join(tmpdir(), 'yz-consult-dist-'));
  await buildDist(dist);
  dataDir = mkdtempSync(join(tmpdir(), 'yz-consult-intake-'));
  intake = await startServer({
    host: '127.0.0.1',
    port: 0,
    db: join(dataDir, 'intake.sqlite'),
    allowedOrigins: [PORTAL],
    bundleDir: BUNDLE_DIR,
    rateLimit: false,
    purgeIntervalMinutes: 0,
  });
});

test.afterAll(async () => {
  await intake?.close();
  for (const dir of [dist, dataDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

function page(api: string): string {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>在线咨询（测试门户）</title>
    <script type="module" src="/dist/yizhan.js"></script>
  </head>
  <body>
    <main>
      <h1>咨询与评价</h1>
      <yz-consult-form api="${api}" src="/bundle/"></yz-consult-form>
    </main>
  </body>
</html>`;
}

/** Serve the portal page, the build and the catalogue bundle from disk, online or not. */
async function servePortal(context: BrowserContext): Promise<void> {
  // A page answered by `route` has no address of its own, so Chromium counts it as public and
  // asks before it may call a loopback address (Local Network Access). A real portal calls a
  // public intake server and never meets this; here the test server is on 127.0.0.1.
  await context.grantPermissions(['local-network-access'], { origin: PORTAL });
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${intake.url}`,
    "img-src 'self' blob: data:",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
  await context.route(`${PORTAL}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/' || pathname === '/index.html') {
      return route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp },
        body: page(intake.url),
      });
    }
    const [root, prefix] = pathname.startsWith('/dist/')
      ? [dist, '/dist/']
      : pathname.startsWith('/bundle/')
        ? [BUNDLE_DIR, '/bundle/']
        : ['', ''];
    const file = root ? normalize(join(root, pathname.slice(prefix.length))) : '';
    if (!file || !file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      return route.fulfill({ status: 404, body: 'not found' });
    }
    return route.fulfill({
      status: 200,
      headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' },
      body: readFileSync(file),
    });
  });
}

test('offline mid-submit, reload, network back: exactly one consultation arrives', async ({ page: tab, context }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  tab.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  tab.on('console', (message) => {
    // The lost request is reported by the browser; anything else is a problem.
    if (message.type() === 'error' && !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(message.text())) {
      problems.push(message.text());
    }
  });
  await servePortal(context);
  await tab.goto(`${PORTAL}/`);

  const form = tab.locator('yz-consult-form');
  await form.getByLabel('咨询类别').selectOption('trademark');
  await form.getByRole('combobox', { name: /相关服务事项/ }).fill('商标续展');
  await form.getByRole('option', { name: '商标续展注册' }).click();
  await form.getByLabel('您的问题').fill('商标快到期了，续展需要准备哪些材料？可以网上办理吗？');
  await form.getByLabel('称呼').fill('王女士');
  await form.getByLabel('手机号码').fill('13800138000');
  await form.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
  await form.getByRole('button', { name: '下一步：核对内容' }).click();
  await expect(form.getByRole('heading', { name: '请核对您的咨询内容' })).toBeFocused();

  // Mid-submit: the request reaches the server, then the connection drops before the answer.
  let reached = 0;
  await tab.route(`${intake.url}/v1/consultations`, async (route) => {
    reached++;
    await route.fetch();
    await context.setOffline(true);
    await route.abort('internetdisconnected');
  });
  await form.getByRole('button', { name: '确认提交' }).click();
  await expect(form.getByRole('status')).toContainText('当前没有网络，恢复连接后会自动发送', { timeout: 15_000 });
  expect(reached).toBe(1);
  await tab.unroute(`${intake.url}/v1/consultations`);
  const stored = await intake.storage.listConsultations({ limit: 10, offset: 0 });
  expect(stored.total).toBe(1);

  // The visitor reloads while still offline: the page comes back and says the question is waiting.
  await tab.reload();
  await expect(form.getByRole('status')).toContainText('上次提交的咨询尚未送达');
  await expect(form.getByRole('status')).toContainText('恢复连接后会自动发送');
  const axe = await new AxeBuilder({ page: tab }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // The network returns: the outbox sends again, the server answers with the same record.
  const replay = tab.waitForResponse((r) => r.url() === `${intake.url}/v1/consultations` && r.status() === 201);
  await context.setOffline(false);
  expect((await replay).headers()['idempotent-replayed']).toBe('true');
  await expect(form.getByRole('heading', { name: '咨询已提交' })).toBeVisible({ timeout: 30_000 });
  const reference = (await form.locator('[part="reference"]').innerText()).trim();
  const after = await intake.storage.listConsultations({ limit: 10, offset: 0 });
  expect(after.total).toBe(1);
  expect(after.rows[0]!.reference).toBe(reference);
  expect(after.rows[0]!.itemId).toBe('tm-renewal');
  await expect(form.locator('[part="qr"] path')).toHaveAttribute('d', /^M/);

  // Reloading now shows the receipt again, and still one consultation.
  await tab.reload();
  await expect(form.locator('[part="reference"]')).toHaveText(reference);
  expect((await intake.storage.listConsultations({ limit: 10, offset: 0 })).total).toBe(1);
  expect(problems).toEqual([]);
});
