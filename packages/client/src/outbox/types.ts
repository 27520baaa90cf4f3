/**
 * `queued`: stored, not tried yet · `sending`: a request is in flight · `retrying`: the last try
 * failed for a reason that may pass (network, 5xx, 429) and another is scheduled · `sent`: the
 * server accepted it (`response` holds its answer) · `failed`: the server refused it (`error`),
 * sending it again would not help.
 */
export type OutboxStatus = 'queued' | 'sending' | 'retrying' | 'sent' | 'failed';

/** The server's `{ error: { code, message, fields } }`, kept for the form that shows it. */
export interface ServerError {
  status: number;
  /** The API's code (`validation`, `conflict`, …), or `http` when the body was not the API's. */
  code: string;
  message?: string;
  fields?: ServerFieldError[];
}

/** One field the server refused. */
export interface ServerFieldError {
  /** JSON path of the field in the request body (`contact.mobile`). */
  path: string;
  /** The server's message, in the language the request asked for. */
  message: string;
  /**
   * Stable reason (`mobile.prefix`, `intake.mobileRequired`, `unknownItem`, a zod issue code…): lets
   * a client show its own message, in whatever language the reader has switched to since.
   */
  code?: string;
}

/** Why the last try did not get through. */
export interface TransientFailure {
  /** `network`: no answer, or 408 (the body came in too slowly); `server`: 5xx; `rate-limited`: 429; `invalid-response`: a 2xx that was not the API's JSON (a captive portal, say). */
  kind: 'network' | 'server' | 'rate-limited' | 'invalid-response';
  status?: number;
}

export interface OutboxEntry {
  /** A UUID, sent as `Idempotency-Key` on every try: the server creates at most one record for it. */
  id: string;
  /** Path under the outbox's `baseUrl`, such as `/v1/consultations`. */
  endpoint: string;
  /** The JSON body; dropped once sent, so personal data does not linger on shared devices. */
  body?: unknown;
  /** Sent as Accept-Language, choosing the language of the server's error messages. */
  locale?: string;
  status: OutboxStatus;
  /** Tries made so far. */
  attempts: number;
  createdAt: number;
  updatedAt: number;
  /** When the next try is due (`retrying`). */
  nextAttemptAt?: number;
  lastFailure?: TransientFailure;
  /** The server's answer (`sent`), such as `{ reference, token, dueDate }`. */
  response?: unknown;
  /** The server's refusal (`failed`). */
  error?: ServerError;
}

export type OutboxChange = { type: 'update'; entry: OutboxEntry } | { type: 'remove'; id: string };
export type OutboxListener = (change: OutboxChange) => void;
