import type { ServerError } from '@yizhan/client';
import { fieldOfPath, type FieldError } from './consult-model.js';

/** What the form shows when the server refused a consultation (a final 4xx). */
export interface SubmitProblem {
  /** Summary sentence, a `consult:server.*` key. */
  key: string;
  /**
   * Messages next to fields, where the server named one: the server's text, in the language the form
   * asked for, and the form's own message key for the server's code where it has one, so the message
   * follows a later language switch.
   */
  fields: FieldError[];
  /** Server messages about things the visitor cannot see (channel, locale…), shown in the summary. */
  other: string[];
}

const KNOWN = new Set([
  'validation',
  'payload_too_large',
  'forbidden_origin',
  'unsupported_media_type',
  'conflict',
  'idempotency_conflict',
  'internal',
]);

/** The form's message key for a server field code (docs/intake-api.md), when the form has that message. */
export function keyOfCode(code: string | undefined): string | undefined {
  if (!code) return undefined;
  if (code === 'unknownItem' || code === 'unknownOutlet') return 'consult:errors.itemUnknown';
  // Validator reasons (`mobile.prefix`) and intake rules (`intake.mobileRequired`) are `validation:` keys.
  return /^[A-Za-z]+\.[A-Za-z]+$/.test(code) ? `validation:${code}` : undefined;
}

export function problemOf(error: ServerError): SubmitProblem {
  const fields: FieldError[] = [];
  const other: string[] = [];
  for (const item of error.fields ?? []) {
    const field = fieldOfPath(item.path);
    const key = keyOfCode(item.code);
    if (field && !fields.some((f) => f.field === field))
      fields.push({ field, text: item.message, ...(key ? { key } : {}) });
    else if (!field && item.message) other.push(item.message);
  }
  // A body over the limit is, in practice, a very long question.
  if (error.code === 'payload_too_large' && fields.length === 0) {
    fields.push({ field: 'question', key: 'consult:server.payload_too_large' });
  }
  // The summary names the problem once: a field's own message is its link there.
  const code = error.code === 'payload_too_large' ? 'validation' : error.code;
  return { key: `consult:server.${KNOWN.has(code) ? code : 'unknown'}`, fields, other };
}
