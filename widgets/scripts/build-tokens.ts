/** Regenerate token CSS: `pnpm --filter @yizhan/widgets tokens`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { generateTokenFiles } from './tokens.js';

const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../tokens/${name}.tokens.json`, import.meta.url), 'utf8'));

export function readTokenSources() {
  return { base: read('base'), dark: read('dark'), highContrast: read('high-contrast'), elderly: read('elderly') };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [path, content] of Object.entries(generateTokenFiles(readTokenSources()))) {
    writeFileSync(new URL(`../${path}`, import.meta.url), content);
    console.log(`wrote widgets/${path}`);
  }
}
