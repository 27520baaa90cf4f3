import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

const ENTRY = new URL('../src/index.ts', import.meta.url).pathname;
const TABLE = new URL('../src/generated/t2s.ts', import.meta.url).pathname;
const KB = 1024;

async function bundle(entry: string, plugins: Plugin[] = []): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    plugins,
  });
  return result.outputFiles[0]!.text;
}

/** The folding table is measured on its own budget, so the engine bundle leaves it out. */
const tableApart: Plugin = {
  name: 'table-apart',
  setup(b) {
    b.onResolve({ filter: /generated\/t2s\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

test('the runtime engine is at most 8 KB gzipped (minified ESM) and ships no pinyin or OpenCC code', async () => {
  const code = await bundle(ENTRY, [tableApart]);
  const gz = gzipSync(code, { level: 9 }).length;
  console.log(`engine: ${code.length} B minified, ${gz} B gzipped`);
  assert.ok(gz <= 8 * KB, `${gz} B`);
  assert.doesNotMatch(code, /pinyin-pro|opencc|@yizhan\/i18n|zod/);
});

test('the Traditional→Simplified folding table is at most 17 KB gzipped', async () => {
  const code = await bundle(TABLE);
  const gz = gzipSync(code, { level: 9 }).length;
  console.log(`folding table: ${code.length} B minified, ${gz} B gzipped`);
  assert.ok(gz <= 17 * KB, `${gz} B`);
});
