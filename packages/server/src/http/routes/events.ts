import type { FastifyInstance } from 'fastify';
import { EventsInput, type DemandEvent, type EventsAccepted } from '@yizhan/catalogue';
import { claim } from '../../domain/idempotency.js';
import { normalizeQuery } from '../../domain/query.js';
import { shanghaiDate } from '../../domain/working-days.js';
import type { CatalogueIndex } from '../../catalogue/catalogue-index.js';
import type { CounterIncrement, CounterKind } from '../../storage/types.js';
import type { ServerContext } from '../context.js';
import { idempotencyKeyOf, sendOutcome } from '../idempotency.js';
import { parseOr400 } from '../parse.js';

const SCOPE = 'events';

/**
 * Fold a batch into per-day counters before anything is written: the database sees counts,
 * never individual events, so nothing stored can be tied to a visit or a person.
 * Events about items the catalogue does not know are not counted.
 */
export function foldEvents(
  events: readonly DemandEvent[],
  day: string,
  catalogue: CatalogueIndex,
): { increments: CounterIncrement[]; counted: number } {
  const counters = new Map<string, CounterIncrement>();
  let counted = 0;
  const add = (kind: CounterKind, key: string, channel: DemandEvent['channel']) => {
    const id = `${kind}\u0000${key}\u0000${channel}`;
    const current = counters.get(id);
    if (current) current.count++;
    else counters.set(id, { day, kind, key, channel, count: 1 });
  };
  for (const event of events) {
    if (event.type === 'search') {
      const query = normalizeQuery(event.query);
      if (!query) continue;
      add('search', query, event.channel);
      if (event.resultCount === 0) add('zero', query, event.channel);
    } else {
      if (!catalogue.hasItem(event.itemId)) continue;
      add(event.type, event.itemId, event.channel);
    }
    counted++;
  }
  return { increments: [...counters.values()], counted };
}

export function eventRoutes(api: FastifyInstance, ctx: ServerContext) {
  api.post('/events', async (request, reply) => {
    const key = idempotencyKeyOf(request, false);
    const input = parseOr400(EventsInput, request.body, request);
    const { increments, counted } = foldEvents(input.events, shanghaiDate(ctx.config.now()), ctx.catalogue);
    const body: EventsAccepted = { accepted: counted };
    if (!key && ctx.counters) {
      ctx.counters.add(increments);
      return reply.code(202).send(body);
    }
    const outcome = await ctx.storage.recordCounters(
      increments,
      key ? claim(SCOPE, key, request.body, 202, body) : null,
    );
    if (!key) return reply.code(202).send(body);
    return sendOutcome(reply, outcome, key, SCOPE, { status: 202, body });
  });
}
