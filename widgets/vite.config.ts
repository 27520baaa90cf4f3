import { readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { defineConfig, transformWithEsbuild, type Plugin } from 'vite';
import { shippedMinify } from '../scripts/lib/shipped-minify.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, 'src');

/**
 * Every component folder with a `define.ts` is an entry of its own (`dist/yz-search.js`), so a
 * component added later ships without touching this file. `yizhan.js` registers them all and
 * `index.js` exports the classes without registering anything.
 */
export function componentEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of readdirSync(src).sort()) {
    const define = join(src, name, 'define.ts');
    if (name.startsWith('yz-') && existsSync(define)) entries[name] = define;
  }
  return entries;
}

/**
 * `modules.json`: which source modules each output file holds, each with its minified, gzipped
 * size on its own, so the size report can say what the bytes are (Lit, i18next, the search
 * engine…), not only which file they are in.
 */
function moduleReport(): Plugin {
  return {
    name: 'yizhan:module-report',
    async generateBundle(_options, bundle) {
      // file → module → gzip -9 bytes of that module minified on its own (an estimate of its share).
      const report: Record<string, Record<string, number>> = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const sizes: Record<string, number> = {};
        for (const [id, info] of Object.entries(chunk.modules)) {
          let code = info.code ?? '';
          try {
            code = (await transformWithEsbuild(code, 'module.js', { minify: true, format: 'esm' })).code;
          } catch {
            // A fragment esbuild cannot parse on its own counts as rendered.
          }
          const name = id.replace(/^.*?\/(node_modules|packages|widgets)\//, '$1/').replace(/^\0/, '');
          sizes[name] = code ? gzipSync(code, { level: 9 }).length : 0;
        }
        report[chunk.fileName] = sizes;
      }
      this.emitFile({ type: 'asset', fileName: 'modules.json', source: `${JSON.stringify(report, null, 1)}\n` });
    },
  };
}

/**
 * The self-hosted build (`pnpm --filter @yizhan/widgets build`): plain ES modules a webmaster copies
 * to any path of their site. Every chunk is imported with a relative specifier, so the browser
 * resolves it against the importing module's URL (import.meta.url): no base path, no CDN.
 * Lit is bundled in its production build; locale strings and the QR code library stay separate
 * chunks that load on first use.
 */
export default defineConfig({
  // Manifest keys (`src/yz-search/define.ts`) are relative to the root, wherever the build runs from.
  root: here,
  // Production Lit and i18next: pick the `production` export condition and strip dev-only checks.
  mode: 'production',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  resolve: { conditions: ['browser', 'module', 'production'] },
  plugins: [moduleReport()],
  build: {
    outDir: join(here, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // Vite keeps whitespace in `es` library output for application bundlers to tree-shake; these
    // files go to browsers as they are, so terser minifies them fully (keeping only /*#__PURE__*/).
    minify: 'terser',
    // The same options measure the search engine's size budget (packages/search/test/size.test.ts).
    terserOptions: shippedMinify(),
    sourcemap: true,
    // Which file imports which: for modulepreload hints and the size report (scripts/size.ts).
    manifest: 'vite-manifest.json',
    copyPublicDir: false,
    // Library mode never injects Vite's preload helper, which would build URLs from
    // document.baseURI and add <link> elements: dynamic imports stay plain `import('./x.js')`.
    lib: {
      entry: { yizhan: join(src, 'yizhan.ts'), index: join(src, 'index.ts'), ...componentEntries() },
      formats: ['es'],
    },
    rollupOptions: {
      // The search engine's build-time code (pinyin tables) must never reach the browser.
      external: [/^node:/],
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Named exports survive minification, so `import { setLocaleStrings } from './yizhan.js'` works.
        minifyInternalExports: true,
      },
      preserveEntrySignatures: 'exports-only',
    },
  },
});
