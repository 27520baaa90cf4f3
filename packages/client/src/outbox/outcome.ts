import { isRetryableStatus } from '../internal/retryable.js';
import { parseRetryAfter, retryDelay, type BackoffPolicy } from './backoff.js';
import type { OutboxEntry, ServerError, TransientFailure } from './types.js';

/** What one try came to, read from the HTTP exchange (pure apart from reading the body). */
export type Outcome =
  | { kind: 'sent'; response: unknown }
  | { kind: 'failed'; error: ServerError }
  | { kind: 'transient'; failure: TransientFailure; retryAfterMs?: number };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Network failures and retryable statuses (`isRetryableStatus`) are tried again; other 4xx are final. */
export async function readOutcome(response: Response, now: number): Promise<Outcome> {
  const text = await response.text().catch(() => undefined);
  if (text === undefined) return { kind: 'transient', failure: { kind: 'network', status: response.status } };
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  const { status } = response;
  if (status >= 200 && status < 300) {
    // A 2xx that is not JSON did not come from the intake API: a hotel or station Wi-Fi login
    // page answers 200 to anything. Retrying is safe (same Idempotency-Key); trusting it is not.
    if (status !== 204 && body === undefined) {
      return { kind: 'transient', failure: { kind: 'invalid-response', status } };
    }
    return { kind: 'sent', response: body };
  }
  if (isRetryableStatus(status)) {
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), now);
    return {
      kind: 'transient',
      failure: { kind: status === 408 ? 'network' : status === 429 ? 'rate-limited' : 'server', status },
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    };
  }
  return { kind: 'failed', error: serverError(status, body) };
}

function serverError(status: number, body: unknown): ServerError {
  const error = isObject(body) && isObject(body['error']) ? body['error'] : undefined;
  if (!error || typeof error['code'] !== 'string') return { status, code: 'http' };
  const fields = Array.isArray(error['fields'])
    ? error['fields']
        .filter((f): f is Record<string, unknown> => isObject(f))
        .map((f) => ({
          path: String(f['path'] ?? ''),
          message: String(f['message'] ?? ''),
          ...(typeof f['code'] === 'string' ? { code: f['code'] } : {}),
        }))
    : undefined;
  return {
    status,
    code: error['code'],
    ...(typeof error['message'] === 'string' ? { message: error['message'] } : {}),
    ...(fields ? { fields } : {}),
  };
}

/** The entry after a try (pure): the state machine of the outbox lives here. */
export function applyOutcome(
  entry: OutboxEntry,
  outcome: Outcome,
  now: number,
  random: () => number,
  policy?: BackoffPolicy,
): OutboxEntry {
  const { body: _body, nextAttemptAt: _next, lastFailure: _last, response: _response, error: _error, ...rest } = entry;
  switch (outcome.kind) {
    case 'sent':
      return { ...rest, status: 'sent', updatedAt: now, response: outcome.response };
    case 'failed':
      return { ...rest, body: entry.body, status: 'failed', updatedAt: now, error: outcome.error };
    case 'transient':
      return {
        ...rest,
        body: entry.body,
        status: 'retrying',
        updatedAt: now,
        lastFailure: outcome.failure,
        // `attempts` already counts this try: consecutive failures so far.
        nextAttemptAt: now + retryDelay(entry.attempts, random, outcome.retryAfterMs, policy),
      };
  }
}
