/**
 * The Custom Elements Manifest is the public API's one source (docs site, editors, the React/Vue/JSX
 * glue): every component must document what a page can use, and the committed generated files
 * must match the sources. Regenerate with `pnpm --filter @yizhan/widgets analyze`.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { frameworkTypes } from '../../scripts/framework-types.js';
import {
  MANIFEST_PATH,
  WIDGETS_ROOT,
  analyze,
  elementsOf,
  manifestText,
  type Manifest,
} from '../../scripts/manifest.js';
import { splitEntries } from '../../custom-elements-manifest.config.mjs';

let manifest: Manifest;
before(async () => {
  manifest = await analyze();
});

const REGENERATE = 'run `pnpm --filter @yizhan/widgets analyze` and commit the result';

test('every component folder is in the manifest with its tag name', () => {
  const folders = readdirSync(join(WIDGETS_ROOT, 'src')).filter(
    (d) => d.startsWith('yz-') && existsSync(join(WIDGETS_ROOT, 'src', d, 'define.ts')),
  );
  const tags = elementsOf(manifest).map((e) => e.tagName);
  for (const folder of folders) assert.ok(tags.includes(folder), `<${folder}> is in custom-elements.json`);
});

test('every component documents its summary, attributes, properties, events, parts and custom properties', () => {
  const problems: string[] = [];
  for (const el of elementsOf(manifest)) {
    const where = `<${el.tagName}> (${el.module})`;
    if (!(el.summary ?? el.description)?.trim()) problems.push(`${where}: no @summary`);
    if (!el.attributes?.length) problems.push(`${where}: no @attr`);
    for (const a of el.attributes ?? [])
      if (!a.description?.trim()) problems.push(`${where}: attribute ${a.name} has no @attr description`);
    for (const m of el.members ?? []) {
      const settable = m.kind === 'field' && !m.static && !m.readonly;
      if (settable && !m.description?.trim()) problems.push(`${where}: property ${m.name} has no @prop description`);
    }
    for (const e of el.events ?? []) {
      if (!e.description?.trim()) problems.push(`${where}: event ${e.name} has no description`);
      if (e.name.startsWith('yz-') && !/^CustomEvent<.+>$/.test(e.type?.text ?? '')) {
        problems.push(`${where}: event ${e.name} needs a typed detail (@event {CustomEvent<Detail>} ${e.name})`);
      }
    }
    if (!el.cssParts?.length) problems.push(`${where}: no @csspart`);
    for (const p of [...(el.cssParts ?? []), ...(el.cssProperties ?? []), ...(el.slots ?? [])]) {
      if (!p.description?.trim()) problems.push(`${where}: ${p.name} has no description`);
    }
    for (const p of el.cssProperties ?? []) {
      if (!p.name.startsWith('--yz-')) problems.push(`${where}: custom property ${p.name} is not --yz-*`);
    }
  }
  assert.deepEqual(problems, []);
});

for (const tag of ['yz-search', 'yz-catalogue', 'yz-outlets', 'yz-consult-form', 'yz-rating']) {
  test(`<${tag}> lists every --yz-* custom property its own stylesheets read (the docs page a theme author reads)`, () => {
    const dir = join(WIDGETS_ROOT, 'src', tag);
    const read = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.styles.ts'))) {
      // Tokens are read as --_yz-name (the resolved default, tokens.styles.ts) or straight as --yz-name.
      for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/var\(--_?(yz-[a-z0-9-]+)/g)) {
        if (!m[1]!.startsWith('yz-elderly-')) read.add(`--${m[1]}`);
      }
    }
    const el = elementsOf(manifest).find((e) => e.tagName === tag);
    assert.ok(el, `<${tag}> is in the manifest`);
    const listed = new Set((el.cssProperties ?? []).map((p) => p.name));
    assert.deepEqual(
      [...read].filter((name) => !listed.has(name)).sort(),
      [],
      `add @cssprop entries to src/${tag}/${tag}.ts`,
    );
  });
}

test('several parts on one JSDoc line become one entry each', () => {
  const parts = splitEntries(
    [
      { name: 'a', description: 'The a. @csspart b - The b.' },
      { name: 'c,', description: 'd, e - Pieces.' },
      { name: '--yz-space-1…3', description: 'Spacing.' },
    ],
    'csspart',
  );
  assert.deepEqual(
    parts.map((p) => [p.name, p.description]),
    [
      ['a', 'The a.'],
      ['b', 'The b.'],
      ['c', 'Pieces.'],
      ['d', 'Pieces.'],
      ['e', 'Pieces.'],
      ['--yz-space-1', 'Spacing.'],
      ['--yz-space-2', 'Spacing.'],
      ['--yz-space-3', 'Spacing.'],
    ],
  );
});

test('custom-elements.json is current', async () => {
  assert.ok(existsSync(MANIFEST_PATH), `widgets/custom-elements.json is missing: ${REGENERATE}`);
  // assert.ok, not assert.equal: a diff of two 100 KB documents says less than the instruction.
  assert.ok(readFileSync(MANIFEST_PATH, 'utf8') === (await manifestText(manifest)), `stale manifest: ${REGENERATE}`);
});

test('the React wrappers and the Vue/JSX declarations are current', async () => {
  for (const [path, content] of Object.entries(await frameworkTypes(manifest))) {
    const full = join(WIDGETS_ROOT, path);
    assert.ok(existsSync(full), `widgets/${path} is missing: ${REGENERATE}`);
    assert.ok(readFileSync(full, 'utf8') === content, `widgets/${path} is stale: ${REGENERATE}`);
  }
});
