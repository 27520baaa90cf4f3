import { STATUS_CODES, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { errorPage, isConsoleLanguage, LANGUAGE_COOKIE } from '../console/views/layout.js';
import { ApiError, errorBody } from './errors.js';
import { languageFrom, translator } from './language.js';
import { EARLY_SECURITY_HEADERS } from './security-headers.js';

/**
 * Requests refused before any route or hook sees them: by Fastify's router (a URL that is not
 * valid percent-encoding, a path parameter longer than any id) or by Node's HTTP parser (an
 * unreadable request line or Content-Length, headers or a URL too large, a request that does
 * not arrive within the request timeout). Left to their defaults these get Fastify's or Node's
 * own English JSON; here they get the documented error, in the caller's language, and the
 * console's error page under /console/.
 */

/** What is known of the caller when the request was refused; less when Node could not parse it. */
interface Caller {
  path: string;
  acceptLanguage: string | undefined;
  cookie: string | undefined;
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Fastify's router errors (`frameworkErrors`). */
function routerError(code: string): ApiError {
  switch (code) {
    // Nothing has an id that long, so it is not there: the same 404 as any unknown path.
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new ApiError(404, 'not_found', 'notFound');
    case 'FST_ERR_BAD_URL':
      return new ApiError(400, 'validation', 'badRequest');
    default:
      return new ApiError(500, 'internal', 'internal');
  }
}

/** Node's parser and timeout errors (`clientError`). */
function connectionError(code: string | undefined): ApiError {
  switch (code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new ApiError(408, 'request_timeout', 'requestTimeout');
    case 'HPE_HEADER_OVERFLOW':
      return new ApiError(431, 'headers_too_large', 'headersTooLarge');
    default:
      return new ApiError(400, 'validation', 'badRequest');
  }
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

function callerOf(url: string | undefined, headers: IncomingHttpHeaders): Caller {
  return {
    path: url ?? '/',
    acceptLanguage: header(headers['accept-language']),
    cookie: header(headers.cookie),
  };
}

/**
 * The caller of a request Node could not parse, read from the bytes it received (`rawPacket`,
 * a Buffer at run time): enough to choose the language and between JSON and the console's page.
 */
function callerOfRaw(raw: unknown): Caller {
  const text = Buffer.isBuffer(raw) ? raw.toString('latin1') : '';
  const field = (name: string) => new RegExp(`^${name}:[ \\t]*([^\\r\\n]*)`, 'im').exec(text)?.[1];
  return {
    path: /^[A-Z]+ (\/\S*)/.exec(text)?.[1] ?? '/',
    acceptLanguage: field('accept-language'),
    cookie: field('cookie'),
  };
}

function answerFor(error: ApiError, caller: Caller): Answer {
  const headers = { ...EARLY_SECURITY_HEADERS };
  if (!/^\/console(\/|\?|$)/.test(caller.path)) {
    const t = translator(languageFrom(caller.acceptLanguage));
    return {
      status: error.status,
      headers: { ...headers, 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(errorBody(t, error)),
    };
  }
  // The console's language: the one chosen there (its cookie), else the browser's.
  const chosen = new RegExp(`(?:^|;\\s*)${LANGUAGE_COOKIE}=([^;]*)`).exec(caller.cookie ?? '')?.[1];
  const lang = isConsoleLanguage(chosen) ? chosen : languageFrom(caller.acceptLanguage);
  const t = translator(lang);
  const message =
    error.status === 404
      ? t('console:errors.notFound')
      : error.status >= 500
        ? t('console:errors.internal')
        : t(`console:api.${error.key}`, error.values);
  return {
    status: error.status,
    headers: { ...headers, 'content-type': 'text/html; charset=utf-8' },
    body: errorPage({ t, lang, path: '/console/' }, message),
  };
}

/** Fastify's `frameworkErrors`: its router refused the URL; no hook has run, helmet's included. */
export function onRouterError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const answer = answerFor(routerError(error.code), callerOf(request.url, request.headers));
  if (answer.status >= 500) console.error(`[yizhan] ${request.method} ${request.url}:`, error);
  void reply.code(answer.status).headers(answer.headers).send(answer.body);
}

/** Fastify's `clientErrorHandler`: Node refused the request on the socket itself. */
export function onConnectionError(error: Error & { code?: string; rawPacket?: unknown }, socket: Socket) {
  // A reset connection has no one left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  // The request being read when a body timed out or the stream broke: Node's own handler looks
  // at the same (internal) field, and so must this one, because once that response has started
  // a second answer on the socket would corrupt it; the connection is then only closed.
  const inFlight = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage ?? undefined;
  if (socket.writable && !inFlight?.headersSent) {
    const caller = inFlight?.req ? callerOf(inFlight.req.url, inFlight.req.headers) : callerOfRaw(error.rawPacket);
    const answer = answerFor(connectionError(error.code), caller);
    const body = Buffer.from(answer.body, 'utf8');
    const head = Object.entries({ ...answer.headers, 'content-length': String(body.length), connection: 'close' })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.write(
      Buffer.concat([Buffer.from(`HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}\r\n${head}\r\n`), body]),
    );
  }
  socket.destroy(error);
}
