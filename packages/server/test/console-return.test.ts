/**
 * A staff member whose session ended comes back to the page they were on: the guard hands the
 * sign-in page a `next`, and sign-in leads there, but only ever to a page of this console.
 * (That the typed text survives the round trip is a browser matter: e2e/console-drafts.spec.ts.)
 */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConsultationCreated } from '@yizhan/catalogue';
import { hashPassword } from '../src/index.js';
import { describeEachBackend } from './helpers/backends.js';
import { Browser } from './helpers/browser.js';
import { startTestServer, submit, type TestServer, catalogueDir } from './helpers/server.js';

const PASSWORD = 'correct horse battery';

const bundleDir = (): string =>
  catalogueDir({
    items: [{ id: 'tm-renewal', name: { 'zh-CN': '商标续展' } }],
    outlets: [{ id: 'cd-ip-centre', name: { 'zh-CN': '成都市知识产权服务中心' } }],
  });

/** The `next` the sign-in form will send, or null when it has none. */
function nextField(html: string): string | null {
  const match = /<input type="hidden" name="next" value="([^"]*)"/.exec(html);
  return match ? match[1]!.replace(/&amp;/g, '&') : null;
}

/**
 * What a browser could be sent to after signing in: other hosts, other schemes, backslashes
 * (which browsers read as slashes), percent-encoded slashes, dots and line breaks, control
 * characters, header injection, pages outside the console, the sign-in page itself, and a
 * value given twice.
 */
const HOSTILE = [
  'https://evil.example/',
  'http://evil.example/console/inbox',
  '//evil.example/console/inbox',
  '///evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '/console/\\\\evil.example',
  '/console//evil.example',
  '/console/..//evil.example',
  '/console/../v1/health',
  '/console/./inbox',
  '/console/%2e%2e/v1/health',
  '/console/%2F%2Fevil.example',
  '/console/%5C%5Cevil.example',
  '%2F%2Fevil.example',
  '/%2F%2Fevil.example',
  '/console/inbox%0d%0aSet-Cookie:%20x=1',
  '/console/inbox\r\nSet-Cookie: x=1',
  '/console/inbox\tx',
  '/console/inbox\u0000',
  '/console/\u2028inbox',
  ' /console/inbox',
  'javascript:alert(1)',
  'JavaScript://%0aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  '/console/javascript:alert(1)',
  '/console@evil.example',
  '/console/@evil.example',
  'http:/\\evil.example',
  '/consolex/inbox',
  '/console',
  '/v1/health',
  '/console/login',
  '/console/login?next=https://evil.example',
  '/console/logout',
  '/console/inbox#@evil.example',
  '/console/inbox?x=<script>',
  '/console/ｉｎｂｏｘ',
  `/console/${'a'.repeat(600)}`,
  '',
];

describeEachBackend('console: back to the page after signing in again', (backend) => {
  let t: TestServer;
  let now = new Date('2026-11-24T02:00:00.000Z');
  let reference = '';
  let rectification = '';

  before(async () => {
    t = await startTestServer(backend, { now: () => now, bundleDir: bundleDir(), rateLimit: false });
    await t.server.storage.createStaff({
      username: 'li',
      displayName: '李坐席',
      passwordHash: await hashPassword(PASSWORD),
      role: 'agent',
      outletIds: ['cd-ip-centre'],
      createdAt: now.toISOString(),
    });
    const created = ConsultationCreated.parse((await submit(t.url)).body);
    reference = created.reference;
    const rated = await fetch(`${t.url}/v1/ratings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        token: created.ratingToken,
        target: { type: 'consultation', id: reference },
        level: 1,
        tags: ['slow-reply'],
        channel: 'web',
        locale: 'zh-CN',
      }),
    });
    rectification = ((await rated.json()) as { rectification: { caseId: string } }).rectification.caseId;
  });
  after(async () => t?.done());

  /** Signed in, then idle past the 30-minute timeout. */
  async function idleBrowser(): Promise<Browser> {
    const li = new Browser(t.url);
    await li.signIn('li', PASSWORD);
    await li.get(`/console/cases/${reference}`);
    now = new Date(now.getTime() + 31 * 60_000);
    return li;
  }

  it('leads a page opened after the timeout through sign-in back to itself, with its filters', async () => {
    const li = await idleBrowser();
    const csrf = li.csrf();
    const filtered = await li.get('/console/inbox?status=received&topic=trademark&lang=en');
    assert.equal(filtered.status, 303);
    const next = '/console/inbox?status=received&topic=trademark';
    assert.equal(filtered.location, `/console/login?expired=1&next=${encodeURIComponent(next)}`);

    const login = await li.get(filtered.location!);
    assert.equal(login.status, 200);
    assert.match(login.html, /Your session has expired/);
    assert.equal(nextField(login.html), next);
    // The language links keep the way back.
    assert.ok(login.html.includes(`next=${encodeURIComponent(next)}&amp;lang=zh-Hant`));
    const signedIn = await li.post('/console/login', {
      _csrf: li.csrf(),
      username: 'li',
      password: PASSWORD,
      next: nextField(login.html)!,
    });
    assert.equal(signedIn.status, 303);
    assert.equal(signedIn.location, next);
    assert.equal((await li.get(signedIn.location!)).status, 200);
    assert.notEqual(csrf, li.csrf(), 'a new session');
  });

  it('acts on no reply sent after the timeout, and leads back to the case it was typed on', async () => {
    const li = await idleBrowser();
    const csrf = li.csrf();
    const late = await li.post(`/console/cases/${reference}/answer`, {
      _csrf: csrf,
      text: '请携带商标注册证原件。',
    });
    assert.equal(late.status, 303);
    const casePage = `/console/cases/${reference}`;
    assert.equal(late.location, `/console/login?expired=1&next=${encodeURIComponent(casePage)}`);
    const stored = await t.server.storage.getConsultation(reference);
    assert.equal(stored?.status, 'received');
    assert.equal(stored?.answerText, null);

    // A wrong password on the way keeps the way back.
    await li.get(late.location!);
    const wrong = await li.post('/console/login', {
      _csrf: li.csrf(),
      username: 'li',
      password: 'not the password',
      next: casePage,
    });
    assert.equal(wrong.status, 401);
    assert.equal(nextField(wrong.html), casePage);
    const signedIn = await li.post('/console/login', {
      _csrf: li.csrf(),
      username: 'li',
      password: PASSWORD,
      next: nextField(wrong.html)!,
    });
    assert.equal(signedIn.location, casePage);
    const page = await li.get(casePage);
    assert.equal(page.status, 200);
    assert.match(page.html, /data-draft="case:YZ-[^"]+:answer"/);
  });

  it('keeps the way back in the language links of a refused sign-in', async () => {
    const li = new Browser(t.url);
    const casePage = `/console/cases/${reference}`;
    await li.get(`/console/login?expired=1&next=${encodeURIComponent(casePage)}`);
    const wrong = await li.post('/console/login', {
      _csrf: li.csrf(),
      username: 'li',
      password: 'not the password',
      next: casePage,
    });
    assert.equal(wrong.status, 401);
    assert.ok(wrong.html.includes(`href="/console/login?next=${encodeURIComponent(casePage)}&amp;lang=ja"`));
  });

  it('signs in from either of two tabs that both show the sign-in page', async () => {
    // Both tabs of one browser were idle; each opened the sign-in page, the first one first.
    const li = await idleBrowser();
    const casePage = `/console/cases/${reference}`;
    const late = await li.post(`/console/cases/${reference}/answer`, { _csrf: li.csrf(), text: '请携带原件。' });
    const first = await li.get(late.location!);
    const firstCsrf = li.csrf();
    await li.get('/console/login?expired=1');
    const secondCsrf = li.csrf();

    // Signing in where the reply was typed leads back to it …
    const signedIn = await li.post('/console/login', {
      _csrf: firstCsrf,
      username: 'li',
      password: PASSWORD,
      next: nextField(first.html)!,
    });
    assert.equal(signedIn.status, 303);
    assert.equal(signedIn.location, casePage);
    assert.equal((await li.get(casePage)).status, 200);

    // … and the other tab, signed in by now, goes on as its sign-in page would.
    const other = await li.post('/console/login', {
      _csrf: secondCsrf,
      username: 'li',
      password: PASSWORD,
      next: '/console/rectifications',
    });
    assert.equal(other.status, 303);
    assert.equal(other.location, '/console/rectifications');
  });

  it('asks again, way back kept, when the sign-in page was left open past its form token', async () => {
    const casePage = `/console/cases/${reference}`;
    const stale = new Browser(t.url);
    await stale.get(`/console/login?expired=1&next=${encodeURIComponent(casePage)}`);
    // The form's cookie has run out (an hour) or another site sent the form: no cookie, no session.
    const li = new Browser(t.url);
    const refused = await li.post('/console/login', {
      _csrf: stale.csrf(),
      username: 'li',
      password: PASSWORD,
      next: casePage,
    });
    assert.equal(refused.status, 403);
    assert.equal(li.cookie('yz_session'), undefined, 'not signed in');
    assert.match(refused.html, /登录页面已过期，请重新输入密码登录/);
    assert.equal(nextField(refused.html), casePage);
    assert.match(refused.html, /name="username"[^>]*value="li"/);
    const signedIn = await li.post('/console/login', {
      _csrf: li.csrf(),
      username: 'li',
      password: PASSWORD,
      next: nextField(refused.html)!,
    });
    assert.equal(signedIn.location, casePage);
  });

  it('leads a rectification note sent after the timeout back to the rectification queue', async () => {
    const li = await idleBrowser();
    const late = await li.post(`/console/rectifications/${rectification}/resolve`, {
      _csrf: li.csrf(),
      text: '已致电说明',
    });
    assert.equal(late.status, 303);
    assert.equal(late.location, `/console/login?expired=1&next=${encodeURIComponent('/console/rectifications')}`);
    assert.equal((await t.server.storage.getRectification(rectification))?.status, 'open');
  });

  it('signs out a session that already ended, with the signed-out page', async () => {
    const li = await idleBrowser();
    const out = await li.post('/console/logout', { _csrf: li.csrf() });
    assert.equal(out.status, 303);
    assert.equal(out.location, '/console/login?out=1');
    const page = await li.get(out.location!);
    assert.match(page.html, /您已退出登录/);
    assert.match(page.html, /<body[^>]* data-drafts-forget/);
  });

  it('sends a signed-in staff member opening the sign-in page with next straight there', async () => {
    const li = new Browser(t.url);
    await li.signIn('li', PASSWORD);
    const there = await li.get(`/console/login?next=${encodeURIComponent('/console/rectifications?status=resolved')}`);
    assert.equal(there.status, 303);
    assert.equal(there.location, '/console/rectifications?status=resolved');
    const hostile = await li.get(`/console/login?next=${encodeURIComponent('//evil.example/')}`);
    assert.equal(hostile.location, '/console/inbox');
  });

  it('never leads anywhere but a console page: every hostile next falls back to the inbox', async () => {
    for (const next of HOSTILE) {
      const browser = new Browser(t.url);
      const login = await browser.get(`/console/login?expired=1&next=${encodeURIComponent(next)}`);
      assert.equal(login.status, 200, JSON.stringify(next));
      assert.equal(nextField(login.html), null, `the form carries no ${JSON.stringify(next)}`);
      const signedIn = await browser.post('/console/login', {
        _csrf: browser.csrf(),
        username: 'li',
        password: PASSWORD,
        next,
      });
      assert.equal(signedIn.status, 303, JSON.stringify(next));
      assert.equal(signedIn.location, '/console/inbox', JSON.stringify(next));
      // Signed in already: the sign-in page sends them on, to the same place.
      const again = await browser.get(`/console/login?next=${encodeURIComponent(next)}`);
      assert.equal(again.location, '/console/inbox', JSON.stringify(next));
    }
    // Given twice, even with one good value, it is not a single address.
    const browser = new Browser(t.url);
    await browser.get('/console/login');
    const twice = await browser.post('/console/login', {
      _csrf: browser.csrf(),
      username: 'li',
      password: PASSWORD,
      next: [`/console/cases/${reference}`, '//evil.example/'],
    });
    assert.equal(twice.location, '/console/inbox');
    const twiceGet = await browser.get(`/console/login?next=%2Fconsole%2Fdashboard&next=%2F%2Fevil.example`);
    assert.equal(twiceGet.location, '/console/inbox');
  });

  it('follows a next that is a console page, query included', async () => {
    for (const next of [
      `/console/cases/${reference}`,
      '/console/inbox?status=received&topic=trademark&page=2',
      '/console/rectifications?status=resolved',
      '/console/dashboard?days=7',
    ]) {
      const browser = new Browser(t.url);
      const login = await browser.get(`/console/login?next=${encodeURIComponent(next)}`);
      assert.equal(nextField(login.html), next);
      const signedIn = await browser.post('/console/login', {
        _csrf: browser.csrf(),
        username: 'li',
        password: PASSWORD,
        next,
      });
      assert.equal(signedIn.location, next);
    }
  });
});
