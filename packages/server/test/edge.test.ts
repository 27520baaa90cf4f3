import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { ErrorBody } from '@yizhan/catalogue';
import { BACKENDS } from './helpers/backends.js';
import { call, startTestServer, type TestServer } from './helpers/server.js';

/**
 * Requests Node or Fastify refuse before any route sees them: a URL that is not valid
 * percent-encoding, an unreadable Content-Length, headers or a URL too large, a request that
 * does not arrive in time. Each still gets the documented error (JSON under /v1, the console's
 * page under /console) in the caller's language. Some of these cannot be sent with fetch, so
 * they go over a raw socket.
 */

/** An HTTP/1.1 answer read off a raw socket. */
interface RawReply {
  status: number;
  headers: Map<string, string>;
  body: string;
}

/**
 * Write `chunks` to a fresh connection, `gapMs` apart, and read until the server closes it.
 * Rejects if it is still open after `giveUpMs`: a server that never answers a slow client.
 */
function rawExchange(url: string, chunks: string[], gapMs = 0, giveUpMs = 8_000): Promise<RawReply> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const received: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`connection still open after ${giveUpMs} ms`));
    }, giveUpMs);
    socket.on('data', (data) => received.push(data));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(received).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = new Map(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine)?.[1] ?? 0),
        headers,
        body: rest.join('\r\n\r\n'),
      });
    });
    void (async () => {
      for (const chunk of chunks) {
        if (socket.destroyed) return;
        socket.write(chunk);
        if (gapMs) await new Promise((r) => setTimeout(r, gapMs));
      }
    })();
  });
}

const errorOf = (body: unknown) => ErrorBody.parse(typeof body === 'string' ? JSON.parse(body) : body).error;

const sqlite = BACKENDS.find((b) => b.name === 'sqlite')!;

describe('errors raised before routing', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer(sqlite, { requestTimeoutMs: 1_000 });
  });
  after(async () => t?.done());

  it('answers a malformed percent-encoded URL in the documented shape and language', async () => {
    const en = await call(`${t.url}/v1/consultations/%E0%A4%A`, { headers: { 'accept-language': 'en' } });
    assert.equal(en.status, 400);
    assert.deepEqual(errorOf(en.body), { code: 'validation', message: 'Bad request' });
    assert.match(en.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.equal(en.headers.get('x-content-type-options'), 'nosniff');
    const zh = await call(`${t.url}/v1/%ZZ`);
    assert.equal(zh.status, 400);
    assert.equal(errorOf(zh.body).message, '请求无效');
    const long = await call(`${t.url}/v1/consultations/${'A'.repeat(150)}`, { headers: { 'accept-language': 'ja' } });
    assert.equal(long.status, 404);
    assert.equal(errorOf(long.body).code, 'not_found');
  });

  it('shows the console’s error page for a malformed URL under /console/', async () => {
    const page = await call(`${t.url}/console/cases/%E0%A4%A`, { headers: { 'accept-language': 'en' } });
    assert.equal(page.status, 400);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(String(page.body), /<html lang="en">/);
    assert.match(String(page.body), /That did not work/);
    assert.match(String(page.body), /role="alert">Bad request</);
    assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    // The language chosen in the console wins over the browser's, as on every other page.
    const zh = await call(`${t.url}/console/%E0%A4%A`, {
      headers: { 'accept-language': 'en', cookie: 'yz_lang=zh-CN' },
    });
    assert.match(String(zh.body), /<html lang="zh-CN">/);
    assert.match(String(zh.body), /无法完成操作/);
  });

  it('answers an unreadable Content-Length and a request line Node cannot parse', async () => {
    const reply = await rawExchange(t.url, [
      'POST /v1/events HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\nContent-Type: application/json\r\nContent-Length: 12abc\r\n\r\n{}',
    ]);
    assert.equal(reply.status, 400);
    assert.match(reply.headers.get('content-type') ?? '', /^application\/json/);
    assert.deepEqual(errorOf(reply.body), { code: 'validation', message: 'Bad request' });
    // A body longer than its Content-Length: the rest is read as a request that is no request.
    const spill = await rawExchange(t.url, [
      'POST /v1/events HTTP/1.1\r\nHost: x\r\nAccept-Language: ja\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"events": []}\r\n\r\n',
    ]);
    assert.equal(spill.status, 400);
    assert.equal(errorOf(spill.body).message, '無効なリクエストです');
  });

  it('answers over-long URLs and headers with 431 in the documented shape', async () => {
    const api = await rawExchange(t.url, [
      `GET /v1/consultations?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\n\r\n`,
    ]);
    assert.equal(api.status, 431);
    assert.equal(errorOf(api.body).code, 'headers_too_large');
    assert.equal(errorOf(api.body).message, 'The request URL or headers are too long');
    const staff = await rawExchange(t.url, [
      `GET /console/inbox?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\n\r\n`,
    ]);
    assert.equal(staff.status, 431);
    assert.match(staff.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(staff.body, /That did not work/);
  });

  it('closes a request whose headers trickle in, with 408', async () => {
    const reply = await rawExchange(
      t.url,
      ['GET /v1/health HTTP/1.1\r\nHost: x\r\n', ...Array.from({ length: 40 }, () => 'X-Slow: 1\r\n')],
      200,
    );
    assert.equal(reply.status, 408);
    assert.equal(errorOf(reply.body).code, 'request_timeout');
  });

  it('closes a request whose body trickles in, with 408 in the caller’s language', async () => {
    const reply = await rawExchange(
      t.url,
      [
        'POST /v1/events HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\nContent-Type: application/json\r\nContent-Length: 60000\r\n\r\n',
        ...Array.from({ length: 40 }, () => ' '),
      ],
      200,
    );
    assert.equal(reply.status, 408);
    // Answered at all: with no limit the connection stays open and `rawExchange` gives up.
    assert.deepEqual(errorOf(reply.body), {
      code: 'request_timeout',
      message: 'The request came in too slowly and the server stopped waiting; please try again',
    });
    // The server is unharmed.
    assert.equal((await call(`${t.url}/v1/health`)).status, 200);
  });
});

describe('request timeouts by default', () => {
  it('limits how long a request may take to arrive (Node and Fastify set no limit)', async () => {
    const t = await startTestServer(sqlite);
    try {
      assert.equal(t.server.config.requestTimeoutMs, 30_000);
      assert.equal(t.server.app.server.requestTimeout, 30_000);
      assert.equal(t.server.app.server.headersTimeout, 15_000);
    } finally {
      await t.done();
    }
  });
});
