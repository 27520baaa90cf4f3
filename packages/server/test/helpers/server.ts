import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer, type ServerConfig } from '../../src/index.js';
import type { Backend } from './backends.js';

export interface TestServer {
  server: RunningServer;
  url: string;
  db: string;
  done: () => Promise<void>;
}

/** A real server on 127.0.0.1 (free port) over a fresh database of the back end. */
export async function startTestServer(backend: Backend, config: ServerConfig = {}): Promise<TestServer> {
  const { db, drop } = await backend.fresh();
  const server = await startServer({ port: 0, host: '127.0.0.1', db, purgeIntervalMinutes: 0, ...config });
  return {
    server,
    url: server.url,
    db,
    done: async () => {
      await server.close();
      await drop();
    },
  };
}

/**
 * The sample consultation. Its consent time suits the tests that fix the server's clock to
 * 24 November 2026; a server on the real clock takes consent times near its own only, so the
 * tests against one send `liveConsultationBody`.
 */
export function consultationBody(over: Record<string, unknown> = {}) {
  return {
    topic: 'trademark',
    itemId: 'tm-renewal',
    outletId: 'cd-ip-centre',
    channel: 'web',
    locale: 'zh-CN',
    question: '商标快到期了，续展需要准备哪些材料？',
    contact: { name: '王女士', mobile: '13800138000', email: 'wang@example.cn' },
    replyChannel: 'sms',
    consent: { noticeVersion: '2025-01', acceptedAt: '2026-11-24T10:00:00+08:00' },
    website: '',
    ...over,
  };
}

/** When this test run started: a retry must send the very same body, consent time included. */
const RUN_STARTED = new Date().toISOString();

/** The sample consultation as a browser sends it today, consent given as the test run began. */
export function liveConsultationBody(over: Record<string, unknown> = {}) {
  return consultationBody({ consent: { noticeVersion: '2025-01', acceptedAt: RUN_STARTED }, ...over });
}

export interface Reply {
  status: number;
  headers: Headers;
  body: unknown;
}

/** fetch with JSON in and out; the body is parsed when it is JSON, else kept as text. */
export async function call(
  url: string,
  init: { method?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  let body: string | undefined = init.raw;
  if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(url, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  if ((response.headers.get('content-type') ?? '').includes('json')) parsed = JSON.parse(text);
  return { status: response.status, headers: response.headers, body: parsed };
}

export function submit(url: string, body: unknown = consultationBody(), key: string = randomUUID(), headers = {}) {
  return call(`${url}/v1/consultations`, { body, headers: { 'idempotency-key': key, ...headers } });
}

/** A bundle directory holding just a catalogue.json: the names the server shows beside ids. */
export function catalogueDir(catalogue: { items: unknown[]; outlets: unknown[] }): string {
  const dir = mkdtempSync(join(tmpdir(), 'yizhan-bundle-'));
  writeFileSync(join(dir, 'catalogue.json'), JSON.stringify(catalogue));
  return dir;
}
