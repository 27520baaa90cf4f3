/**
 * What a staff member types survives their session running out: they answer a case after the
 * idle timeout, sign in again and find the case with their text back in its box. The text stays
 * in that browser tab only, for that staff member only: a colleague signing in at the same
 * computer never sees it, and signing out forgets it. Real Chromium, the console's real CSP.
 */
import { expect, test, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { hashPassword, type RunningServer } from '../src/index.js';
import { startConsoleServer } from './console-server.js';

const PASSWORD = 'console drafts passphrase';
const ANSWER = '王女士您好：\n续展请准备商标续展申请书、注册人身份证明复印件。\n如委托代理机构办理，还需代理委托书。';
const NOTE = '内部：申请人提到的宽展期问题请法务复核。';

let intake: RunningServer;
let dataDir = '';
/** How far the server's clock is ahead of the real one; a test moves it past the idle timeout. */
let clockAhead = 0;
const cases: string[] = [];

test.beforeAll(async () => {
  ({ intake, dataDir } = await startConsoleServer(
    'console-drafts',
    {
      items: [{ id: 'tm-renewal', name: { 'zh-CN': '商标续展' } }],
      outlets: [{ id: 'cd-ip-centre', name: { 'zh-CN': '成都市知识产权服务中心' } }],
    },
    { now: () => new Date(Date.now() + clockAhead) },
  ));
  for (const [username, displayName] of [
    ['li.agent', '李坐席'],
    ['zhou.agent', '周坐席'],
  ]) {
    await intake.storage.createStaff({
      username: username!,
      displayName: displayName!,
      passwordHash: await hashPassword(PASSWORD),
      role: 'agent',
      outletIds: ['cd-ip-centre'],
      createdAt: new Date().toISOString(),
    });
  }
  for (let i = 0; i < 3; i++) {
    const response = await fetch(`${intake.url}/v1/consultations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({
        topic: 'trademark',
        itemId: 'tm-renewal',
        outletId: 'cd-ip-centre',
        channel: 'web',
        locale: 'zh-CN',
        question: `商标快到期了，续展需要准备哪些材料？（${i + 1}）`,
        contact: { name: '王女士', mobile: '13800138000' },
        replyChannel: 'sms',
        consent: { noticeVersion: '2025-01', acceptedAt: new Date().toISOString() },
        website: '',
      }),
    });
    expect(response.status).toBe(201);
    cases.push(((await response.json()) as { reference: string }).reference);
  }
});

test.afterAll(async () => {
  await intake?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** The console may not trip its own CSP or throw. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // The browser's own request for /favicon.ico is not the console's doing.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(message.text());
  });
  return errors;
}

async function signIn(page: Page, username: string) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
}

/** The drafts this tab keeps, as console.js stores them. */
function drafts(page: Page): Promise<Record<string, { owner: string; text: string }>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(sessionStorage)
        .filter((key) => key.startsWith('yz-draft:'))
        .map((key) => [key.slice('yz-draft:'.length), JSON.parse(sessionStorage.getItem(key)!)]),
    ),
  );
}

function idlePastTimeout() {
  clockAhead += 31 * 60_000;
}

test('a reply typed past the idle timeout is back in its box after signing in again, and forgotten once sent', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const reference = cases[0]!;
  const casePath = `/console/cases/${reference}`;
  await page.goto(`${intake.url}/console/login`);
  await signIn(page, 'li.agent');
  await page.goto(`${intake.url}${casePath}`);
  await page.getByLabel('答复内容（申请人凭编号和凭证可查看）').fill(ANSWER);
  await page.getByLabel('升级说明（转上级节点或专家）').fill(NOTE);

  idlePastTimeout();
  await page.getByRole('button', { name: '发送答复' }).click();
  await expect(page).toHaveURL(`${intake.url}/console/login?expired=1&next=${encodeURIComponent(casePath)}`);
  await expect(page.getByText('登录已过期或尚未登录，请登录后继续')).toBeVisible();
  await expect(page.getByText('尚未发送的内容保存在此浏览器标签页中')).toBeVisible();
  expect((await intake.storage.getConsultation(reference))?.answerText).toBeNull();

  await signIn(page, 'li.agent');
  await expect(page).toHaveURL(`${intake.url}${casePath}`);
  const answer = page.getByLabel('答复内容（申请人凭编号和凭证可查看）');
  const note = page.getByLabel('升级说明（转上级节点或专家）');
  await expect(answer).toHaveValue(ANSWER);
  await expect(note).toHaveValue(NOTE);
  await expect(page.locator('#answer-draft')).toBeVisible();
  await expect(page.locator('#answer-draft')).toContainText('已恢复您上次未发送的内容');

  // The note is not wanted after all: discarding it empties the box and forgets it.
  await page.locator('#note-draft').getByRole('button', { name: '放弃这段内容' }).click();
  await expect(note).toHaveValue('');
  await expect(note).toBeFocused();
  expect(Object.keys(await drafts(page))).toEqual([`case:${reference}:answer`]);

  await page.getByRole('button', { name: '发送答复' }).click();
  await expect(page).toHaveURL(`${intake.url}${casePath}?done=answer`);
  await expect(page.getByText('答复已保存，申请人可以查看')).toBeVisible();
  expect((await intake.storage.getConsultation(reference))?.answerText).toBe(ANSWER);
  expect(await drafts(page)).toEqual({});
  expect(errors).toEqual([]);
});

test('a colleague signing in at the same computer never sees the draft, and it does not come back', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const casePath = `/console/cases/${cases[1]}`;
  await page.goto(`${intake.url}/console/login`);
  await signIn(page, 'li.agent');
  await page.goto(`${intake.url}${casePath}`);
  await page.getByLabel('答复内容（申请人凭编号和凭证可查看）').fill(ANSWER);

  idlePastTimeout();
  await page.getByRole('button', { name: '发送答复' }).click();
  await expect(page).toHaveURL(/\/console\/login\?expired=1&next=/);

  // Li walks away; Zhou sits down at the same tab and signs in.
  await signIn(page, 'zhou.agent');
  await expect(page).toHaveURL(`${intake.url}${casePath}`);
  await expect(page.getByLabel('答复内容（申请人凭编号和凭证可查看）')).toHaveValue('');
  await expect(page.locator('#answer-draft')).toBeHidden();
  expect(await drafts(page)).toEqual({});

  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(`${intake.url}/console/login?out=1`);
  await signIn(page, 'li.agent');
  await page.goto(`${intake.url}${casePath}`);
  await expect(page.getByLabel('答复内容（申请人凭编号和凭证可查看）')).toHaveValue('');
  expect(errors).toEqual([]);
});

test('going back in the tab shows the next person no text the one before typed', async ({ page }) => {
  const errors = watchErrors(page);
  const casePath = `/console/cases/${cases[1]}`;
  const answer = () => page.getByLabel('答复内容（申请人凭编号和凭证可查看）');
  await page.goto(`${intake.url}/console/login`);
  await signIn(page, 'li.agent');
  await page.goto(`${intake.url}${casePath}`);
  await answer().fill(ANSWER);
  // Li leaves the case unsent and signs out; Zhou signs in at the same tab.
  await page.getByRole('link', { name: '返回收件箱' }).click();
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(`${intake.url}/console/login?out=1`);
  await signIn(page, 'zhou.agent');
  await expect(page).toHaveURL(`${intake.url}/console/inbox`);

  // Back through the tab's history to the case Li was typing on: it opens again, as Zhou's,
  // and the browser must not fill the box with what Li had typed there.
  for (let step = 0; step < 6 && !page.url().endsWith(casePath); step++) await page.goBack();
  await expect(page).toHaveURL(`${intake.url}${casePath}`);
  await expect(page.locator('body')).toHaveAttribute('data-staff', /\d+/);
  await expect(answer()).toBeVisible();
  await expect(answer()).toHaveValue('');
  expect(await drafts(page)).toEqual({});
  expect(errors).toEqual([]);
});

test('signing out forgets what the tab kept', async ({ page }) => {
  const errors = watchErrors(page);
  const casePath = `/console/cases/${cases[2]}`;
  await page.goto(`${intake.url}/console/login`);
  await signIn(page, 'li.agent');
  await page.goto(`${intake.url}${casePath}`);
  await page.getByLabel('升级说明（转上级节点或专家）').fill(NOTE);
  // Kept across a reload of the page …
  await page.reload();
  await expect(page.getByLabel('升级说明（转上级节点或专家）')).toHaveValue(NOTE);

  // … but not past signing out.
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(`${intake.url}/console/login?out=1`);
  expect(await drafts(page)).toEqual({});
  await signIn(page, 'li.agent');
  await page.goto(`${intake.url}${casePath}`);
  await expect(page.getByLabel('升级说明（转上级节点或专家）')).toHaveValue('');
  expect(errors).toEqual([]);
});
