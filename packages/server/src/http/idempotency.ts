import type { FastifyReply, FastifyRequest } from 'fastify';
import { IdempotencyKey } from '@yizhan/catalogue';
import { unseal } from '../domain/idempotency.js';
import type { IdempotentOutcome } from '../storage/types.js';
import { ApiError } from './errors.js';
import { parseOr400 } from './parse.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** The `Idempotency-Key` header, validated; null when absent and not required. */
export function idempotencyKeyOf(request: FastifyRequest, required: boolean): string | null {
  const raw = request.headers[IDEMPOTENCY_HEADER];
  if (raw === undefined) {
    if (required) throw new ApiError(400, 'validation', 'idempotencyKeyRequired');
    return null;
  }
  if (Array.isArray(raw)) throw new ApiError(400, 'validation', 'idempotencyKeyRepeated');
  return parseOr400(IdempotencyKey, raw, request, ['headers', 'Idempotency-Key']);
}

/**
 * Answer a request whose write was guarded by an idempotency key: the new answer, the first
 * answer again (`Idempotent-Replayed: true`), or 409 when the key came with another body.
 */
export function sendOutcome(
  reply: FastifyReply,
  outcome: IdempotentOutcome,
  key: string,
  scope: string,
  fresh: { status: number; body: unknown },
) {
  if (outcome.outcome === 'conflict') throw new ApiError(409, 'idempotency_conflict', 'idempotencyConflict');
  if (outcome.outcome === 'replay') {
    return reply
      .code(outcome.status)
      .header('idempotent-replayed', 'true')
      .send(unseal(key, scope, outcome.sealedBody));
  }
  return reply.code(fresh.status).send(fresh.body);
}
