import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerContext } from '../http/context.js';
import { tOf } from '../http/context.js';
import type { ConsultationRecord, StaffRecord } from '../storage/types.js';
import { currentSession, sameSecret, type StaffSession } from './session.js';
import type { PageContext } from './views/layout.js';

/** A console failure shown as a page: status and a message key under `console:errors`. */
export class ConsoleError extends Error {
  constructor(
    readonly status: number,
    readonly key: string,
    readonly values: Record<string, unknown> = {},
  ) {
    super(key);
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    staffSession: StaffSession | null;
  }
}

/**
 * The page to show again in another language. A GET page keeps its query (filters, page, tab)
 * without its one-time `done` notice; a form's answer is shown at the form's address, which
 * takes POST only, so its language links lead to the page the form was on.
 */
function pageToShowAgain(request: FastifyRequest, path: string): string {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return path
      .replace(/^(\/console\/cases\/[^/]+)\/[a-z]+$/, '$1')
      .replace(/^\/console\/rectifications\/[^/]+\/resolve$/, '/console/rectifications')
      .replace(/^\/console\/staff\/[^/]+\/[a-z]+$/, '/console/staff')
      .replace(/^\/console\/logout$/, '/console/login');
  }
  const query = new URLSearchParams(request.url.slice(path.length + 1));
  query.delete('lang');
  query.delete('done');
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export function pageContext(request: FastifyRequest): PageContext {
  const session = request.staffSession;
  const path = request.url.split('?')[0] ?? '/console/';
  return {
    t: tOf(request),
    lang: request.lang,
    path,
    here: pageToShowAgain(request, path),
    ...(session ? { staff: session.staff, csrf: session.session.csrfToken } : {}),
  };
}

export function sendPage(reply: FastifyReply, body: string, status = 200) {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);
}

/** Where the sign-in page leads when it is given no usable `next`. */
export const HOME = '/console/inbox';

/** Console addresses as this console writes them: unreserved characters, `/`, and a plain query. */
const CONSOLE_ADDRESS = /^\/console\/[A-Za-z0-9._~/-]*(?:\?[A-Za-z0-9._~=&-]*)?$/;

/**
 * `next` of the sign-in page, if it is safe to redirect to after sign-in; else undefined (the
 * caller goes to the inbox). It must be a path under `/console/` made only of the characters
 * the console's own addresses use, so anything a browser could read as another host or scheme
 * (`//host`, `/\host`, `https:`, `javascript:`), a percent-encoded character (`%2f`, `%5c`,
 * `%0a` …: nothing is decoded and looked at again), a control character, a dot segment or an
 * `@` is refused outright, as are the sign-in and sign-out pages themselves. As a second line,
 * the address resolved the way a browser resolves it must stay on this origin and unchanged.
 */
export function safeNext(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 512 || !CONSOLE_ADDRESS.test(value)) return undefined;
  const [path = ''] = value.split('?');
  if (path.includes('//') || path.split('/').some((segment) => segment === '.' || segment === '..')) return undefined;
  if (/^\/console\/(login|logout)(\/|$)/.test(path)) return undefined;
  const base = 'http://console.invalid';
  const url = new URL(value, base);
  return url.origin === base && `${url.pathname}${url.search}` === value ? value : undefined;
}

/**
 * The sign-in page for a request without a valid session, with `next` set to the page the staff
 * member was on: this page for a GET, the page the form belongs to for a POST (the case a
 * reply was typed on). The inbox, where sign-in leads anyway, is left out.
 */
export function signInAgainHref(request: FastifyRequest): string {
  const path = request.url.split('?')[0] ?? '/console/';
  const next = safeNext(pageToShowAgain(request, path));
  return next && next !== HOME && next !== '/console/'
    ? `/console/login?expired=1&next=${encodeURIComponent(next)}`
    : '/console/login?expired=1';
}

/**
 * preHandler of every signed-in page: a valid session, and on POST the form's CSRF token equal
 * to the session's (synchronizer token; SameSite=Strict cookies are the second line). Without a
 * session, GET and POST alike go to the sign-in page, which leads back to where they were; a
 * form sent after the session ended is not acted on (its text is kept in the browser tab by
 * assets/console.js and put back once the case page shows again).
 */
export function requireStaff(ctx: ServerContext) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    request.staffSession = await currentSession(ctx.storage, ctx.config, request);
    if (!request.staffSession) return reply.redirect(signInAgainHref(request), 303);
    if (request.method === 'POST') {
      const token = (request.body as Record<string, unknown> | undefined)?.['_csrf'];
      if (typeof token !== 'string' || !sameSecret(token, request.staffSession.session.csrfToken)) {
        throw new ConsoleError(403, 'csrf');
      }
    }
  };
}

export function requireAdmin(request: FastifyRequest) {
  if (request.staffSession?.staff.role !== 'admin') throw new ConsoleError(403, 'forbidden');
}

/** Outlets a staff member may see: every one for admins, their own for agents. */
export function scopeOf(staff: StaffRecord): string[] | undefined {
  return staff.role === 'admin' ? undefined : staff.outletIds;
}

export function inScope(staff: StaffRecord, outletId: string | null): boolean {
  const scope = scopeOf(staff);
  return scope === undefined || (outletId !== null && scope.includes(outletId));
}

/** A case the staff member may see; otherwise the same 404 as a missing one. */
export async function caseFor(ctx: ServerContext, staff: StaffRecord, reference: string): Promise<ConsultationRecord> {
  const row = /^YZ-[0-9]{8}-[0-9A-Z]{6}$/.test(reference) ? await ctx.storage.getConsultation(reference) : null;
  if (!row || !inScope(staff, row.outletId)) throw new ConsoleError(404, 'notFound');
  return row;
}

/** A single-valued text field of a form body. */
export function formText(request: FastifyRequest, name: string): string {
  const value = (request.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}

/**
 * A textarea's text as the person typed it: browsers send each line break as CR LF, but the
 * text box's `maxlength` counts it once, so CR LF and lone CR become LF before the length is checked.
 */
export function formMultiline(request: FastifyRequest, name: string): string {
  return formText(request, name).replace(/\r\n?/g, '\n');
}

export function formList(request: FastifyRequest, name: string): string[] {
  const value = (request.body as Record<string, unknown> | undefined)?.[name];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
