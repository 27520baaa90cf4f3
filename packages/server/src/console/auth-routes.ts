import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../http/context.js';
import { tOf } from '../http/context.js';
import { mayBeAccountName } from './accounts.js';
import { DUMMY_HASH, verifyPassword } from './passwords.js';
import { ConsoleError, formText, HOME, pageContext, safeNext, sendPage } from './guard.js';
import {
  closeSession,
  cookieOptions,
  currentSession,
  loginCsrfCookieName,
  openSession,
  randomSecret,
  sameSecret,
} from './session.js';
import { loginPage } from './views/login.js';

/**
 * Sign-in and sign-out. The sign-in form has no session yet, so its CSRF token is a
 * double-submit cookie: a random value in a SameSite=Strict cookie that the form must echo.
 * Every sign-in page of the browser shares that one value while it lasts, so that of two tabs
 * that both ran out and show the sign-in page, either can be used. A form whose token does not
 * match is not acted on: if the browser has signed in meanwhile (in the other tab) it goes on to
 * `next`, as the sign-in page does; otherwise the form is shown again, name and way back kept.
 * `next` (set by the guard when a session ended) leads back to the page the staff member was on,
 * checked by `safeNext` both when the form is shown and when it is sent.
 */
export function authRoutes(app: FastifyInstance, ctx: ServerContext) {
  const showLogin = (
    request: Parameters<typeof pageContext>[0],
    reply: Parameters<typeof sendPage>[0],
    options: { username?: string; error?: string; info?: string; next?: string | undefined; signedOut?: boolean },
    status = 200,
  ) => {
    const current = request.cookies[loginCsrfCookieName(ctx.config)];
    const csrf = current && /^[A-Za-z0-9_-]{43}$/.test(current) ? current : randomSecret();
    reply.setCookie(loginCsrfCookieName(ctx.config), csrf, cookieOptions(ctx.config, 3600));
    // The language links show this form again, with its way back (a refused form's answer is
    // at the address the form was sent to, which takes POST only).
    const here = options.next ? `/console/login?next=${encodeURIComponent(options.next)}` : undefined;
    const page = { ...pageContext(request), ...(request.method === 'POST' && here ? { here } : {}) };
    return sendPage(reply, loginPage(page, { csrf, ...options }), status);
  };

  app.get<{ Querystring: { expired?: string; out?: string; next?: string } }>('/login', async (request, reply) => {
    const next = safeNext(request.query.next);
    if (await currentSession(ctx.storage, ctx.config, request)) return reply.redirect(next ?? HOME, 303);
    const t = tOf(request);
    return showLogin(request, reply, {
      next,
      ...(request.query.expired ? { info: t('console:login.expired') } : {}),
      ...(request.query.out ? { info: t('console:login.signedOut'), signedOut: true } : {}),
    });
  });

  const limits = ctx.config.rateLimit;
  app.post(
    '/login',
    {
      config: {
        rateLimit: limits
          ? {
              max: limits.login.max,
              timeWindow: limits.login.windowMs,
              keyGenerator: (request) => `login:${request.ip}`,
            }
          : false,
      },
    },
    async (request, reply) => {
      const t = tOf(request);
      const cookie = request.cookies[loginCsrfCookieName(ctx.config)];
      const username = formText(request, 'username').trim().toLowerCase().slice(0, 64);
      const password = formText(request, 'password').slice(0, 256);
      const next = safeNext(formText(request, 'next'));
      if (!sameSecret(formText(request, '_csrf'), cookie)) {
        // Nothing is checked or changed: either the browser is signed in already (another tab)
        // and goes where this form led, or the form is asked for again with a valid token.
        if (await currentSession(ctx.storage, ctx.config, request)) return reply.redirect(next ?? HOME, 303);
        const shownName = mayBeAccountName(username) ? username : '';
        return showLogin(request, reply, { username: shownName, next, error: t('console:login.formExpired') }, 403);
      }
      const staff = mayBeAccountName(username) ? await ctx.storage.staffByUsername(username) : null;
      // Unknown users cost a hash check too, so response time does not reveal which names exist.
      const ok = await verifyPassword(password, staff?.passwordHash ?? (await DUMMY_HASH));
      const at = ctx.config.now().toISOString();
      if (!staff || !ok) {
        await ctx.storage.appendAudit({
          at,
          staffId: null,
          action: 'auth.login-failed',
          // What was typed, with control characters (NUL, which PostgreSQL refuses) made visible.
          target: username.replace(/\p{Cc}/gu, '\uFFFD') || null,
          detail: { ip: request.ip },
        });
        return showLogin(request, reply, { username, next, error: t('console:login.failed') }, 401);
      }
      // Said only after the password matched, so it tells nothing to someone guessing; told
      // "wrong password", the person would go and have a good password reset, and try again.
      // It still counts against the address's sign-in limit, as every attempt does: that limit
      // is what bounds the password hashing one address can make the server do.
      if (staff.disabled) {
        await ctx.storage.appendAudit({
          at,
          staffId: staff.id,
          action: 'auth.login-disabled',
          target: null,
          detail: { ip: request.ip },
        });
        return showLogin(request, reply, { username, next, error: t('console:login.disabled') }, 403);
      }
      await openSession(ctx.storage, ctx.config, staff, reply);
      reply.clearCookie(loginCsrfCookieName(ctx.config), cookieOptions(ctx.config));
      await ctx.storage.appendAudit({
        at,
        staffId: staff.id,
        action: 'auth.login',
        target: null,
        detail: { ip: request.ip },
      });
      return reply.redirect(next ?? HOME, 303);
    },
  );

  // Signing out of a session that already ended still signs out: the page says so, and the
  // browser tab forgets its drafts (see assets/console.js) as after any sign-out.
  app.post('/logout', async (request, reply) => {
    const session = await currentSession(ctx.storage, ctx.config, request);
    if (session) {
      if (!sameSecret(formText(request, '_csrf'), session.session.csrfToken)) throw new ConsoleError(403, 'csrf');
      await ctx.storage.appendAudit({
        at: ctx.config.now().toISOString(),
        staffId: session.staff.id,
        action: 'auth.logout',
        target: null,
        detail: {},
      });
    }
    await closeSession(ctx.storage, ctx.config, request, reply);
    return reply.redirect('/console/login?out=1', 303);
  });
}
