import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { shanghaiDate } from './working-days.js';

/** Crockford base 32: no I, L, O, U, so references survive being read aloud or handwritten. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function randomCrockford(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += CROCKFORD[byte & 31];
  return out;
}

/** `YZ-20261124-7K3Q9P`: Shanghai date of receipt and 30 random bits. */
export function newReference(at: Date, prefix = 'YZ'): string {
  return `${prefix}-${shanghaiDate(at).replaceAll('-', '')}-${randomCrockford(6)}`;
}

/** A capability token: 256 random bits, base64url. Only its hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function hashToken(token: string): string {
  return sha256(`token:${token}`);
}

/** Compare two hex digests without leaking where they differ. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}
