/**
 * Follows docs/getting-started.md as a newcomer would: the files are the page's own code blocks
 * (`mysite/index.html`, `mysite/app.js`), the bundle, intake-server and page-server commands are
 * the page's own lines (run in a temporary folder instead of `mysite`, on free ports), then search,
 * catalogue and consultation are used in Chromium until the question lands in the intake database.
 * Step 1's install is the test machine's; its widgets build runs through the same `buildDist` as
 * `pnpm --filter @yizhan/widgets build`, into the site folder instead of widgets/dist.
 */
import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDist } from '../../widgets/scripts/dist.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The intake server's own SQLite driver, to read what it stored. */
const Database = createRequire(join(ROOT, 'packages/server/package.json'))('better-sqlite3') as new (
  file: string,
  options: { readonly: boolean },
) => { prepare(sql: string): { get(): unknown }; close(): void };
const PAGE = readFileSync(join(ROOT, 'docs/getting-started.md'), 'utf8');

/** Code blocks of the page: `{ lang, title, body }`. */
const blocks = [...PAGE.matchAll(/```(\w+)(?: \[([^\]]+)\])?\n([\s\S]*?)```/g)].map((m) => ({
  lang: m[1]!,
  title: m[2],
  body: m[3]!,
}));
const file = (title: string) => {
  const block = blocks.find((b) => b.title === title);
  if (!block) throw new Error(`getting-started.md has no block [${title}]`);
  return block.body;
};
const command = (needle: string) => {
  const line = blocks
    .filter((b) => b.lang === 'sh')
    .flatMap((b) => b.body.split('\n'))
    .find((l) => l.includes(needle));
  if (!line) throw new Error(`getting-started.md has no command with “${needle}”`);
  return line.replace(/\s+#.*$/, '');
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

let site = '';
let apiPort = 0;
let pagePort = 0;
const children: ChildProcess[] = [];
const output: string[] = [];

function background(line: string): void {
  const child = spawn('sh', ['-c', line], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d) => output.push(String(d)));
  child.stderr?.on('data', (d) => output.push(String(d)));
  children.push(child);
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  site = mkdtempSync(join(tmpdir(), 'yz-getting-started-'));
  const here = (line: string) => line.replaceAll('mysite', site);

  // 1–2. The widgets into the site folder, and the bundle with the page's own command.
  await buildDist(join(site, 'yizhan'));
  const build = spawnSync('sh', ['-c', here(command('yizhan build demo/data'))], { cwd: ROOT, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);

  // 3. The two files, exactly as printed on the page.
  writeFileSync(join(site, 'index.html'), file('mysite/index.html'));
  writeFileSync(join(site, 'app.js'), file('mysite/app.js'));

  // 4–5. The intake server and the page server, as printed, on free ports.
  apiPort = await freePort();
  pagePort = await freePort();
  const serve = here(command('yizhan serve')).replace('--port 8787', `--port ${apiPort}`);
  expect(serve).toContain(`--port ${apiPort}`);
  background(serve);
  const page = here(command('docs/scripts/serve.mjs'))
    .replace('--port 8080', `--port ${pagePort}`)
    .replace('http://127.0.0.1:8787', `http://127.0.0.1:${apiPort}`);
  expect(page).toContain(`--port ${pagePort}`);
  background(page);
  await waitFor(`http://127.0.0.1:${apiPort}/v1/health`);
  await waitFor(`http://127.0.0.1:${pagePort}/`);
});

test.afterAll(() => {
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  if (site) rmSync(site, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
});

test('a blank page gets search, the catalogue and a consultation that reaches the intake server', async ({ page }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // The console does not say which resource failed; the responses below do.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(message.text());
  });
  page.on('response', (r) => {
    // A blank page has no favicon; the browser asks for one anyway.
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`${r.status()} ${r.url()}`);
  });
  const response = await page.goto(`http://127.0.0.1:${pagePort}/`);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

  // Search: choose a result and its handling guide opens in the catalogue (app.js).
  const search = page.locator('yz-search');
  await search.getByRole('combobox').fill('商标续展');
  await expect(search.getByRole('option', { name: /商标续展注册/ }).first()).toBeVisible();
  await search.getByRole('combobox').press('ArrowDown');
  await search.getByRole('combobox').press('Enter');
  const catalogue = page.locator('yz-catalogue');
  await expect(catalogue.getByRole('heading', { level: 2, name: '商标续展注册' })).toBeVisible();

  // Ask about this item: the consultation form takes it (listen-ask).
  await catalogue.getByRole('button', { name: '咨询此事项' }).click();
  const form = page.locator('yz-consult-form');
  await form.getByLabel('您的问题').fill('商标快到期了，续展需要准备哪些材料？');
  await form.getByLabel('手机号码').fill('13800138000');
  await form.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
  await form.getByRole('button', { name: '下一步：核对内容' }).click();
  await form.getByRole('button', { name: '确认提交' }).click();
  await expect(form.getByRole('heading', { name: '咨询已提交' })).toBeVisible({ timeout: 30_000 });
  const reference = (await form.locator('[part="reference"]').innerText()).trim();
  expect(reference).toMatch(/^YZ-/);

  // It is in the intake server's database, for the staff console.
  const db = new Database(join(site, 'intake.sqlite'), { readonly: true });
  try {
    const row = db.prepare('SELECT reference, item_id AS itemId FROM consultations').get() as
      { reference: string; itemId: string } | undefined;
    expect(row).toEqual({ reference, itemId: 'tm-renewal' });
  } finally {
    db.close();
  }
  expect(problems, output.join('')).toEqual([]);
});
