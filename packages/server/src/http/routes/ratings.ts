import type { FastifyInstance } from 'fastify';
import { BAD_RATING_MAX, RatingInput, type RatingCreated } from '@yizhan/catalogue';
import { hashToken, newReference, sameHash } from '../../domain/ids.js';
import { requestHash } from '../../domain/idempotency.js';
import { addWorkingDays, shanghaiDate } from '../../domain/working-days.js';
import { ReferenceTakenError, type RatingOutcome, type RatingRecord } from '../../storage/types.js';
import { tOf, type ServerContext } from '../context.js';
import { ApiError, validationError } from '../errors.js';
import { parseOr400 } from '../parse.js';

const ID_ATTEMPTS = 8;

function answer(rating: Pick<RatingRecord, 'id' | 'rectification'>): RatingCreated {
  return {
    id: rating.id,
    ...(rating.rectification
      ? { rectification: { caseId: rating.rectification.id, dueDate: rating.rectification.dueDate } }
      : {}),
  };
}

/**
 * One rating per token. The token is the natural idempotency key here: the same rating sent
 * again (an outbox retry) gets the first answer, a different one under the same token is 409.
 */
export function ratingRoutes(api: FastifyInstance, ctx: ServerContext) {
  api.post('/ratings', async (request, reply) => {
    const input = parseOr400(RatingInput, request.body, request);
    const t = tOf(request);
    let itemId: string | null = null;
    let outletId: string | null = null;
    let consultationRef: string | null = null;
    let erased = false;
    const tokenHash = hashToken(input.token);
    if (input.target.type === 'consultation') {
      const row = await ctx.storage.getConsultation(input.target.id);
      if (!row || !sameHash(row.ratingTokenHash, tokenHash)) {
        throw new ApiError(404, 'not_found', 'ratingTargetNotFound');
      }
      ({ itemId, outletId } = row);
      consultationRef = row.reference;
      erased = row.erasedAt !== null;
    } else {
      const known =
        input.target.type === 'item'
          ? ctx.catalogue.hasItem(input.target.id)
          : ctx.catalogue.hasOutlet(input.target.id);
      if (!known) {
        const key = input.target.type === 'item' ? 'unknownItem' : 'unknownOutlet';
        throw validationError([
          { path: 'target.id', code: key, message: t(`console:api.${key}`, { id: input.target.id }) },
        ]);
      }
      if (input.target.type === 'item') itemId = input.target.id;
      else outletId = input.target.id;
    }

    const now = ctx.config.now();
    const today = shanghaiDate(now);
    for (let attempt = 1; ; attempt++) {
      const id = newReference(now, 'RT');
      const rectification =
        input.level <= BAD_RATING_MAX
          ? {
              id: newReference(now, 'RC'),
              dueDate: addWorkingDays(today, ctx.config.rectificationWorkingDays, ctx.config.holidays),
            }
          : null;
      let outcome: RatingOutcome;
      try {
        outcome = await ctx.storage.createRating({
          id,
          tokenHash,
          requestHash: requestHash(request.body),
          targetType: input.target.type,
          targetId: input.target.id,
          consultationRef,
          itemId,
          outletId,
          level: input.level,
          tags: input.tags,
          // The requester erased the case: the rating still counts, but no new text joins it.
          comment: erased ? null : input.comment || null,
          channel: input.channel,
          locale: input.locale,
          createdAt: now.toISOString(),
          day: today,
          rectification,
        });
      } catch (error) {
        if (error instanceof ReferenceTakenError && attempt < ID_ATTEMPTS) continue;
        throw error;
      }
      if (outcome.outcome === 'conflict') throw new ApiError(409, 'conflict', 'ratingConflict');
      if (outcome.outcome === 'replay') {
        return reply.code(201).header('idempotent-replayed', 'true').send(answer(outcome.rating));
      }
      return reply.code(201).send(answer({ id, rectification }));
    }
  });
}
