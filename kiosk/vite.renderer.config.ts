import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { dirname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Connect, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { kioskCsp, securityHeaders } from './src/core/csp.js';

/**
 * The renderer app, two targets from one config:
 * - Electron (`@electron-forge/plugin-vite`, name `main_window`, default modes): built files are
 *   served from app://kiosk/ by the main process, which also serves the bundle and sends the CSP.
 * - kiosk:web (`--mode web`: the `kiosk:web`, `dev`, `build` and `preview` scripts): the same app
 *   in a browser with the fake bridge, an installable PWA with a Workbox service worker (app://
 *   cannot have one). Dev and preview serve the catalogue bundle at /bundle/ from YZ_BUNDLE_DIR,
 *   and preview sends the same CSP as Electron so a violation shows up here first.
 *
 * Environment (set by `npm start`): YZ_API (intake server), YZ_BUNDLE_DIR (bundle directory),
 * YZ_PORTAL_URL (public portal for QR hand-off, default the demo portal), YZ_KIOSK_OUTLET.
 */
const here = dirname(fileURLToPath(import.meta.url));
const env = process.env;

function webDefaults() {
  return {
    hallId: env['YZ_KIOSK_HALL'] ?? 'cd-hall-1',
    outletId: env['YZ_KIOSK_OUTLET'] ?? 'cd-centre',
    serverUrl: env['YZ_API'] ?? 'http://127.0.0.1:8787',
    portalUrl: env['YZ_PORTAL_URL'] ?? 'http://127.0.0.1:5173/',
  };
}

/** Serve the bundle directory at /bundle/ with validators, so @yizhan/client's revalidation works. */
function bundleFiles(dir: string): Connect.NextHandleFunction {
  const root = resolve(dir);
  return (req, res: ServerResponse, next) => {
    const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
    if (!path.startsWith('/bundle/')) return next();
    const file = normalize(join(root, path.slice('/bundle/'.length)));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const stat = statSync(file);
    const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader(
      'Content-Type',
      file.endsWith('.json') ? 'application/json; charset=utf-8' : 'application/octet-stream',
    );
    if (req.headers['if-none-match'] === etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  };
}

function kioskWebServer(): Plugin {
  const bundleDir = env['YZ_BUNDLE_DIR'] ?? resolve(here, '../demo/public/bundle');
  const headers = securityHeaders(kioskCsp(webDefaults().serverUrl));
  return {
    name: 'yizhan-kiosk-web-server',
    configureServer(server) {
      server.middlewares.use(bundleFiles(bundleDir));
    },
    configurePreviewServer(server) {
      server.middlewares.use(bundleFiles(bundleDir));
      // The built app must run under Electron's policy; Vite's dev server needs inline styles, so dev skips it.
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(headers)) {
          // COOP/CORP are Electron's isolation; they would stop the preview from being opened by tests' about:blank.
          if (!name.startsWith('Cross-Origin')) res.setHeader(name, value);
        }
        next();
      });
    },
  };
}

export default defineConfig(({ mode }) => {
  const web = mode === 'web';
  return {
    root: resolve(here, 'src/renderer'),
    publicDir: resolve(here, 'public'),
    // Relative asset URLs: the same build works at app://kiosk/ and under any web path.
    base: './',
    define: {
      __YZ_KIOSK_WEB__: JSON.stringify(web),
      __YZ_WEB_DEFAULTS__: JSON.stringify(webDefaults()),
    },
    build: {
      target: 'es2022',
      outDir: resolve(here, web ? 'dist/web' : '.vite/renderer/main_window'),
      emptyOutDir: true,
      // Small modules stay separate files: no inline data: scripts (CSP script-src 'self').
      assetsInlineLimit: 0,
    },
    server: { host: '127.0.0.1' },
    preview: { host: '127.0.0.1' },
    plugins: web
      ? [
          kioskWebServer(),
          VitePWA({
            strategies: 'generateSW',
            // workbox-window registers it from main.ts, only in kiosk:web (never in Electron).
            injectRegister: false,
            registerType: 'autoUpdate',
            manifestFilename: 'manifest.webmanifest',
            includeAssets: ['icon.svg'],
            manifest: {
              id: './',
              name: '一站 · 知识产权自助服务终端',
              short_name: '一站自助',
              description: 'Yizhan service-hall kiosk: IP public services by touch, offline first.',
              lang: 'zh-CN',
              start_url: './',
              scope: './',
              display: 'fullscreen',
              orientation: 'any',
              background_color: '#f6f7f9',
              theme_color: '#0b5cad',
              icons: [
                { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
                { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
                { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
                { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
              ],
            },
            workbox: {
              // The app shell: every built file, so a cold start needs no network.
              globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
              navigateFallback: 'index.html',
              navigateFallbackDenylist: [/\/bundle\//],
              cleanupOutdatedCaches: true,
              clientsClaim: true,
              skipWaiting: true,
              // Locale chunks and the keyboard are loaded lazily; all of them are part of the shell.
              maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
              runtimeCaching: [
                {
                  // Content changes between builds of the app: show what we have, refresh behind.
                  urlPattern: ({ url }) => url.pathname.includes('/bundle/'),
                  handler: 'StaleWhileRevalidate',
                  options: {
                    cacheName: 'yizhan-kiosk-bundle',
                    cacheableResponse: { statuses: [0, 200] },
                  },
                },
              ],
            },
          }),
        ]
      : [],
  };
});
