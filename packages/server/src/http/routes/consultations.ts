import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  ConsultationInput,
  REFERENCE_PATTERN,
  type ConsultationCreated,
  type ConsultationErased,
  type ConsultationExport,
  type ConsultationView,
} from '@yizhan/catalogue';
import { consentTimeBelievable } from '../../domain/consent.js';
import { hashToken, newReference, newToken, sameHash } from '../../domain/ids.js';
import { claim } from '../../domain/idempotency.js';
import { addWorkingDays, shanghaiDate } from '../../domain/working-days.js';
import { ReferenceTakenError, type ConsultationRecord, type IdempotentOutcome } from '../../storage/types.js';
import type { ServerContext } from '../context.js';
import { ApiError, validationError, type FieldProblem } from '../errors.js';
import { idempotencyKeyOf, sendOutcome } from '../idempotency.js';
import { parseOr400 } from '../parse.js';
import { tOf } from '../context.js';

const SCOPE = 'consultation';
/** Fresh references are drawn until one is free; 30 random bits a day make a second draw rare. */
const REFERENCE_ATTEMPTS = 8;

export function bearerToken(request: FastifyRequest): string {
  const match = /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(request.headers.authorization ?? '');
  if (!match?.[1]) throw new ApiError(401, 'unauthorized', 'unauthorized');
  return match[1];
}

/** The case behind `reference` if `token` opens it; the same 404 whether it is missing or the token is wrong. */
async function authorizedCase(ctx: ServerContext, request: FastifyRequest, reference: string) {
  const token = bearerToken(request);
  const row = REFERENCE_PATTERN.test(reference) ? await ctx.storage.getConsultation(reference) : null;
  if (!row || !sameHash(row.tokenHash, hashToken(token))) throw new ApiError(404, 'not_found', 'consultationNotFound');
  return row;
}

function view(row: ConsultationRecord): ConsultationView {
  return {
    reference: row.reference,
    status: row.status,
    topic: row.topic,
    ...(row.itemId ? { itemId: row.itemId } : {}),
    ...(row.outletId ? { outletId: row.outletId } : {}),
    createdAt: row.createdAt,
    dueDate: row.dueDate,
    ...(row.answerText && row.answeredAt ? { answer: { text: row.answerText, answeredAt: row.answeredAt } } : {}),
    ...(row.erasedAt ? { erasedAt: row.erasedAt } : {}),
  };
}

export function consultationRoutes(api: FastifyInstance, ctx: ServerContext) {
  api.post('/consultations', async (request, reply) => {
    const key = idempotencyKeyOf(request, true)!;
    const input = parseOr400(ConsultationInput, request.body, request);
    const t = tOf(request);
    const now = ctx.config.now();
    const problems: FieldProblem[] = [];
    if (input.itemId && !ctx.catalogue.hasItem(input.itemId)) {
      problems.push({
        path: 'itemId',
        code: 'unknownItem',
        message: t('console:api.unknownItem', { id: input.itemId }),
      });
    }
    if (input.outletId && !ctx.catalogue.hasOutlet(input.outletId)) {
      problems.push({
        path: 'outletId',
        code: 'unknownOutlet',
        message: t('console:api.unknownOutlet', { id: input.outletId }),
      });
    }
    if (!consentTimeBelievable(input.consent.acceptedAt, now, ctx.config.retentionDays)) {
      problems.push({
        path: 'consent.acceptedAt',
        code: 'intake.consentTime',
        message: t('validation:intake.consentTime'),
      });
    }
    if (problems.length) throw validationError(problems);

    const dueDate = addWorkingDays(shanghaiDate(now), ctx.config.replyWorkingDays, ctx.config.holidays);
    for (let attempt = 1; ; attempt++) {
      const token = newToken();
      const ratingToken = newToken();
      const body: ConsultationCreated = {
        reference: newReference(now),
        token,
        ratingToken,
        status: 'received',
        dueDate,
      };
      let outcome: IdempotentOutcome;
      try {
        outcome = await ctx.storage.createConsultation(
          {
            reference: body.reference,
            tokenHash: hashToken(token),
            ratingTokenHash: hashToken(ratingToken),
            topic: input.topic,
            itemId: input.itemId ?? null,
            outletId: input.outletId ?? null,
            channel: input.channel,
            locale: input.locale,
            question: input.question,
            contactName: input.contact.name || null,
            // Minimization: keep only the contact the reply goes to.
            contactMobile: input.replyChannel === 'email' ? null : (input.contact.mobile ?? null),
            contactEmail: input.replyChannel === 'email' ? (input.contact.email ?? null) : null,
            replyChannel: input.replyChannel,
            consentVersion: input.consent.noticeVersion,
            consentAt: new Date(input.consent.acceptedAt).toISOString(),
            createdAt: now.toISOString(),
            dueDate,
          },
          claim(SCOPE, key, request.body, 201, body),
        );
      } catch (error) {
        if (error instanceof ReferenceTakenError && attempt < REFERENCE_ATTEMPTS) continue;
        throw error;
      }
      return sendOutcome(reply, outcome, key, SCOPE, { status: 201, body });
    }
  });

  api.get<{ Params: { reference: string } }>('/consultations/:reference', async (request, reply) => {
    const row = await authorizedCase(ctx, request, request.params.reference);
    return reply.header('cache-control', 'no-store').send(view(row));
  });

  api.get<{ Params: { reference: string } }>('/consultations/:reference/export', async (request, reply) => {
    const row = await authorizedCase(ctx, request, request.params.reference);
    const ratings = await ctx.storage.ratingsFor(row.reference);
    const body: ConsultationExport = {
      reference: row.reference,
      status: row.status,
      topic: row.topic,
      ...(row.itemId ? { itemId: row.itemId } : {}),
      ...(row.outletId ? { outletId: row.outletId } : {}),
      channel: row.channel,
      locale: row.locale,
      question: row.question,
      contact: {
        ...(row.contactName ? { name: row.contactName } : {}),
        ...(row.contactMobile ? { mobile: row.contactMobile } : {}),
        ...(row.contactEmail ? { email: row.contactEmail } : {}),
      },
      replyChannel: row.replyChannel,
      consent: { noticeVersion: row.consentVersion, acceptedAt: row.consentAt },
      createdAt: row.createdAt,
      dueDate: row.dueDate,
      ...(row.answerText && row.answeredAt ? { answer: { text: row.answerText, answeredAt: row.answeredAt } } : {}),
      ratings: ratings.map((r) => ({
        level: r.level,
        tags: r.tags,
        ...(r.comment ? { comment: r.comment } : {}),
        createdAt: r.createdAt,
      })),
      ...(row.erasedAt ? { erasedAt: row.erasedAt } : {}),
    };
    return reply
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="${row.reference}.json"`)
      .send(body);
  });

  api.delete<{ Params: { reference: string } }>('/consultations/:reference', async (request, reply) => {
    const row = await authorizedCase(ctx, request, request.params.reference);
    const at = ctx.config.now().toISOString();
    // Deleting twice is not an error: the answer names when the data was erased.
    const erasedAt = (await ctx.storage.eraseConsultation(row.reference, at)) ? at : (row.erasedAt ?? at);
    const body: ConsultationErased = { reference: row.reference, erasedAt };
    return reply.header('cache-control', 'no-store').send(body);
  });
}
