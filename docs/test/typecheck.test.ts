/** The docs site's TypeScript (config, theme, generators, scripts, tests), which the root tsconfig does not include. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { it } from 'node:test';
import { DOCS, ROOT } from '../.vitepress/lib/paths.js';

it('type-checks docs/tsconfig.json', () => {
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(DOCS, 'tsconfig.json')], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stdout + result.stderr);
});
