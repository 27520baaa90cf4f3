import type { Server } from 'node:http';
import Fastify, { type FastifyError, type FastifyHttpOptions, type FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import { BODY_LIMIT } from '../config.js';
import { consolePlugin } from '../console/plugin.js';
import { apiPlugin } from './api.js';
import { tOf, type ServerContext } from './context.js';
import { onConnectionError, onRouterError } from './edge-errors.js';
import { ApiError, errorBody } from './errors.js';
import { languageFrom } from './language.js';
import { CSP_DIRECTIVES, HSTS_MAX_AGE_SECONDS } from './security-headers.js';

/** Fastify's own errors (body parsing, limits) as API errors with stable codes. */
function asApiError(error: FastifyError): ApiError {
  if (error instanceof ApiError) return error;
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError(413, 'payload_too_large', 'payloadTooLarge', { limit: BODY_LIMIT / 1024 });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError(415, 'unsupported_media_type', 'unsupportedMediaType');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError(400, 'validation', 'emptyBody');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ApiError(400, 'validation', 'invalidJson');
  }
  const status = error.statusCode ?? 500;
  if (status === 429) return new ApiError(429, 'rate_limited', 'rateLimited', { seconds: 60 });
  if (status === 404) return new ApiError(404, 'not_found', 'notFound');
  if (status === 413) return new ApiError(413, 'payload_too_large', 'payloadTooLarge', { limit: BODY_LIMIT / 1024 });
  if (status === 415) return new ApiError(415, 'unsupported_media_type', 'unsupportedMediaType');
  // A SyntaxError with status 400 is malformed JSON, including prototype-poisoning attempts.
  if (status >= 400 && status < 500) {
    return new ApiError(400, 'validation', error instanceof SyntaxError ? 'invalidJson' : 'badRequest');
  }
  return new ApiError(500, 'internal', 'internal');
}

/**
 * The HTTP application: `/v1` (API) and `/console` (staff) in separate scopes, one error
 * handler that always answers in the documented shape and the request's language, and
 * security headers on everything.
 */
export async function buildApp(ctx: ServerContext): Promise<FastifyInstance> {
  const timeout = ctx.config.requestTimeoutMs;
  const options: FastifyHttpOptions<Server> = {
    bodyLimit: BODY_LIMIT,
    trustProxy: ctx.config.trustProxy,
    logger: ctx.config.logger,
    // During a graceful shutdown new requests get 503 and clients retry elsewhere.
    return503OnClosing: true,
    // Fastify sets no request timeout and Node waits a minute for headers: a client sending a
    // byte every few seconds would hold its connection for ever. Node checks the limits every
    // `connectionsCheckingInterval` (30 s by default, far coarser than the limits themselves).
    requestTimeout: timeout,
    ...(timeout > 0
      ? {
          http: {
            headersTimeout: Math.ceil(timeout / 2),
            connectionsCheckingInterval: Math.min(5_000, Math.ceil(timeout / 4)),
          },
        }
      : {}),
    frameworkErrors: onRouterError,
    clientErrorHandler: onConnectionError,
  };
  const app = Fastify(options);

  app.decorateRequest('lang', 'zh-CN');
  app.addHook('onRequest', async (request) => {
    request.lang = languageFrom(request.headers['accept-language']);
  });

  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    // Portals on other origins read API answers through CORS.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    strictTransportSecurity: { maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: true },
    referrerPolicy: { policy: 'no-referrer' },
  });

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const apiError = asApiError(error);
    if (apiError.status >= 500) request.log.error(error);
    if (apiError.status >= 500 && !ctx.config.logger)
      console.error(`[yizhan] ${request.method} ${request.url}:`, error);
    return reply
      .code(apiError.status)
      .type('application/json; charset=utf-8')
      .send(errorBody(tOf(request), apiError));
  });
  app.setNotFoundHandler(async (request, reply) =>
    reply
      .code(404)
      .type('application/json; charset=utf-8')
      .send(errorBody(tOf(request), new ApiError(404, 'not_found', 'notFound'))),
  );

  await app.register((api) => apiPlugin(api, ctx), { prefix: '/v1' });
  await app.register((staff) => consolePlugin(staff, ctx), { prefix: '/console' });
  app.get('/', async (_request, reply) => reply.redirect('/console/'));
  return app;
}
