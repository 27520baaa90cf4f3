import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { ConsultationCreated } from '@yizhan/catalogue';
import { hashPassword } from '../src/index.js';
import { describeEachBackend } from './helpers/backends.js';
import { Browser } from './helpers/browser.js';
import { call, consultationBody, startTestServer, submit, type TestServer, catalogueDir } from './helpers/server.js';

const bundleDir = (): string =>
  catalogueDir({
    items: [{ id: 'tm-renewal', name: { 'zh-CN': '商标续展', en: 'Trademark renewal' } }],
    outlets: [
      { id: 'cd-ip-centre', name: { 'zh-CN': '成都市知识产权服务中心', en: 'Chengdu IP Service Centre' } },
      { id: 'my-centre', name: { 'zh-CN': '绵阳市知识产权服务中心' } },
    ],
  });

const PASSWORD = 'correct horse battery';

describeEachBackend('staff console', (backend) => {
  let t: TestServer;
  /** The clock the server reads; tests move it forward. */
  let now = new Date('2026-11-24T02:00:00.000Z');
  let chengdu: { reference: string; token: string; ratingToken: string };
  let mianyang: { reference: string };

  before(async () => {
    t = await startTestServer(backend, {
      now: () => now,
      bundleDir: bundleDir(),
      cookieSecure: true,
      rateLimit: false,
    });
    const s = t.server.storage;
    const make = async (username: string, role: 'admin' | 'agent', outletIds: string[]) =>
      s.createStaff({
        username,
        displayName: username === 'li' ? '李坐席' : username,
        passwordHash: await hashPassword(PASSWORD),
        role,
        outletIds,
        createdAt: now.toISOString(),
      });
    await make('boss', 'admin', []);
    await make('li', 'agent', ['cd-ip-centre']);
    await make('zhao', 'agent', ['my-centre']);
    chengdu = ConsultationCreated.parse(
      (await submit(t.url, consultationBody({ question: '续展要准备什么？<script>alert(1)</script>' }))).body,
    );
    mianyang = ConsultationCreated.parse((await submit(t.url, consultationBody({ outletId: 'my-centre' }))).body);
  });
  after(async () => t?.done());

  it('signs in with a secure, httpOnly, SameSite=Strict session cookie, and refuses wrong passwords', async () => {
    const browser = new Browser(t.url);
    const wrong = await browser.signIn('li', 'wrong password');
    assert.equal(wrong.status, 401);
    assert.match(wrong.html, /用户名或密码不正确/);
    const unknown = await browser.signIn('nobody', PASSWORD);
    assert.equal(unknown.status, 401);

    await browser.get('/console/login');
    const ok = await browser.post('/console/login', { _csrf: browser.csrf(), username: 'li', password: PASSWORD });
    assert.equal(ok.status, 303);
    assert.equal(ok.location, '/console/inbox');
    const cookie = ok.headers.getSetCookie().find((c) => c.startsWith('__Host-yz_session='));
    assert.ok(cookie, 'session cookie set');
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    assert.match(cookie, /Secure/);
    assert.match(cookie, /Path=\//);

    const log = await t.server.storage.listAudit(10, 0);
    assert.deepEqual(log.map((e) => [e.action, e.target ?? e.staffUsername]).slice(0, 3), [
      ['auth.login', 'li'],
      ['auth.login-failed', 'nobody'],
      ['auth.login-failed', 'li'],
    ]);
  });

  it('sends people who are not signed in to the sign-in page', async () => {
    const browser = new Browser(t.url);
    const inbox = await browser.get('/console/inbox');
    assert.equal(inbox.status, 303);
    assert.equal(inbox.location, '/console/login?expired=1');
    // A form sent without a session is not acted on; sign-in leads back to the case it was on.
    const post = await browser.post(`/console/cases/${chengdu.reference}/close`, { _csrf: 'x' });
    assert.equal(post.status, 303);
    assert.equal(
      post.location,
      `/console/login?expired=1&next=${encodeURIComponent(`/console/cases/${chengdu.reference}`)}`,
    );
    assert.equal((await t.server.storage.getConsultation(chengdu.reference))?.status, 'received');
  });

  it('refuses forms without the CSRF token, with a wrong one, and a sign-in without its cookie', async () => {
    const browser = new Browser(t.url);
    await browser.signIn('li', PASSWORD);
    const missing = await browser.post(`/console/cases/${chengdu.reference}/close`, {});
    assert.equal(missing.status, 403);
    assert.match(missing.html, /表单已过期或来源不明/);
    const wrong = await browser.post(`/console/cases/${chengdu.reference}/close`, { _csrf: randomUUID() });
    assert.equal(wrong.status, 403);
    assert.equal((await t.server.storage.getConsultation(chengdu.reference))?.status, 'received');

    const stranger = await fetch(`${t.url}/console/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: 'guess', username: 'li', password: PASSWORD }),
    });
    assert.equal(stranger.status, 403);
  });

  it('scopes agents to their outlets and lets admins see everything', async () => {
    const li = new Browser(t.url);
    await li.signIn('li', PASSWORD);
    const inbox = await li.get('/console/inbox');
    assert.equal(inbox.status, 200);
    assert.ok(inbox.html.includes(chengdu.reference));
    assert.ok(!inbox.html.includes(mianyang.reference));
    assert.equal((await li.get(`/console/cases/${mianyang.reference}`)).status, 404);
    assert.equal((await li.get('/console/staff')).status, 403);
    assert.equal((await li.get('/console/audit')).status, 403);

    const boss = new Browser(t.url);
    await boss.signIn('boss', PASSWORD);
    const all = await boss.get('/console/inbox');
    assert.ok(all.html.includes(chengdu.reference) && all.html.includes(mianyang.reference));
    const filtered = await boss.get('/console/inbox?outlet=my-centre');
    assert.ok(filtered.html.includes(mianyang.reference) && !filtered.html.includes(chengdu.reference));
  });

  it('shows the question escaped, under a strict CSP, with no inline script or style', async () => {
    const li = new Browser(t.url);
    await li.signIn('li', PASSWORD);
    const page = await li.get(`/console/cases/${chengdu.reference}`);
    assert.equal(page.status, 200);
    assert.ok(page.html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    // The one script is the console's own file (drafts of the text boxes); nothing inline.
    assert.deepEqual(page.html.match(/<script[^>]*>[^<]*<\/script>/gi), [
      '<script src="/console/assets/console.js" defer></script>',
    ]);
    assert.doesNotMatch(page.html, /style=|\son[a-z]+=/i);
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /require-trusted-types-for 'script'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(page.headers.get('cache-control'), 'no-store');
  });

  it('assigns, answers (the requester then reads the answer), and records each step in the audit log', async () => {
    const li = new Browser(t.url);
    await li.signIn('li', PASSWORD);
    await li.get(`/console/cases/${chengdu.reference}`);
    const liId = (await t.server.storage.staffByUsername('li'))!.id;
    const assigned = await li.post(`/console/cases/${chengdu.reference}/assign`, {
      _csrf: li.csrf(),
      staffId: String(liId),
    });
    assert.equal(assigned.status, 303);
    // Zhao works for another outlet and cannot take this case.
    await li.get(`/console/cases/${chengdu.reference}`);
    const zhaoId = (await t.server.storage.staffByUsername('zhao'))!.id;
    const bad = await li.post(`/console/cases/${chengdu.reference}/assign`, {
      _csrf: li.csrf(),
      staffId: String(zhaoId),
    });
    assert.equal(bad.status, 400);

    await li.get(`/console/cases/${chengdu.reference}`);
    const empty = await li.post(`/console/cases/${chengdu.reference}/answer`, { _csrf: li.csrf(), text: '   ' });
    assert.equal(empty.status, 400);
    const answered = await li.post(`/console/cases/${chengdu.reference}/answer`, {
      _csrf: li.csrf(),
      text: '请准备商标续展申请书和身份证明文件。',
    });
    assert.equal(answered.status, 303);
    assert.equal(answered.location, `/console/cases/${chengdu.reference}?done=answer`);
    const shown = await li.get(answered.location!);
    assert.match(shown.html, /答复已保存/);

    const view = await call(`${t.url}/v1/consultations/${chengdu.reference}`, {
      headers: { authorization: `Bearer ${chengdu.token}` },
    });
    assert.equal((view.body as { status: string }).status, 'answered');
    assert.equal((view.body as { answer: { text: string } }).answer.text, '请准备商标续展申请书和身份证明文件。');

    // Answering again is not allowed in the answered state.
    const again = await li.post(`/console/cases/${chengdu.reference}/answer`, { _csrf: li.csrf(), text: '再答一次' });
    assert.equal(again.status, 400);
    assert.match(again.html, /当前状态下不能执行此操作/);

    const actions = (await t.server.storage.listAudit(50, 0))
      .filter((e) => e.target === chengdu.reference)
      .map((e) => e.action);
    assert.ok(actions.includes('consultation.view'));
    assert.ok(actions.includes('consultation.assign'));
    assert.ok(actions.includes('consultation.answer'));
    const answerEntry = (await t.server.storage.listAudit(50, 0)).find((e) => e.action === 'consultation.answer');
    assert.equal(answerEntry?.staffUsername, 'li');
    assert.ok(!JSON.stringify(answerEntry?.detail).includes('续展'), 'the audit log does not copy the answer');
  });

  it('highlights overdue cases against the promised date, in words and not only colour', async () => {
    const boss = new Browser(t.url);
    await boss.signIn('boss', PASSWORD);
    const before = await boss.get('/console/inbox?overdue=1');
    assert.ok(!before.html.includes(mianyang.reference));
    now = new Date('2026-11-28T02:00:00.000Z'); // Saturday after the Friday due date
    await boss.signIn('boss', PASSWORD); // four days later the old session has long expired
    const page = await boss.get('/console/inbox');
    const row = page.html.split('<tr').find((r) => r.includes(mianyang.reference)) ?? '';
    assert.match(row, /row-overdue/);
    assert.match(row, /已逾期/);
    const answeredRow = page.html.split('<tr').find((r) => r.includes(chengdu.reference)) ?? '';
    assert.doesNotMatch(answeredRow, /已逾期/);
    const overdueOnly = await boss.get('/console/inbox?overdue=1');
    assert.ok(overdueOnly.html.includes(mianyang.reference) && !overdueOnly.html.includes(chengdu.reference));
  });

  it('queues bad ratings for rectification with deadlines, and resolves them', async () => {
    const rated = await call(`${t.url}/v1/ratings`, {
      body: {
        token: chengdu.ratingToken,
        target: { type: 'consultation', id: chengdu.reference },
        level: 1,
        tags: ['answer-unhelpful'],
        comment: '答非所问',
        channel: 'web',
        locale: 'zh-CN',
      },
    });
    assert.equal(rated.status, 201);
    const caseId = (rated.body as { rectification: { caseId: string } }).rectification.caseId;
    const zhao = new Browser(t.url);
    await zhao.signIn('zhao', PASSWORD);
    assert.ok(!(await zhao.get('/console/rectifications')).html.includes('答非所问'), 'other outlets do not see it');

    const li = new Browser(t.url);
    await li.signIn('li', PASSWORD);
    const queue = await li.get('/console/rectifications');
    assert.match(queue.html, /答非所问/);
    assert.ok(queue.html.includes(`/console/rectifications/${caseId}/resolve`));
    const resolved = await li.post(`/console/rectifications/${caseId}/resolve`, {
      _csrf: li.csrf(),
      text: '已致电申请人重新说明续展材料',
    });
    assert.equal(resolved.status, 303);
    assert.equal((await t.server.storage.getRectification(caseId))?.status, 'resolved');
    const done = await li.get('/console/rectifications?status=resolved');
    assert.match(done.html, /已致电申请人/);
    assert.ok(
      (await t.server.storage.listAudit(20, 0)).some(
        (e) => e.action === 'rectification.resolve' && e.target === caseId,
      ),
    );
  });

  it('shows demand on the dashboard as accessible charts with table fallbacks', async () => {
    await call(`${t.url}/v1/events`, {
      body: {
        events: [
          { type: 'search', query: '天气预报', resultCount: 0, channel: 'kiosk' },
          { type: 'search', query: '商标续展', resultCount: 2, channel: 'web' },
          { type: 'view', itemId: 'tm-renewal', channel: 'web' },
        ],
      },
    });
    await t.server.flushEvents();
    const boss = new Browser(t.url);
    await boss.signIn('boss', PASSWORD);
    const page = await boss.get('/console/dashboard?days=7&lang=en');
    assert.equal(page.status, 200);
    assert.match(page.html, /<html lang="en">/);
    assert.match(page.html, /Searches without results \(unmet demand\)/);
    assert.match(page.html, /天气预报/);
    assert.match(page.html, /<svg[^>]+role="img"[^>]+aria-labelledby="/);
    assert.match(page.html, /<title id="chart-title-\d+">/);
    assert.match(page.html, /<table class="chart-data">/);
    assert.match(page.html, /Trademark renewal/);
    // The language choice sticks.
    assert.match((await boss.get('/console/inbox')).html, /Consultation inbox/);
  });

  it('lets an admin create staff accounts, validated and audited', async () => {
    const boss = new Browser(t.url);
    await boss.signIn('boss', PASSWORD);
    await boss.get('/console/staff');
    const invalid = await boss.post('/console/staff', {
      _csrf: boss.csrf(),
      username: 'X',
      displayName: '',
      role: 'agent',
      password: 'short',
    });
    assert.equal(invalid.status, 400);
    assert.match(invalid.html, /用户名为 3–32 个/);
    assert.match(invalid.html, /密码至少需要 12 个字符/);
    assert.match(invalid.html, /请为坐席选择至少一个网点/);
    const created = await boss.post('/console/staff', {
      _csrf: boss.csrf(),
      username: 'wang.agent',
      displayName: '王坐席',
      role: 'agent',
      outletIds: ['my-centre'],
      password: 'a long enough password',
    });
    assert.equal(created.status, 303);
    const wang = await t.server.storage.staffByUsername('wang.agent');
    assert.deepEqual(wang?.outletIds, ['my-centre']);
    assert.ok(
      (await t.server.storage.listAudit(10, 0)).some((e) => e.action === 'staff.create' && e.target === 'wang.agent'),
    );
    const audit = await boss.get('/console/audit');
    assert.match(audit.html, /新建账号/);

    const wangBrowser = new Browser(t.url);
    assert.equal((await wangBrowser.signIn('wang.agent', 'a long enough password')).status, 303);
  });

  it('ends idle sessions and signs out', async () => {
    const li = new Browser(t.url);
    await li.signIn('li', PASSWORD);
    assert.equal((await li.get('/console/inbox')).status, 200);
    now = new Date(now.getTime() + 31 * 60_000);
    const idle = await li.get('/console/inbox');
    assert.equal(idle.status, 303);
    assert.equal(idle.location, '/console/login?expired=1');

    await li.signIn('li', PASSWORD);
    await li.get('/console/inbox');
    const out = await li.post('/console/logout', { _csrf: li.csrf() });
    assert.equal(out.status, 303);
    assert.equal((await li.get('/console/inbox')).status, 303);
  });

  it('takes no answer or escalation note on a case the requester erased, and says why', async () => {
    const created = ConsultationCreated.parse((await submit(t.url)).body);
    const li = new Browser(t.url);
    await li.signIn('li', PASSWORD);
    // The page was open with its forms before the requester erased the case.
    await li.get(`/console/cases/${created.reference}`);
    const csrf = li.csrf();
    const erased = await call(`${t.url}/v1/consultations/${created.reference}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${created.token}` },
    });
    assert.equal(erased.status, 200);

    for (const action of ['answer', 'escalate']) {
      const refused = await li.post(`/console/cases/${created.reference}/${action}`, {
        _csrf: csrf,
        text: '已致电王女士 13800138000，请她补交身份证复印件',
      });
      assert.equal(refused.status, 400, action);
      assert.match(refused.html, /role="alert">申请人的个人信息已于 .+ 删除</, action);
      assert.ok(!refused.html.includes('13800138000'), `${action}: the refused text is not echoed back`);
    }
    const row = await t.server.storage.getConsultation(created.reference);
    assert.equal(row?.answerText, null);
    assert.equal(row?.escalationNote, null);
    assert.equal(row?.status, 'received');
    // A rating given afterwards still counts, without its comment.
    const rated = await call(`${t.url}/v1/ratings`, {
      body: {
        token: created.ratingToken,
        target: { type: 'consultation', id: created.reference },
        level: 2,
        tags: ['slow-reply'],
        comment: '王女士：等了很久',
        channel: 'web',
        locale: 'zh-CN',
      },
    });
    assert.equal(rated.status, 201);
    assert.deepEqual(
      (await t.server.storage.ratingsFor(created.reference)).map((r) => [r.level, r.comment]),
      [[2, null]],
    );

    // Its page offers no text to write any more; closing it still works.
    const page = await li.get(`/console/cases/${created.reference}?lang=en`);
    assert.doesNotMatch(page.html, /\/(answer|escalate)"/);
    const closed = await li.post(`/console/cases/${created.reference}/close`, { _csrf: li.csrf() });
    assert.equal(closed.status, 303);
    assert.equal((await t.server.storage.getConsultation(created.reference))?.status, 'closed');
  });

  it('shows only known outcomes from ?done=, never a built-in property name', async () => {
    const li = new Browser(t.url);
    await li.signIn('li', PASSWORD);
    for (const done of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf']) {
      const page = await li.get(`/console/cases/${chengdu.reference}?done=${done}`);
      assert.equal(page.status, 200, done);
      assert.doesNotMatch(page.html, /notice-ok|case\.done/, done);
    }
    assert.match((await li.get(`/console/cases/${chengdu.reference}?done=answer`)).html, /notice-ok/);
  });
});

describeEachBackend('console sign-in rate limit', (backend) => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer(backend, { rateLimit: { login: { max: 3, windowMs: 60_000 } } });
  });
  after(async () => t?.done());

  it('refuses sign-in attempts past the limit with 429 and Retry-After', async () => {
    const browser = new Browser(t.url);
    for (let i = 0; i < 3; i++) assert.equal((await browser.signIn('nobody', 'nothing')).status, 401);
    const limited = await browser.signIn('nobody', 'nothing');
    assert.equal(limited.status, 429);
    assert.match(limited.html, /登录尝试次数过多/);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
  });
});

describeEachBackend('console forms and language choice as a browser uses them', (backend) => {
  let t: TestServer;
  let reference: string;

  before(async () => {
    t = await startTestServer(backend, {
      now: () => new Date('2026-11-24T02:00:00.000Z'),
      bundleDir: bundleDir(),
      rateLimit: false,
    });
    await t.server.storage.createStaff({
      username: 'li',
      displayName: '李坐席',
      passwordHash: await hashPassword(PASSWORD),
      role: 'agent',
      outletIds: ['cd-ip-centre'],
      createdAt: '2026-11-24T02:00:00.000Z',
    });
    reference = ConsultationCreated.parse((await submit(t.url)).body).reference;
  });
  after(async () => t?.done());

  it('counts a line break in an answer once, as the text box does, and stores plain line breaks', async () => {
    const li = new Browser(t.url);
    await li.signIn('li', PASSWORD);
    await li.get(`/console/cases/${reference}`);
    // 40 lines that fill the box to 3,990 characters; a browser sends each line break as CR LF.
    const typed = Array.from({ length: 40 }, (_, i) =>
      `${i + 1}. ${'请携带商标注册证复印件'.repeat(9)}`.padEnd(98, '。'),
    )
      .join('\n')
      .slice(0, 3990);
    assert.equal(typed.length, 3990);
    const sent = typed.replace(/\n/g, '\r\n');
    assert.ok(sent.length > 4000, 'over the limit only when CR LF counts twice');
    const answered = await li.post(`/console/cases/${reference}/answer`, { _csrf: li.csrf(), text: sent });
    assert.equal(answered.status, 303);
    assert.equal((await t.server.storage.getConsultation(reference))?.answerText, typed);
  });

  it('gives a refused escalation note back in the note box, never as a draft answer to the requester', async () => {
    const created = ConsultationCreated.parse((await submit(t.url)).body);
    const li = new Browser(t.url);
    await li.signIn('li', PASSWORD);
    await li.get(`/console/cases/${created.reference}`);
    const note = `内部：申请人身份待核实\n${'请法务复核。'.repeat(700)}`;
    const refused = await li.post(`/console/cases/${created.reference}/escalate`, { _csrf: li.csrf(), text: note });
    assert.equal(refused.status, 400);
    const box = (id: string) =>
      new RegExp(`<textarea\\s[^>]*\\bid="${id}"[^>]*>\\n?([^<]*)</textarea>`).exec(refused.html)?.[1];
    assert.equal(box('answer'), '');
    assert.equal(box('note'), note);
    assert.equal((await t.server.storage.getConsultation(created.reference))?.status, 'received');
  });

  it('keeps the page and its filters when the language is switched, also after a form was refused', async () => {
    const li = new Browser(t.url);
    await li.signIn('li', PASSWORD);
    const inbox = await li.get('/console/inbox?status=received&topic=trademark&page=2');
    assert.ok(inbox.html.includes('href="/console/inbox?status=received&amp;topic=trademark&amp;page=2&amp;lang=en"'));
    const tab = await li.get('/console/rectifications?status=resolved');
    assert.ok(tab.html.includes('href="/console/rectifications?status=resolved&amp;lang=en"'));

    // A refused form is shown at the form's own address, which takes POST only: the language
    // links lead back to the page the form was on.
    await li.get(`/console/cases/${reference}`);
    const refused = await li.post(`/console/cases/${reference}/escalate`, { _csrf: li.csrf(), text: ' ' });
    assert.equal(refused.status, 400);
    const href = /<a\s+href="([^"]+)"\s+lang="en"/.exec(refused.html)?.[1];
    assert.equal(href, `/console/cases/${reference}?lang=en`);
    const english = await li.get(href!);
    assert.equal(english.status, 200);
    assert.match(english.html, /<html lang="en">/);
  });

  it('offers every language the console is translated into', async () => {
    const browser = new Browser(t.url);
    for (const [lang, heading] of [
      ['zh-Hant', '工作人員登錄'],
      ['ja', '職員ログイン'],
    ] as const) {
      const page = await browser.get(`/console/login?lang=${lang}`);
      assert.match(page.html, new RegExp(`<html lang="${lang}">`), lang);
      assert.ok(page.html.includes(heading), lang);
      assert.match(page.html, new RegExp(`href="/console/login\\?lang=${lang}"[^>]*aria-current="true"`), lang);
    }
    const page = await browser.get('/console/login');
    for (const name of ['简体中文', '繁體中文', 'English', '日本語'])
      assert.ok(page.html.includes(`>${name}</a`), name);
  });
});
