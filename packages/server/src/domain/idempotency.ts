import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { canonicalJson } from '@yizhan/catalogue';
import { sha256 } from './ids.js';

/**
 * Idempotency records keep the first answer so a retry gets it again. That answer holds the
 * requester's capability tokens, which the database must never hold in the clear. The key the
 * client generated is a secret only it knows, so the stored answer is encrypted with a key
 * derived from it (HKDF → AES-256-GCM) and the record is found by a hash of it: a copy of the
 * database reveals no token, and only a client retrying with its own key can read its answer.
 */
export interface IdempotencyClaim {
  scope: string;
  keyHash: string;
  requestHash: string;
  status: number;
  sealedBody: string;
}

function derive(key: string, scope: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key, 'yizhan-idempotency-v1', scope, 32));
}

export function idempotencyKeyHash(scope: string, key: string): string {
  return sha256(`idempotency:${scope}:${key}`);
}

/** Hash of the request as the client meant it: key order and whitespace do not matter. */
export function requestHash(body: unknown): string {
  return sha256(canonicalJson(body));
}

export function seal(key: string, scope: string, body: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derive(key, scope), iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(body), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');
}

export function unseal(key: string, scope: string, sealed: string): unknown {
  const raw = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', derive(key, scope), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'));
}

export function claim(scope: string, key: string, body: unknown, status: number, response: unknown): IdempotencyClaim {
  return {
    scope,
    keyHash: idempotencyKeyHash(scope, key),
    requestHash: requestHash(body),
    status,
    sealedBody: seal(key, scope, response),
  };
}
