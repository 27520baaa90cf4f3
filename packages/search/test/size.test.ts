import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';
import { minify } from 'terser';
import { buildSearchIndex, fullFolding } from '@yizhan/search/build';
import { catalogueFrom } from './helpers.js';
import { DEMO_LISTS } from './quality.js';
// How the widgets ship the engine: Vite bundles it and terser minifies the chunks with these options.
import { shippedMinify } from '../../../scripts/lib/shipped-minify.mjs';

const ENTRY = new URL('../src/index.ts', import.meta.url).pathname;
const KB = 1024;
const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

test('the runtime engine is at most 8 KB gzipped, minified as the widgets ship it, and ships no pinyin, OpenCC or folding table', async () => {
  const options = {
    entryPoints: [ENTRY],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
  } satisfies BuildOptions;
  const result = await build(options);
  const code = (await minify(result.outputFiles[0]!.text, shippedMinify())).code!;
  const gz = gzip(code);
  // esbuild's own minifier, for comparison with figures measured that way before.
  const esbuilt = gzip((await build({ ...options, minify: true })).outputFiles[0]!.text);
  console.log(`engine: ${code.length} B minified by terser, ${gz} B gzipped (esbuild's minifier: ${esbuilt} B)`);
  assert.ok(gz <= 8 * KB, `${gz} B`);
  assert.doesNotMatch(code, /pinyin-pro|opencc|@yizhan\/i18n|zod/);
  // The generated table is build-side data: each index ships the pairs its catalogue needs.
  const inputs = Object.keys(result.metafile.inputs);
  assert.ok(!inputs.some((file) => /generated\/t2s|src\/build\//.test(file)), inputs.join('\n'));
});

test('the Traditional→Simplified folding shipped in the demo catalogue index is at most 17 KB gzipped', () => {
  const index = buildSearchIndex(catalogueFrom(...DEMO_LISTS));
  // What folding costs the index: the pairs, and the Traditional characters listed under the
  // readings of their Simplified forms (for homophones typed in Traditional characters).
  const traditional = new Set(fullFolding().keys());
  const withoutTraditional = Object.fromEntries(
    Object.entries(index.pinyin.chars).map(([syllable, chars]) => [
      syllable,
      [...chars].filter((c) => !traditional.has(c)).join(''),
    ]),
  );
  const pairs = gzip(JSON.stringify(index.fold));
  const shipped = gzip(JSON.stringify([index.fold, index.pinyin.chars]));
  const without = gzip(JSON.stringify(['', withoutTraditional]));
  const cost = shipped - without;
  console.log(
    `folding in the demo index: ${index.fold.length / 2} pairs (${pairs} B gzipped alone), ` +
      `${cost} B gzipped with the Traditional readings, of ${fullFolding().size} pairs in the full table`,
  );
  assert.ok(cost <= 17 * KB, `${cost} B`);
  // A part of the full table, for characters the index knows (the catalogue's).
  const readable = new Set(Object.values(index.pinyin.chars).join(''));
  for (let i = 0; i < index.fold.length; i += 2) {
    const [trad, simplified] = [index.fold[i]!, index.fold[i + 1]!];
    assert.equal(fullFolding().get(trad), simplified);
    assert.ok(readable.has(simplified) && !readable.has(trad), trad + simplified);
  }
});
