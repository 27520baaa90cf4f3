import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../http/context.js';
import { tOf } from '../http/context.js';
import { DUMMY_HASH, verifyPassword } from './passwords.js';
import { ConsoleError, formText, pageContext, requireStaff, sendPage } from './guard.js';
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
 */
export function authRoutes(app: FastifyInstance, ctx: ServerContext) {
  const showLogin = (
    request: Parameters<typeof pageContext>[0],
    reply: Parameters<typeof sendPage>[0],
    options: { username?: string; error?: string; info?: string },
    status = 200,
  ) => {
    const csrf = randomSecret();
    reply.setCookie(loginCsrfCookieName(ctx.config), csrf, cookieOptions(ctx.config, 3600));
    return sendPage(reply, loginPage(pageContext(request), { csrf, ...options }), status);
  };

  app.get<{ Querystring: { expired?: string; out?: string } }>('/login', async (request, reply) => {
    if (await currentSession(ctx.storage, ctx.config, request)) return reply.redirect('/console/inbox', 303);
    const t = tOf(request);
    return showLogin(request, reply, {
      ...(request.query.expired ? { info: t('console:login.expired') } : {}),
      ...(request.query.out ? { info: t('console:login.signedOut') } : {}),
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
      if (!sameSecret(formText(request, '_csrf'), cookie)) throw new ConsoleError(403, 'csrf');
      const username = formText(request, 'username').trim().toLowerCase().slice(0, 64);
      const password = formText(request, 'password').slice(0, 256);
      const staff = username ? await ctx.storage.staffByUsername(username) : null;
      // Unknown users cost a hash check too, so response time does not reveal which names exist.
      const ok = await verifyPassword(password, staff?.passwordHash ?? (await DUMMY_HASH));
      const at = ctx.config.now().toISOString();
      if (!staff || !ok || staff.disabled) {
        await ctx.storage.appendAudit({
          at,
          staffId: null,
          action: 'auth.login-failed',
          target: username || null,
          detail: { ip: request.ip },
        });
        return showLogin(request, reply, { username, error: t('console:login.failed') }, 401);
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
      return reply.redirect('/console/inbox', 303);
    },
  );

  app.post('/logout', { preHandler: requireStaff(ctx) }, async (request, reply) => {
    const staff = request.staffSession!.staff;
    await ctx.storage.appendAudit({
      at: ctx.config.now().toISOString(),
      staffId: staff.id,
      action: 'auth.logout',
      target: null,
      detail: {},
    });
    await closeSession(ctx.storage, ctx.config, request, reply);
    return reply.redirect('/console/login?out=1', 303);
  });
}
