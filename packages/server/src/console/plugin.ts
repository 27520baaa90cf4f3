import { readFileSync } from 'node:fs';
import type { FastifyError, FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import type { ServerContext } from '../http/context.js';
import { tOf } from '../http/context.js';
import { authRoutes } from './auth-routes.js';
import { caseRoutes } from './case-routes.js';
import { ConsoleError, pageContext, sendPage } from './guard.js';
import { reportRoutes } from './report-routes.js';
import { staffRoutes } from './staff-routes.js';
import { cookieOptions } from './session.js';
import { errorPage, isConsoleLanguage, LANGUAGE_COOKIE } from './views/layout.js';

const STYLESHEET = readFileSync(new URL('./assets/console.css', import.meta.url), 'utf8');
const SCRIPT = readFileSync(new URL('./assets/console.js', import.meta.url), 'utf8');

/**
 * `/console`: the staff console. Server-rendered HTML that works in full without script, under
 * the strict CSP (`default-src 'none'`, styles and one script only from its own assets, no
 * inline code) and with assistive technology out of the box. The one script, console.js, only
 * keeps drafts of the text boxes (see there). Form bodies, cookies and the sign-in rate limit
 * are registered in this scope only.
 */
export async function consolePlugin(app: FastifyInstance, ctx: ServerContext) {
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 64 * 1024 });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new ConsoleError(429, 'tooMany', { seconds: Math.ceil(context.ttl / 1000) }),
  });
  app.decorateRequest('staffSession', null);

  // Language: ?lang= (remembered in a cookie), else the cookie, else Accept-Language.
  app.addHook('onRequest', async (request, reply) => {
    const asked = (request.query as Record<string, unknown> | undefined)?.['lang'];
    if (isConsoleLanguage(asked)) {
      request.lang = asked;
      reply.setCookie(LANGUAGE_COOKIE, asked, { ...cookieOptions(ctx.config, 365 * 86_400), httpOnly: false });
    } else if (isConsoleLanguage(request.cookies[LANGUAGE_COOKIE])) {
      request.lang = request.cookies[LANGUAGE_COOKIE]!;
    }
  });

  app.setErrorHandler(async (error: FastifyError | ConsoleError, request, reply) => {
    const t = tOf(request);
    let status: number;
    let message: string;
    if (error instanceof ConsoleError) {
      status = error.status;
      message =
        error.key === 'tooMany'
          ? t('console:login.tooMany', error.values)
          : t(`console:errors.${error.key}`, error.values);
    } else if ((error.statusCode ?? 500) < 500) {
      status = error.statusCode ?? 400;
      message = t(status === 413 ? 'console:api.payloadTooLarge' : 'console:api.badRequest', { limit: 64 });
    } else {
      console.error(`[yizhan] console ${request.method} ${request.url}:`, error);
      status = 500;
      message = t('console:errors.internal');
    }
    return sendPage(reply, errorPage(pageContext(request), message), status);
  });
  app.setNotFoundHandler(async (request, reply) =>
    sendPage(reply, errorPage(pageContext(request), tOf(request)('console:errors.notFound')), 404),
  );

  app.get('/assets/console.css', async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(STYLESHEET),
  );
  app.get('/assets/console.js', async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(SCRIPT),
  );
  authRoutes(app, ctx);
  caseRoutes(app, ctx);
  reportRoutes(app, ctx);
  staffRoutes(app, ctx);
}
