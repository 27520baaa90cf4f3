/**
 * A tiny static server that sends what a strict portal sends: a Content-Security-Policy without
 * `unsafe-inline` or `unsafe-eval`, with Trusted Types required. The embedding tests
 * (`widgets/e2e/embed.spec.ts`) run against it, and a webmaster can try the built widgets under
 * the same policy:
 *
 *   pnpm --filter @yizhan/widgets build && pnpm --filter @yizhan/widgets serve [--port 8080]
 *
 * Routes: /dist/… the build, /copy-b/… the same build announcing another version (two copies on
 * one page), /pages/… the test pages, /bundle/… the demo catalogue bundle, /examples/html/ the
 * plain HTML example.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const WIDGETS = fileURLToPath(new URL('..', import.meta.url));

/** The policy every page gets (issue 8), plus Trusted Types enforcement for script sinks. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface Mount {
  /** URL prefix, `/dist/`. */
  prefix: string;
  /** Folder served under it. */
  dir: string;
  /** Rewrite text files on the way out (used for the second copy's version). */
  rewrite?: (file: string, text: string) => string;
}

export interface ServeOptions {
  port?: number;
  mounts?: Mount[];
  /** The CSP for an HTML page; by default STRICT_CSP, with `trusted-types lit-html` for csp*.html. */
  csp?: (pathname: string) => string;
}

/** The version the package announces, and the one the second copy announces instead. */
export const VERSION = (JSON.parse(readFileSync(join(WIDGETS, 'package.json'), 'utf8')) as { version: string }).version;
export const COPY_B_VERSION = `${VERSION}-copy-b`;

/**
 * The second copy is the same build but must say it is another version. The version literal sits
 * next to the shared registry (`__yizhanWidgets__`) in exactly one chunk; anything else means the
 * build changed shape and the test should say so rather than test the wrong thing.
 */
export function announceOtherVersion(file: string, text: string): string {
  if (!file.endsWith('.js') || !text.includes('__yizhanWidgets__')) return text;
  const literal = JSON.stringify(VERSION);
  const count = text.split(literal).length - 1;
  if (count !== 1) throw new Error(`expected the version literal ${literal} once in ${file}, found ${count}`);
  return text.replace(literal, JSON.stringify(COPY_B_VERSION));
}

const DEMO_BUNDLE = fileURLToPath(new URL('../../demo/public/bundle/', import.meta.url));

export function defaultMounts(): Mount[] {
  return [
    { prefix: '/dist/', dir: join(WIDGETS, 'dist') },
    { prefix: '/copy-b/', dir: join(WIDGETS, 'dist'), rewrite: announceOtherVersion },
    { prefix: '/pages/', dir: join(WIDGETS, 'test/pages') },
    { prefix: '/bundle/', dir: DEMO_BUNDLE },
    // The plain HTML example as a webmaster would deploy it: dist two folders up, bundle/ beside it.
    { prefix: '/examples/html/bundle/', dir: DEMO_BUNDLE },
    { prefix: '/examples/', dir: join(WIDGETS, 'examples') },
  ];
}

export function defaultCsp(pathname: string): string {
  // The strictest page also names the only policy the widgets create (Lit's `lit-html`).
  return /\/csp[^/]*\.html$/.test(pathname) ? `${STRICT_CSP}; trusted-types lit-html` : STRICT_CSP;
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function handle(options: Required<ServeOptions>, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return send(res, 400, 'bad request');
  }
  // Browsers ask for it on their own; a 404 would be a console error on every page.
  if (pathname === '/favicon.ico') {
    res.writeHead(204, { 'cache-control': 'no-store' });
    return void res.end();
  }
  const mount = options.mounts.find((m) => pathname.startsWith(m.prefix));
  if (!mount || (req.method !== 'GET' && req.method !== 'HEAD')) return send(res, 404, 'not found');
  let file = normalize(join(mount.dir, pathname.slice(mount.prefix.length)));
  if (file !== mount.dir && !file.startsWith(mount.dir.endsWith(sep) ? mount.dir : mount.dir + sep)) {
    return send(res, 403, 'forbidden');
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return send(res, 404, 'not found');
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const headers: Record<string, string> = {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
  if (type.startsWith('text/html')) headers['content-security-policy'] = options.csp(pathname);
  if (mount.rewrite && /\.(js|json|html|css)$/.test(file)) {
    const body = Buffer.from(mount.rewrite(file, readFileSync(file, 'utf8')));
    res.writeHead(200, { ...headers, 'content-length': String(body.length) });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': String(statSync(file).size) });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

/** Start on 127.0.0.1 (a free port unless one is given); resolves with the server and its origin. */
export function serve(options: ServeOptions = {}): Promise<{ server: Server; origin: string }> {
  const resolved: Required<ServeOptions> = {
    port: options.port ?? 0,
    mounts: options.mounts ?? defaultMounts(),
    csp: options.csp ?? defaultCsp,
  };
  const server = createServer((req, res) => {
    try {
      handle(resolved, req, res);
    } catch (error) {
      send(res, 500, String(error));
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(resolved.port, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const portIndex = process.argv.indexOf('--port');
  const port = portIndex > 0 ? Number(process.argv[portIndex + 1]) : 0;
  const { origin } = await serve({ port });
  console.log(`Yizhan widgets under a strict CSP with Trusted Types: ${origin}/pages/`);
  for (const page of ['csp.html', 'two-copies.html', 'hostile.html', 'clean.html'])
    console.log(`  ${origin}/pages/${page}`);
  console.log(`  ${origin}/examples/html/`);
}
