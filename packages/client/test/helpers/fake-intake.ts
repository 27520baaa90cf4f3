import type { Outbox, OutboxEntry, OutboxStatus } from '../../src/index.js';

export interface SeenRequest {
  url: string;
  key: string | null;
  language: string | null;
  body: string;
}

type Reply = Response | Error | ((request: SeenRequest) => Response | Promise<Response>);

/**
 * A fetch that answers from a script of replies (the last one repeats) and records each request:
 * the intake server as the outbox sees it, without timing or sockets.
 */
export function scriptedFetch(...replies: Reply[]): typeof fetch & { seen: SeenRequest[] } {
  const seen: SeenRequest[] = [];
  const fake = async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const request: SeenRequest = {
      url: String(input),
      key: headers.get('Idempotency-Key'),
      language: headers.get('Accept-Language'),
      body: String(init?.body),
    };
    seen.push(request);
    const reply = replies.length > 1 ? replies.shift()! : replies[0]!;
    if (reply instanceof Error) throw reply;
    return typeof reply === 'function' ? reply(request) : reply.clone();
  };
  return Object.assign(fake, { seen }) as typeof fetch & { seen: SeenRequest[] };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

export const created = (reference = 'YZ-20261124-7K3Q9P') =>
  json(201, { reference, token: 'tok', ratingToken: 'rtok', status: 'received', dueDate: '2026-11-27' });

export const networkDown = () => new TypeError('Failed to fetch');

/** Resolves when an entry reaches `status` (events, not time). */
export function statusReached(outbox: Outbox, id: string, status: OutboxStatus): Promise<OutboxEntry> {
  return new Promise((resolve) => {
    const stop = outbox.subscribe((change) => {
      if (change.type === 'update' && change.entry.id === id && change.entry.status === status) {
        stop();
        resolve(change.entry);
      }
    });
    void outbox.get(id).then((entry) => {
      if (entry?.status === status) {
        stop();
        resolve(entry);
      }
    });
  });
}

export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
