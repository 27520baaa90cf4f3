/**
 * Staff accounts in the console, as an administrator manages them: disable, re-enable, reset a
 * password. Each takes effect at once on the person's open sessions and is in the audit log.
 */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConsultationCreated } from '@yizhan/catalogue';
import { hashPassword } from '../src/index.js';
import { verifyPassword } from '../src/console/passwords.js';
import { describeEachBackend } from './helpers/backends.js';
import { Browser } from './helpers/browser.js';
import { startTestServer, submit, type TestServer, catalogueDir } from './helpers/server.js';

const PASSWORD = 'correct horse battery';

const bundleDir = (): string =>
  catalogueDir({
    items: [{ id: 'tm-renewal', name: { 'zh-CN': '商标续展' } }],
    outlets: [{ id: 'cd-ip-centre', name: { 'zh-CN': '成都市知识产权服务中心' } }],
  });

/** The row of one account in the staff list. */
function row(html: string, username: string): string {
  return html.split('<tr').find((r) => r.includes(`<th scope="row">${username}</th>`)) ?? '';
}

/** The password on the page answering a reset. */
function shownPassword(html: string): string | undefined {
  return /<p class="new-password"><code translate="no">([^<]+)<\/code><\/p>/.exec(html)?.[1];
}

describeEachBackend('console: managing staff accounts', (backend) => {
  let t: TestServer;
  const start = new Date('2026-11-24T02:00:00.000Z');
  /** The server's clock; a test moves it on and puts it back. */
  let now = start;
  let reference = '';
  /** Li's browser, signed in before the account was disabled. */
  let liBeforeDisable: Browser | undefined;

  before(async () => {
    t = await startTestServer(backend, { now: () => now, bundleDir: bundleDir(), rateLimit: false });
    const make = async (username: string, displayName: string, role: 'admin' | 'agent') =>
      t.server.storage.createStaff({
        username,
        displayName,
        passwordHash: await hashPassword(PASSWORD),
        role,
        outletIds: role === 'agent' ? ['cd-ip-centre'] : [],
        createdAt: now.toISOString(),
      });
    await make('boss', '王主任', 'admin');
    await make('chief', '赵科长', 'admin');
    await make('li', '李坐席', 'agent');
    await make('zhou', '周坐席', 'agent');
    reference = ConsultationCreated.parse((await submit(t.url)).body).reference;
  });
  after(async () => t?.done());

  const signedIn = async (username: string, password = PASSWORD) => {
    const browser = new Browser(t.url);
    const answer = await browser.signIn(username, password);
    assert.equal(answer.status, 303, `${username} signs in`);
    return browser;
  };

  it('lists each account with its status and what can be done to it, never disabling oneself', async () => {
    const boss = await signedIn('boss');
    const page = await boss.get('/console/staff');
    assert.equal(page.status, 200);
    const li = row(page.html, 'li');
    assert.match(li, /<td>\s*启用\s*<\/td>/);
    assert.ok(li.includes('href="/console/staff/li/disable"'));
    assert.ok(li.includes('href="/console/staff/li/reset"'));
    assert.match(li, /停用<span class="visually-hidden"> li<\/span>/, 'the link names the account for screen readers');
    const own = row(page.html, 'boss');
    assert.ok(!own.includes('/console/staff/boss/disable'));
    assert.match(own, /当前登录的账号/);
    assert.ok(own.includes('href="/console/staff/boss/reset"'));

    // Agents manage no accounts.
    const zhou = await signedIn('zhou');
    assert.equal((await zhou.get('/console/staff/li/disable')).status, 403);
    await zhou.get('/console/inbox');
    assert.equal((await zhou.post('/console/staff/li/disable', { _csrf: zhou.csrf() })).status, 403);
    assert.equal((await zhou.post('/console/staff/li/reset', { _csrf: zhou.csrf() })).status, 403);
    assert.equal((await t.server.storage.staffByUsername('li'))?.disabled, false);
  });

  it('disables an account after asking: its open session ends at once, it cannot sign in or be assigned', async () => {
    const boss = await signedIn('boss');
    // The case is Li's before the account is disabled.
    await boss.get(`/console/cases/${reference}`);
    const liId = (await t.server.storage.staffByUsername('li'))!.id;
    assert.equal(
      (await boss.post(`/console/cases/${reference}/assign`, { _csrf: boss.csrf(), staffId: String(liId) })).status,
      303,
    );
    const li = await signedIn('li');
    liBeforeDisable = li;
    assert.equal((await li.get('/console/inbox')).status, 200);

    const ask = await boss.get('/console/staff/li/disable');
    assert.equal(ask.status, 200);
    assert.match(ask.html, /<h1>停用账号 li<\/h1>/);
    assert.match(ask.html, /李坐席（li）会立即退出登录/);
    assert.equal((await t.server.storage.staffByUsername('li'))?.disabled, false, 'asking changes nothing');
    assert.equal((await li.get('/console/inbox')).status, 200);

    // Without the session's CSRF token nothing happens.
    assert.equal((await boss.post('/console/staff/li/disable', { _csrf: 'forged' })).status, 403);
    assert.equal((await t.server.storage.staffByUsername('li'))?.disabled, false);

    const done = await boss.post('/console/staff/li/disable', { _csrf: boss.csrf() });
    assert.equal(done.status, 303);
    assert.equal(done.location, '/console/staff?done=disable&account=li');
    const list = await boss.get(done.location!);
    assert.match(list.html, /role="status">账号 li 已停用，其所有登录已退出</);
    assert.match(row(list.html, 'li'), /class="row-disabled"/);
    assert.match(row(list.html, 'li'), /已停用/);
    assert.ok(row(list.html, 'li').includes('action="/console/staff/li/enable"'));
    // A notice is only ever true of the account now: Li is not "re-enabled".
    const crafted = await boss.get('/console/staff?done=enable&account=li');
    assert.equal(crafted.status, 200);
    assert.doesNotMatch(crafted.html, /notice-ok/);
    assert.doesNotMatch(crafted.html, /已重新启用/);

    // Li's open page is signed out at the next click, and Li cannot sign in again.
    const kicked = await li.get('/console/inbox');
    assert.equal(kicked.status, 303);
    assert.match(kicked.location ?? '', /^\/console\/login\?expired=1/);
    assert.equal((await new Browser(t.url).signIn('li', PASSWORD)).status, 403);

    // The case shows who had it, and offers Li no more.
    const casePage = await boss.get(`/console/cases/${reference}`);
    assert.match(casePage.html, /<dd>李坐席（已停用）<\/dd>/);
    const options = /<select id="assignee"[^>]*>([\s\S]*?)<\/select>/.exec(casePage.html)?.[1] ?? '';
    assert.ok(!options.includes('(li)'), 'a disabled account is not offered');
    assert.ok(options.includes('(zhou)'));
    const assign = await boss.post(`/console/cases/${reference}/assign`, {
      _csrf: boss.csrf(),
      staffId: String(liId),
    });
    assert.equal(assign.status, 400);

    const audit = await boss.get('/console/audit');
    const entry = audit.html.split('<tr').find((r) => r.includes('停用账号')) ?? '';
    assert.match(entry, /<td>boss<\/td>/);
    assert.match(entry, /<td>li<\/td>/);
    assert.match(entry, /<td>结束 1 个会话<\/td>/, 'Li had one open session');
  });

  it('re-enables an account: it signs in with its old password, and its old sessions stay ended', async () => {
    const boss = await signedIn('boss');
    await boss.get('/console/staff');
    const done = await boss.post('/console/staff/li/enable', { _csrf: boss.csrf() });
    assert.equal(done.status, 303);
    assert.equal(done.location, '/console/staff?done=enable&account=li');
    const list = await boss.get(done.location!);
    assert.match(list.html, /账号 li 已重新启用/);
    assert.doesNotMatch(row(list.html, 'li'), /row-disabled/);
    // A crafted link does not say an enabled account is disabled.
    for (const account of ['li', 'zhou']) {
      const crafted = await boss.get(`/console/staff?done=disable&account=${account}`);
      assert.equal(crafted.status, 200);
      assert.doesNotMatch(crafted.html, /notice-ok/, account);
      assert.doesNotMatch(crafted.html, /已停用，其所有登录已退出/, account);
    }
    const li = await signedIn('li');
    assert.equal((await li.get('/console/inbox')).status, 200);
    // The session open when the account was disabled ended then, and does not come back.
    assert.equal((await liBeforeDisable!.get('/console/inbox')).status, 303);
  });

  it('resets a password: shown once on the answer, stored only hashed; the old one and its sessions end', async () => {
    const li = await signedIn('li');
    const boss = await signedIn('boss');
    const ask = await boss.get('/console/staff/li/reset');
    assert.equal(ask.status, 200);
    assert.match(ask.html, /旧密码立即失效/);
    assert.equal((await li.get('/console/inbox')).status, 200, 'asking changes nothing');

    const answer = await boss.post('/console/staff/li/reset', { _csrf: boss.csrf() });
    assert.equal(answer.status, 303, 'post/redirect/get: a reload never resets again');
    assert.equal(answer.location, '/console/staff/li/new-password');
    assert.equal(answer.headers.get('cache-control'), 'no-store');
    const reset = await boss.get(answer.location!);
    assert.equal(reset.status, 200);
    assert.equal(reset.headers.get('cache-control'), 'no-store');
    assert.match(reset.html, /已为 li 生成新密码，其所有登录已退出/);
    assert.match(reset.html, /此密码只显示这一次/);
    const password = shownPassword(reset.html);
    assert.match(password ?? '', /^[a-km-zA-HJ-NP-Z2-9]{16}$/);
    assert.ok(!answer.html.includes(password!), 'not in the redirect');

    const stored = (await t.server.storage.staffByUsername('li'))!;
    assert.ok(!stored.passwordHash.includes(password!), 'only a hash is stored');
    assert.ok(await verifyPassword(password!, stored.passwordHash));
    const entries = await t.server.storage.listAudit(5, 0);
    assert.ok(!JSON.stringify(entries).includes(password!), 'the audit log has no copy');
    assert.equal(entries[0]?.action, 'staff.reset-password');
    assert.equal(entries[0]?.target, 'li');

    assert.equal((await li.get('/console/inbox')).status, 303, 'signed out at once');
    assert.equal((await new Browser(t.url).signIn('li', PASSWORD)).status, 401);
    await signedIn('li', password);
    // Shown once: nowhere else.
    assert.ok(!(await boss.get('/console/staff')).html.includes(password!));
    assert.ok(!(await boss.get('/console/audit')).html.includes(password!));
  });

  it('keeps an administrator resetting their own password signed in here, and ends their other sessions', async () => {
    const here = await signedIn('chief');
    const elsewhere = await signedIn('chief');
    const ask = await here.get('/console/staff/chief/reset');
    assert.match(ask.html, /本次登录保留/);
    const answer = await here.post('/console/staff/chief/reset', { _csrf: here.csrf() });
    assert.equal(answer.status, 303);
    const reset = await here.get(answer.location!);
    assert.equal(reset.status, 200);
    assert.match(reset.html, /已为您生成新密码，您在其他地方的登录已退出/);
    const password = shownPassword(reset.html)!;
    assert.equal((await here.get('/console/staff')).status, 200);
    assert.equal((await elsewhere.get('/console/staff')).status, 303);
    await signedIn('chief', password);
  });

  it('shows a reset password once: a reload says it was shown and resets nothing', async () => {
    const boss = await signedIn('boss');
    await boss.get('/console/staff/zhou/reset');
    const answer = await boss.post('/console/staff/zhou/reset', { _csrf: boss.csrf() });
    assert.equal(answer.status, 303);
    const first = await boss.get(answer.location!);
    const password = shownPassword(first.html)!;
    assert.ok(password);
    const resets = async () =>
      (await t.server.storage.listAudit(100, 0)).filter((e) => e.action === 'staff.reset-password').length;
    const before = await resets();
    const hash = (await t.server.storage.staffByUsername('zhou'))!.passwordHash;

    for (const lang of ['zh-CN', 'en']) {
      const again = await boss.get(`${answer.location!}${lang === 'en' ? '?lang=en' : ''}`);
      assert.equal(again.status, 200);
      assert.equal(again.headers.get('cache-control'), 'no-store');
      assert.equal(shownPassword(again.html), undefined, 'never shown twice');
      assert.ok(!again.html.includes(password));
      assert.ok(again.html.includes('href="/console/staff/zhou/reset"'), 'offers to reset again');
      assert.match(again.html, lang === 'en' ? /already shown/ : /新密码已显示过/);
      assert.doesNotMatch(again.html, /notice-ok/);
    }
    assert.equal(await resets(), before, 'a reload resets nothing');
    assert.equal((await t.server.storage.staffByUsername('zhou'))!.passwordHash, hash);
    await signedIn('zhou', password);
  });

  it('keeps a reset password for the session that reset it only, a few minutes at most', async () => {
    await t.server.storage.createStaff({
      username: 'qian',
      displayName: '钱主任',
      passwordHash: await hashPassword(PASSWORD),
      role: 'admin',
      outletIds: [],
      createdAt: now.toISOString(),
    });
    const boss = await signedIn('boss');
    const qian = await signedIn('qian');
    await boss.get('/console/staff/zhou/reset');
    const answer = await boss.post('/console/staff/zhou/reset', { _csrf: boss.csrf() });
    assert.equal(answer.status, 303);
    // Another administrator, or another session of the same one, gets nothing from the address.
    const other = await qian.get(answer.location!);
    assert.equal(other.status, 200);
    assert.equal(shownPassword(other.html), undefined);
    const bossElsewhere = await signedIn('boss');
    assert.equal(shownPassword((await bossElsewhere.get(answer.location!)).html), undefined);
    const password = shownPassword((await boss.get(answer.location!)).html);
    assert.ok(password, 'the session that reset it still gets it, once');
    await signedIn('zhou', password);

    // Not taken within five minutes: forgotten.
    await boss.get('/console/staff/zhou/reset');
    const late = await boss.post('/console/staff/zhou/reset', { _csrf: boss.csrf() });
    assert.equal(late.status, 303);
    try {
      now = new Date(start.getTime() + 6 * 60_000);
      const page = await boss.get(late.location!);
      assert.equal(page.status, 200);
      assert.equal(shownPassword(page.html), undefined);
      assert.match(page.html, /新密码已显示过/);
    } finally {
      now = start;
    }
  });

  it('refuses to let an administrator disable their own account', async () => {
    const boss = await signedIn('boss');
    const ask = await boss.get('/console/staff/boss/disable');
    assert.equal(ask.status, 400);
    assert.match(ask.html, /不能停用您自己正在使用的账号/);
    await boss.get('/console/staff');
    const refused = await boss.post('/console/staff/boss/disable', { _csrf: boss.csrf() });
    assert.equal(refused.status, 400);
    assert.match(refused.html, /role="alert">\s*<ul>\s*<li>不能停用您自己正在使用的账号/);
    assert.equal((await t.server.storage.staffByUsername('boss'))?.disabled, false);
    assert.equal((await boss.get('/console/inbox')).status, 200);
  });

  it('answers unknown and malformed account names with not found', async () => {
    const boss = await signedIn('boss');
    await boss.get('/console/staff');
    const csrf = boss.csrf();
    for (const name of ['nobody', 'LI', '..', '%2e%2e', 'li%00', 'x'.repeat(65)]) {
      assert.equal((await boss.get(`/console/staff/${name}/reset`)).status, 404, name);
      assert.equal((await boss.post(`/console/staff/${name}/disable`, { _csrf: csrf })).status, 404, name);
    }
    // Neither the list's notice nor the sign-in form takes a name to the database that it cannot read.
    const list = await boss.get('/console/staff?done=disable&account=li%00');
    assert.equal(list.status, 200);
    assert.doesNotMatch(list.html, /notice-ok/);
    assert.equal((await new Browser(t.url).signIn('li\u0000', PASSWORD)).status, 401);
  });

  it('says in the audit log, in each language, what was done to which account', async () => {
    const boss = await signedIn('boss');
    for (const [lang, words] of [
      ['zh-CN', ['停用账号', '重新启用账号', '重置密码']],
      ['zh-Hant', ['停用帳號', '重新啟用帳號', '重置密碼']],
      ['en', ['Disabled an account', 'Re-enabled an account', 'Reset a password']],
      ['ja', ['アカウントを無効化', 'アカウントを再有効化', 'パスワードを再設定']],
    ] as const) {
      const page = await boss.get(`/console/audit?lang=${lang}`);
      for (const word of words) assert.ok(page.html.includes(`<td>${word}</td>`), `${lang}: ${word}`);
      assert.doesNotMatch(page.html, /<td>staff\.(disable|enable|reset-password)<\/td>/, lang);
    }
  });

  it("puts each entry's detail into words, in the page's language, never as JSON", async () => {
    const boss = await signedIn('boss');
    // Li had the case before the account was disabled; it goes to Zhou now.
    await boss.get(`/console/cases/${reference}`);
    const zhouId = (await t.server.storage.staffByUsername('zhou'))!.id;
    assert.equal(
      (await boss.post(`/console/cases/${reference}/assign`, { _csrf: boss.csrf(), staffId: String(zhouId) })).status,
      303,
    );
    /** The detail cell of each entry with this action and subject. */
    const cells = (html: string, action: string, target: string) =>
      html
        .split('<tr')
        .filter((r) => r.includes(`<td>${action}</td>`) && r.includes(`<td>${target}</td>`))
        .map((r) => /<td>([^<]*)<\/td>\s*<\/tr>/.exec(r)?.[1]);
    for (const [lang, words] of [
      [
        'zh-CN',
        {
          disable: ['停用账号', '结束 1 个会话'],
          assignLi: ['分派咨询', '原状态：已受理；分派给 李坐席'],
          assignZhou: ['分派咨询', '原状态：已分派；分派给 周坐席'],
        },
      ],
      [
        'en',
        {
          disable: ['Disabled an account', '1 session ended'],
          assignLi: ['Assigned a consultation', 'status was Received; assigned to 李坐席'],
          assignZhou: ['Assigned a consultation', 'status was Assigned; assigned to 周坐席'],
        },
      ],
    ] as const) {
      const page = await boss.get(`/console/audit?lang=${lang}`);
      assert.equal(page.status, 200);
      assert.deepEqual(cells(page.html, words.disable[0], 'li'), [words.disable[1]], `${lang}: disable`);
      const assignments = cells(page.html, words.assignLi[0], reference);
      assert.ok(assignments.includes(words.assignLi[1]), `${lang}: ${assignments.join(' | ')}`);
      assert.ok(assignments.includes(words.assignZhou[1]), `${lang}: ${assignments.join(' | ')}`);
      assert.ok(!page.html.includes('{"') && !page.html.includes('{&quot;'), `${lang}: no raw JSON`);
      assert.doesNotMatch(page.html, /sessionsEnded|assignee/, lang);
    }
  });
});

describeEachBackend('console: signing in to a disabled account', (backend) => {
  let t: TestServer;
  const at = new Date('2026-11-24T02:00:00.000Z');
  const SESSION = '__Host-yz_session';

  before(async () => {
    t = await startTestServer(backend, { now: () => at, rateLimit: false });
    for (const [username, displayName, role] of [
      ['boss', '王主任', 'admin'],
      ['li', '李坐席', 'agent'],
    ] as const) {
      await t.server.storage.createStaff({
        username,
        displayName,
        passwordHash: await hashPassword(PASSWORD),
        role,
        outletIds: role === 'agent' ? ['cd-ip-centre'] : [],
        createdAt: at.toISOString(),
      });
    }
  });
  after(async () => t?.done());

  /** The administrator disables or re-enables Li's account in the console. */
  const setLi = async (action: 'disable' | 'enable') => {
    const boss = new Browser(t.url);
    assert.equal((await boss.signIn('boss', PASSWORD)).status, 303);
    await boss.get('/console/staff');
    assert.equal((await boss.post(`/console/staff/li/${action}`, { _csrf: boss.csrf() })).status, 303, action);
    return boss;
  };

  /** A sign-in from a fresh browser showing the sign-in page in `lang`. */
  const attempt = async (password: string, lang?: string) => {
    const browser = new Browser(t.url);
    await browser.get(lang ? `/console/login?lang=${lang}` : '/console/login');
    const answer = await browser.post('/console/login', { _csrf: browser.csrf(), username: 'li', password });
    return { browser, answer };
  };

  it('says the account is disabled only to someone who knows its password, and opens no session', async () => {
    const boss = await setLi('disable');

    for (const [lang, message] of [
      [undefined, '此账号已停用，请联系管理员。'],
      ['zh-CN', '此账号已停用，请联系管理员。'],
      ['zh-Hant', '此帳號已停用，請聯繫管理員。'],
      ['en', 'This account has been disabled. Please contact an administrator.'],
      ['ja', 'このアカウントは無効化されています。管理者に連絡してください。'],
    ] as const) {
      const { browser, answer } = await attempt(PASSWORD, lang);
      assert.equal(answer.status, 403, `${lang}: refused`);
      assert.ok(answer.html.includes(`role="alert">${message}</p>`), `${lang}: says the account is disabled`);
      assert.doesNotMatch(
        answer.html,
        /用户名或密码不正确|Wrong username or password/,
        `${lang}: not "wrong password"`,
      );
      assert.ok(!answer.headers.getSetCookie().some((c) => c.startsWith(`${SESSION}=`)), `${lang}: no session cookie`);
      assert.equal(browser.cookie(SESSION), undefined);
      assert.match(answer.html, /name="username"[^>]*value="li"/, `${lang}: the name stays in the form`);
      assert.equal((await browser.get('/console/inbox')).status, 303, `${lang}: not signed in`);
    }

    // A wrong password learns nothing: the same answer as for a name that does not exist.
    const { answer: wrong } = await attempt('not the password');
    const nobody = await new Browser(t.url).signIn('nobody', 'not the password');
    for (const answer of [wrong, nobody]) {
      assert.equal(answer.status, 401);
      assert.match(answer.html, /role="alert">用户名或密码不正确</);
      assert.doesNotMatch(answer.html, /停用/);
      assert.ok(!answer.headers.getSetCookie().some((c) => c.startsWith(`${SESSION}=`)));
    }

    // The log tells the refused sign-in of a disabled account from a wrong password.
    const entries = await t.server.storage.listAudit(3, 0);
    assert.deepEqual(
      entries.map((e) => [e.action, e.staffUsername, e.target]),
      [
        ['auth.login-failed', null, 'nobody'],
        ['auth.login-failed', null, 'li'],
        ['auth.login-disabled', 'li', null],
      ],
    );
    for (const [lang, words] of [
      ['zh-CN', '登录被拒（账号已停用）'],
      ['zh-Hant', '登錄被拒（帳號已停用）'],
      ['en', 'Refused sign-in (account disabled)'],
      ['ja', 'ログイン拒否（無効なアカウント）'],
    ] as const) {
      const page = await boss.get(`/console/audit?lang=${lang}`);
      assert.ok(page.html.includes(`<td>${words}</td>`), `${lang}: ${words}`);
      assert.doesNotMatch(page.html, /<td>auth\.login-disabled<\/td>/, lang);
    }
  });

  it('signs the account in again once it is re-enabled', async () => {
    await setLi('enable');
    const { browser, answer } = await attempt(PASSWORD);
    assert.equal(answer.status, 303);
    assert.equal(answer.location, '/console/inbox');
    assert.ok(browser.cookie(SESSION), 'session cookie set');
    assert.equal((await browser.get('/console/inbox')).status, 200);
  });
});
