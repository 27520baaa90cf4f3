/**
 * Puts what the docs site serves beside its pages (docs/site/public/, not committed):
 *   yizhan/     the widgets build (the real components of the live examples), fresh from source
 *   bundle/     the sample Chengdu catalogue bundle ($YZ_BUNDLE_DIR from `npm start`, else built)
 *   downloads/  the CSV template (demo/data/example.csv)
 *   schema/     the JSON Schema files of the catalogue format
 * Run by the docs package's `build` and `dev` scripts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildDist } from '../../widgets/scripts/dist.js';
import { GENERATED_PUBLIC, ROOT } from '../.vitepress/lib/paths.js';

const LISTS = ['demo/data/national.json', 'demo/data/sichuan.json', 'demo/data/chengdu.json'];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The widgets build into yizhan/: a copy of widgets/dist when it is complete and newer than every
 * widgets and package source (`npm start` builds it first), otherwise a fresh build.
 */
async function widgets(out: string): Promise<void> {
  const sources = Math.max(
    newestMtime(join(ROOT, 'widgets/src')),
    newestMtime(join(ROOT, 'widgets/themes')),
    ...['search', 'client', 'i18n', 'catalogue'].map((p) => newestMtime(join(ROOT, 'packages', p, 'src'))),
  );
  const current = (dir: string) =>
    existsSync(join(dir, 'yizhan.js')) &&
    existsSync(join(dir, 'themes/dark.css')) &&
    statSync(join(dir, 'yizhan.js')).mtimeMs > sources;
  if (process.argv.includes('--force')) rmSync(out, { recursive: true, force: true });
  if (current(out)) {
    console.log('docs: widgets in site/public/yizhan are current');
    return;
  }
  rmSync(out, { recursive: true, force: true });
  const dist = join(ROOT, 'widgets/dist');
  if (current(dist)) {
    cpSync(dist, out, { recursive: true });
    console.log('docs: widgets copied from widgets/dist');
    return;
  }
  console.log('docs: building the widgets into site/public/yizhan');
  await buildDist(out);
}

function bundle(out: string): void {
  const given = process.env['YZ_BUNDLE_DIR'];
  const candidates = [given, join(ROOT, 'demo/public/bundle')].filter((d): d is string => Boolean(d));
  const source = candidates.find((dir) => existsSync(join(dir, 'manifest.json')));
  rmSync(out, { recursive: true, force: true });
  if (source) {
    cpSync(source, out, { recursive: true });
    console.log(`docs: sample bundle from ${source}`);
    return;
  }
  console.log('docs: building the sample bundle (national → Sichuan → Chengdu)');
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'packages/cli/src/main.ts'), 'build', ...LISTS, '--out', out, '--lang', 'en'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('building the sample bundle failed');
}

async function main(): Promise<void> {
  mkdirSync(GENERATED_PUBLIC, { recursive: true });
  await widgets(join(GENERATED_PUBLIC, 'yizhan'));
  bundle(join(GENERATED_PUBLIC, 'bundle'));
  mkdirSync(join(GENERATED_PUBLIC, 'downloads'), { recursive: true });
  cpSync(join(ROOT, 'demo/data/example.csv'), join(GENERATED_PUBLIC, 'downloads/example.csv'));
  cpSync(join(ROOT, 'packages/catalogue/schema'), join(GENERATED_PUBLIC, 'schema'), { recursive: true });
  cpSync(join(ROOT, 'demo/public/favicon.svg'), join(GENERATED_PUBLIC, 'favicon.svg'));
}

await main();
