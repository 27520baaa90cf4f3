/**
 * Type-checks what the root tsconfig does not cover: the build and embed scripts, the generated
 * Vue/JSX declarations, and the framework examples as an application would compile them
 * (React with tsc, Vue templates with vue-tsc, against the generated declarations).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const WIDGETS = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const bin = (pkg: string, file: string): string => join(dirname(require.resolve(`${pkg}/package.json`)), file);

function check(compiler: string, project: string): void {
  const result = spawnSync(process.execPath, [compiler, '--noEmit', '-p', project], { cwd: WIDGETS, encoding: 'utf8' });
  assert.equal(result.status, 0, `${project}:\n${result.stdout}${result.stderr}`);
}

test('build scripts, embed tests and generated declarations type-check', () => {
  check(bin('typescript', 'bin/tsc'), 'scripts/tsconfig.json');
});

test('the React example type-checks against the wrappers and the JSX declarations', () => {
  check(bin('typescript', 'bin/tsc'), 'examples/react/tsconfig.json');
});

test('the Vue example type-checks its templates against the GlobalComponents declarations', () => {
  check(bin('vue-tsc', 'bin/vue-tsc.js'), 'examples/vue/tsconfig.json');
});
