/**
 * Test double of the intake server for the form and rating browser tests: installed over
 * `window.fetch` on import (before any outbox exists, as the outbox keeps the fetch it was
 * created with), answering `/v1/…` requests with a per-test handler and recording them.
 * Other requests (the catalogue bundle) pass through.
 */
export interface RecordedRequest {
  url: string;
  method: string;
  authorization: string | null;
  key: string | null;
  locale: string | null;
  body: Record<string, unknown>;
}

export type Handler = (request: RecordedRequest) => Response | Promise<Response>;

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

export const created = (reference = 'YZ-20261124-7K3Q9P'): Response =>
  json(201, {
    reference,
    token: 'tok_ABCDEFGHIJKLMNOPQRST',
    ratingToken: 'rtok_ABCDEFGHIJKLMNOPQRST',
    status: 'received',
    dueDate: '2026-11-27',
  });

/** `GET /v1/consultations/:reference` for the case `created()` made, with `over` on top. */
export const progress = (over: Record<string, unknown> = {}): Response =>
  json(200, {
    reference: 'YZ-20261124-7K3Q9P',
    status: 'received',
    topic: 'trademark',
    createdAt: '2026-11-24T10:00:00+08:00',
    dueDate: '2026-11-27',
    ...over,
  });

export const intake = {
  requests: [] as RecordedRequest[],
  handler: (() => created()) as Handler,
  /** Distinct Idempotency-Keys seen for an endpoint: what the server would store as records. */
  records(endpoint: string): number {
    return new Set(this.requests.filter((r) => r.url.endsWith(endpoint)).map((r) => r.key)).size;
  },
  reset(handler: Handler = () => created()): void {
    this.requests = [];
    this.handler = handler;
  },
};

const passThrough = window.fetch.bind(window);
window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const url = input instanceof Request ? input.url : String(input);
  if (!new URL(url, location.href).pathname.includes('/v1/')) return passThrough(input, init);
  const headers = new Headers(init?.headers);
  const request: RecordedRequest = {
    url,
    method: init?.method ?? 'GET',
    authorization: headers.get('Authorization'),
    key: headers.get('Idempotency-Key'),
    locale: headers.get('Accept-Language'),
    body: (init?.body ? JSON.parse(String(init.body)) : {}) as Record<string, unknown>,
  };
  intake.requests.push(request);
  return intake.handler(request);
};

let counter = 0;
/** A fresh intake base URL per test: its own outbox database, so tests cannot see each other's entries. */
export const freshApi = (): string => `http://intake-${Date.now().toString(36)}-${++counter}.test`;
