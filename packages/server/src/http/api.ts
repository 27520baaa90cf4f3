import type { FastifyInstance, FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import { sha256 } from '../domain/ids.js';
import { BODY_LIMIT } from '../config.js';
import type { ServerContext } from './context.js';
import { ApiError } from './errors.js';
import { consultationRoutes } from './routes/consultations.js';
import { eventRoutes } from './routes/events.js';
import { metaRoutes } from './routes/meta.js';
import { ratingRoutes } from './routes/ratings.js';

/** The capability a request acts with, if any: a bearer token or a rating's body token. */
function tokenOf(request: FastifyRequest): string | null {
  const bearer = /^Bearer (\S{1,256})$/.exec(request.headers.authorization ?? '')?.[1];
  if (bearer) return bearer;
  const body = request.body as { token?: unknown } | undefined;
  return typeof body?.token === 'string' ? body.token.slice(0, 256) : null;
}

function sameOrigin(request: FastifyRequest, origin: string): boolean {
  return origin === `${request.protocol}://${request.host}`;
}

/**
 * `/v1`: the public intake API. Its own encapsulated scope, so its body parsers, CORS and rate
 * limits do not leak into the console.
 */
export async function apiPlugin(api: FastifyInstance, ctx: ServerContext) {
  const allowed = new Set(ctx.config.allowedOrigins);

  // Cross-origin calls come only from configured portals; the browser would hide the answer
  // anyway, but refusing outright keeps other sites from writing into the inbox.
  api.addHook('onRequest', async (request) => {
    const origin = request.headers.origin;
    if (origin !== undefined && !allowed.has(origin) && !sameOrigin(request, origin)) {
      throw new ApiError(403, 'forbidden_origin', 'forbiddenOrigin', { origin: origin.slice(0, 200) });
    }
  });
  await api.register(cors, {
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST', 'DELETE'],
    allowedHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key', 'Accept-Language'],
    exposedHeaders: ['Idempotent-Replayed', 'Retry-After'],
    maxAge: 600,
  });

  // JSON only. `text/plain` is parsed as JSON on /v1/events alone: navigator.sendBeacon (a page
  // being closed) can only send that type without a preflight.
  api.removeAllContentTypeParsers();
  const json = api.getDefaultJsonParser('error', 'error');
  api.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: BODY_LIMIT }, json);
  api.addContentTypeParser('text/plain', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (request, body, done) => {
    if (request.url.split('?')[0] !== '/v1/events') {
      done(new ApiError(415, 'unsupported_media_type', 'unsupportedMediaType'), undefined);
      return;
    }
    json(request, String(body), done);
  });

  const limits = ctx.config.rateLimit;
  if (limits) {
    const tooMany = (seconds: number) => new ApiError(429, 'rate_limited', 'rateLimited', { seconds });
    await api.register(rateLimit, {
      global: true,
      hook: 'onRequest',
      max: limits.perIp.max,
      timeWindow: limits.perIp.windowMs,
      keyGenerator: (request) => `ip:${request.ip}`,
      errorResponseBuilder: (_request, context) => tooMany(Math.ceil(context.ttl / 1000)),
    });
    const perToken = api.createRateLimit({
      max: limits.perToken.max,
      timeWindow: limits.perToken.windowMs,
      keyGenerator: (request) => `token:${sha256(tokenOf(request) ?? '')}`,
    });
    api.addHook('preHandler', async (request, reply) => {
      if (tokenOf(request) === null) return;
      const result = await perToken(request);
      // `isAllowed` means “on the allow list”; a counted request is refused only once exceeded.
      if (!result.isAllowed && result.isExceeded) {
        reply.header('retry-after', String(result.ttlInSeconds));
        throw tooMany(result.ttlInSeconds);
      }
    });
  }

  consultationRoutes(api, ctx);
  ratingRoutes(api, ctx);
  eventRoutes(api, ctx);
  metaRoutes(api, ctx);
}
