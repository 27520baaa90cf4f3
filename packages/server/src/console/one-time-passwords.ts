import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** How long a reset password waits for its one showing: long enough for the redirect, no longer. */
export const SHOW_WITHIN_MS = 5 * 60_000;

/**
 * A reset password on its way from the POST that makes it to the GET page that shows it
 * (post/redirect/get, so that reloading the page never resets again). It travels in a cookie of
 * its own, sealed (AES-256-GCM) under a key derived from the administrator's session id, which
 * the server never stores (only its hash), and bound to the account and a deadline. So nothing is
 * held by the server (any instance behind a load balancer can show it), the database could not
 * open it, another session or a late visit cannot, and once the page has shown it the cookie is
 * cleared: a reload finds nothing. Never in an address, a redirect or a log.
 */
export function sealPassword(sessionId: string, username: string, password: string, until: number): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(sessionId, username), iv);
  cipher.setAAD(Buffer.from(`${username}\n${until}`));
  const sealed = Buffer.concat([iv, cipher.update(password, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${until}.${sealed.toString('base64url')}`;
}

/** The password sealed for this session and account, or null: another session's, too late, or tampered with. */
export function openPassword(
  sessionId: string,
  username: string,
  cookie: string | undefined,
  now: number,
): string | null {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{40,200})$/.exec(cookie ?? '');
  if (!match || Number(match[1]) <= now) return null;
  const sealed = Buffer.from(match[2]!, 'base64url');
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(sessionId, username), sealed.subarray(0, 12));
    decipher.setAAD(Buffer.from(`${username}\n${match[1]}`));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    return Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

function keyFor(sessionId: string, username: string): Buffer {
  return Buffer.from(hkdfSync('sha256', sessionId, 'yizhan console reset password', username, 32));
}
