/**
 * What keeps the widgets embeddable, checked on the sources so a regression fails before any
 * browser runs (widgets/e2e/embed.spec.ts proves the same in Chromium):
 *   - the loader registers every component and the package exports an entry for each;
 *   - nothing writes markup strings into the DOM or evaluates code (strict CSP, Trusted Types);
 *   - no `style="…"` attribute from a template (CSP style-src without 'unsafe-inline').
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { WIDGETS_VERSION } from '../../src/internal/define.js';

const WIDGETS = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(WIDGETS, 'src');
const pkg = JSON.parse(readFileSync(join(WIDGETS, 'package.json'), 'utf8')) as {
  version: string;
  exports: Record<string, string>;
  sideEffects: string[];
};

const components = readdirSync(SRC)
  .filter((d) => d.startsWith('yz-') && existsSync(join(SRC, d, 'define.ts')))
  .sort();

function sources(dir = SRC, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) sources(full, out);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) out.push(full);
  }
  return out;
}

test('the loader registers every component on first use, and each has a package entry', () => {
  assert.ok(components.includes('yz-search'));
  const loader = readFileSync(join(SRC, 'yizhan.ts'), 'utf8');
  const index = readFileSync(join(SRC, 'index.ts'), 'utf8');
  for (const c of components) {
    const className = c.replace(/(^|-)(\w)/g, (_, __, ch: string) => ch.toUpperCase());
    assert.match(index, new RegExp(`\\b${className}\\b`), `src/index.ts exports ${className}`);
    assert.doesNotMatch(loader, new RegExp(`import '\\./${c}/`), `src/yizhan.ts must not import ${c} up front`);
    // The loader imports each entry on first use (an `import()` per tag), never up front.
    assert.match(
      loader,
      new RegExp(`'${c}': \\(\\) => import\\('\\./${c}/define\\.js'\\)`),
      `src/yizhan.ts loads ./${c}/define.js`,
    );
    assert.equal(pkg.exports[`./${c}`], `./src/${c}/define.ts`, `package.json exports ./${c}`);
  }
  assert.ok(pkg.sideEffects.includes('./src/*/define.ts'), 'define modules are declared side effects');
  assert.ok(pkg.sideEffects.includes('./dist/yizhan.js'));
});

test('the registry announces the package version, so two copies can be told apart', () => {
  assert.equal(WIDGETS_VERSION, pkg.version);
});

test('no markup strings, eval or inline style attributes anywhere in the widgets', () => {
  const rules: Array<[RegExp, string]> = [
    [/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment/, 'writes markup'],
    [/\beval\(|new Function\(|setTimeout\(\s*['"`]/, 'evaluates code'],
    [/unsafeHTML|unsafeSVG|unsafeStatic/, 'renders unchecked markup'],
    [/lit\/directives\/style-map/, "uses Lit's styleMap (writes a style attribute first); use internal/csp-style-map"],
    [/\sstyle="/, 'has a static style attribute'],
    [/<style[\s>]/, 'renders a <style> element'],
  ];
  const problems: string[] = [];
  for (const file of sources()) {
    const text = readFileSync(file, 'utf8').replace(/^\s*(\*|\/\/).*$/gm, '');
    for (const [pattern, what] of rules) if (pattern.test(text)) problems.push(`${relative(WIDGETS, file)} ${what}`);
  }
  assert.deepEqual(problems, []);
});
