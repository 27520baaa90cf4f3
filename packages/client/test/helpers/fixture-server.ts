// A static file server on loopback for the fixture bundles, with ETags and 304s like a CDN. It
// records every request so tests can tell what was downloaded and what was revalidated. The
// server's end-to-end tests can serve the same fixtures with it.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export interface RecordedRequest {
  path: string;
  status: number;
  ifNoneMatch?: string;
}

export interface FixtureServer {
  /** `http://127.0.0.1:port` */
  origin: string;
  requests: RecordedRequest[];
  /** Serve fixture directory `dir` under `/<name>/`, so a test can switch what a URL returns. */
  alias(name: string, dir: string): void;
  /** Change a response body before it is sent (truncate, corrupt, reformat). */
  mutate?: (path: string, body: Buffer) => Buffer;
  /** Answer every request under `/<prefix>/` with this status. */
  failWith(prefix: string, status: number): void;
  close(): Promise<void>;
}

export async function startFixtureServer(root = FIXTURES): Promise<FixtureServer> {
  const aliases = new Map<string, string>();
  const failures = new Map<string, number>();
  const requests: RecordedRequest[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const [, first = '', ...rest] = path.split('/');
    const ifNoneMatch = req.headers['if-none-match'];
    const record = (status: number) =>
      requests.push({ path, status, ...(typeof ifNoneMatch === 'string' ? { ifNoneMatch } : {}) });
    const failure = failures.get(first);
    if (failure) {
      record(failure);
      res.writeHead(failure).end();
      return;
    }
    const file = normalize(join(root, aliases.get(first) ?? first, ...rest));
    if (!file.startsWith(root)) {
      record(403);
      res.writeHead(403).end();
      return;
    }
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      record(404);
      res.writeHead(404).end();
      return;
    }
    body = server.mutate ? server.mutate(path, body) : body;
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (ifNoneMatch === etag) {
      record(304);
      res.writeHead(304, { ETag: etag }).end();
      return;
    }
    record(200);
    res.writeHead(200, { 'Content-Type': 'application/json', ETag: etag, 'Cache-Control': 'no-cache' }).end(body);
  };
  const http = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  const server: FixtureServer = {
    origin: `http://127.0.0.1:${port}`,
    requests,
    alias: (name, dir) => void aliases.set(name, dir),
    failWith: (prefix, status) => void failures.set(prefix, status),
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
  return server;
}
