import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The production build (vite.config.ts) into `outDir` (widgets/dist by default), with the theme
 * stylesheets copied to `outDir/themes/`. The size check and the embedding tests build into a
 * temporary folder with it, so they never measure or serve a stale dist.
 */
export async function buildDist(outDir = `${root}dist`): Promise<void> {
  await build({ configFile: `${root}vite.config.ts`, logLevel: 'warn', build: { outDir } });
  mkdirSync(`${outDir}/themes`, { recursive: true });
  for (const file of readdirSync(`${root}themes`)) {
    if (file.endsWith('.css')) cpSync(`${root}themes/${file}`, `${outDir}/themes/${file}`);
  }
}
