#!/usr/bin/env node
/**
 * A small static server with the strict Content-Security-Policy the widgets promise to work under.
 * It serves the built docs site (`pnpm --filter @yizhan/docs preview`, which `npm start` runs) and
 * is the page server of the getting-started walkthrough:
 *
 *   node docs/scripts/serve.mjs [dir] [--port 8080] [--host 127.0.0.1] [--api http://127.0.0.1:8787]
 *
 * dir defaults to the built docs (docs/site/dist). With --api (or $YZ_API) requests to /v1/ are
 * passed to the intake server, so the page and the API share one origin as behind a reverse proxy.
 * Text is gzipped; hashed assets are cached for a year. Loopback only unless --host says otherwise.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.csv', '.txt', '.webmanifest']);

function parseArgs(argv) {
  const options = { dir: undefined, port: 8080, host: '127.0.0.1', api: process.env['YZ_API'] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port') options.port = Number(argv[++i]);
    else if (arg.startsWith('--port=')) options.port = Number(arg.slice(7));
    else if (arg === '--host') options.host = argv[++i];
    else if (arg === '--api') options.api = argv[++i];
    else if (arg === '--strictPort')
      continue; // always strict: a taken port is an error
    else if (!arg.startsWith('-')) options.dir = arg;
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

/** The file for a URL path: exact, `/dir/` → `dir/index.html`, `/page` → `page.html`. */
function resolveFile(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  const candidates = [path, join(path, 'index.html'), `${path}.html`];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

function proxy(api, req, res) {
  const target = new URL(req.url, api);
  const upstream = request(
    target,
    // The Host header is kept, as a reverse proxy does: the intake server then sees its own origin.
    { method: req.method, headers: req.headers },
    (reply) => {
      res.writeHead(reply.statusCode ?? 502, reply.headers);
      reply.pipe(res);
    },
  );
  upstream.on('error', () => {
    res.writeHead(502, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'intake server unreachable' }));
  });
  req.pipe(upstream);
}

export function createDocsServer({ dir, api }) {
  const root = resolve(dir);
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (api && url.pathname.startsWith('/v1/')) return proxy(api, req, res);
    const headers = {
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'permissions-policy': 'camera=(), microphone=(), geolocation=(self)',
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, allow: 'GET, HEAD' });
      return res.end();
    }
    let file = resolveFile(root, url.pathname);
    let status = 200;
    if (!file) {
      status = 404;
      file = [join(root, '404.html')].find((f) => existsSync(f));
      if (!file) {
        res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
        return res.end('Not found\n');
      }
    }
    const ext = extname(file);
    headers['content-type'] = TYPES[ext] ?? 'application/octet-stream';
    headers['cache-control'] = /[/\\]assets[/\\]|[/\\]chunks[/\\]/.test(file)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache';
    headers['vary'] = 'accept-encoding';
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) headers['content-encoding'] = 'gzip';
    else headers['content-length'] = statSync(file).size;
    res.writeHead(status, headers);
    if (req.method === 'HEAD') return res.end();
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = parseArgs(process.argv.slice(2));
  const dir = options.dir ?? fileURLToPath(new URL('../site/dist/', import.meta.url));
  if (!existsSync(dir)) {
    console.error(`[docs] ${dir} does not exist; build first (pnpm --filter @yizhan/docs build)`);
    process.exit(1);
  }
  const server = createDocsServer({ dir, api: options.api });
  server.on('error', (error) => {
    console.error(`[docs] ${error.message}`);
    process.exit(1);
  });
  server.listen(options.port, options.host, () => {
    console.log(`serving ${dir} at http://${options.host}:${options.port}/ under a strict CSP`);
    if (options.api) console.log(`/v1/ → ${options.api}`);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
}
