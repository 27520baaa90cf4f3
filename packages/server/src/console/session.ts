import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/cookie';
import type { ResolvedConfig } from '../config.js';
import { sha256 } from '../domain/ids.js';
import type { SessionRecord, StaffRecord, Storage } from '../storage/types.js';

export interface StaffSession {
  staff: StaffRecord;
  session: SessionRecord;
}

/** `__Host-` pins the cookie to this host and path `/` and requires Secure: the stronger name when allowed. */
export function sessionCookieName(config: ResolvedConfig): string {
  return config.cookieSecure ? '__Host-yz_session' : 'yz_session';
}
export function loginCsrfCookieName(config: ResolvedConfig): string {
  return config.cookieSecure ? '__Host-yz_login' : 'yz_login';
}

/** A reset password on its way to the page that shows it once (see one-time-passwords.ts). */
export function resetPasswordCookieName(config: ResolvedConfig): string {
  return config.cookieSecure ? '__Host-yz_new_password' : 'yz_new_password';
}

export function cookieOptions(config: ResolvedConfig, maxAgeSeconds?: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: config.cookieSecure,
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  };
}

export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function sameSecret(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Start a session: the cookie holds a random id, the database only its hash. */
export async function openSession(
  storage: Storage,
  config: ResolvedConfig,
  staff: StaffRecord,
  reply: FastifyReply,
): Promise<void> {
  const id = randomSecret();
  const now = config.now();
  await storage.createSession({
    idHash: sha256(`session:${id}`),
    staffId: staff.id,
    csrfToken: randomSecret(),
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + config.sessionHours * 3_600_000).toISOString(),
  });
  reply.setCookie(sessionCookieName(config), id, cookieOptions(config, config.sessionHours * 3600));
}

/**
 * The signed-in staff member of a request, or null: no cookie, unknown session, past its
 * absolute lifetime, idle too long, or the account disabled since. Expired sessions are deleted.
 */
export async function currentSession(
  storage: Storage,
  config: ResolvedConfig,
  request: FastifyRequest,
): Promise<StaffSession | null> {
  const id = request.cookies[sessionCookieName(config)];
  if (!id || id.length > 100) return null;
  const idHash = sha256(`session:${id}`);
  const session = await storage.getSession(idHash);
  if (!session) return null;
  const now = config.now();
  const idleLimit = Date.parse(session.lastSeenAt) + config.sessionIdleMinutes * 60_000;
  if (Date.parse(session.expiresAt) <= now.getTime() || idleLimit <= now.getTime()) {
    await storage.deleteSession(idHash);
    return null;
  }
  const staff = await storage.staffById(session.staffId);
  if (!staff || staff.disabled) return null;
  await storage.touchSession(idHash, now.toISOString());
  return { staff, session };
}

export async function closeSession(
  storage: Storage,
  config: ResolvedConfig,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const id = request.cookies[sessionCookieName(config)];
  if (id) await storage.deleteSession(sha256(`session:${id}`));
  reply.clearCookie(sessionCookieName(config), cookieOptions(config));
}
