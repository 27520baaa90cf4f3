import type { FastifyInstance } from 'fastify';
import type { Health } from '@yizhan/catalogue';
import type { ServerContext } from '../context.js';
import { openApiDocument } from '../openapi.js';

export function metaRoutes(api: FastifyInstance, ctx: ServerContext) {
  const document = openApiDocument(ctx.version);
  api.get('/health', async (_request, reply) => {
    const ok = await ctx.storage.ping();
    const body: Health = { ok, db: ctx.storage.kind, version: ctx.version };
    return reply
      .code(ok ? 200 : 503)
      .header('cache-control', 'no-store')
      .send(body);
  });
  api.get('/openapi.json', async (_request, reply) => reply.send(document));
}
