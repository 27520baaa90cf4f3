import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { LOCALES, LOCALE_TAGS } from '../src/index.js';
import { LOADERS } from '../src/loaders.js';
import { SHIPPED_RESOURCES, checkLocaleCompleteness } from '../src/node.js';

const LOCALE_DIR = new URL('../src/locales/', import.meta.url);

async function namespaceFiles(tag: string): Promise<string[]> {
  return (await readdir(new URL(`${tag}/`, LOCALE_DIR)))
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
}

for (const locale of LOCALES.filter((l) => l.complete)) {
  test(`${locale.tag} is complete: every zh-CN key, no extras, same placeholders, all plural forms`, () => {
    const report = checkLocaleCompleteness(SHIPPED_RESOURCES['zh-CN']!, SHIPPED_RESOURCES[locale.tag]!, locale.tag);
    assert.deepEqual(report.missing, [], `${locale.tag} lacks keys`);
    assert.deepEqual(report.extra, [], `${locale.tag} has keys zh-CN does not`);
    assert.deepEqual(report.placeholderMismatch, [], `${locale.tag} placeholders differ from zh-CN`);
    assert.deepEqual(report.empty, [], `${locale.tag} has empty strings`);
    assert.deepEqual(report.pluralMissing, [], `${locale.tag} lacks plural forms`);
  });
}

test('every locale directory is a shipped locale with loaders, and the other way round', async () => {
  const dirs = (await readdir(LOCALE_DIR, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  assert.deepEqual(dirs, [...LOCALE_TAGS].sort());
  assert.deepEqual(Object.keys(LOADERS).sort(), [...LOCALE_TAGS].sort());
  assert.deepEqual(Object.keys(SHIPPED_RESOURCES).sort(), [...LOCALE_TAGS].sort());
});

for (const tag of LOCALE_TAGS) {
  test(`${tag}: every namespace file is listed in loaders.ts and imported by its index.ts`, async () => {
    const files = await namespaceFiles(tag);
    assert.deepEqual(Object.keys(LOADERS[tag] ?? {}).sort(), files, `loaders.ts entries for ${tag}`);
    assert.deepEqual(Object.keys(SHIPPED_RESOURCES[tag] ?? {}).sort(), files, `${tag}/index.ts imports`);
    for (const ns of files) {
      const loaded = (await LOADERS[tag]![ns]!()).default;
      assert.equal(loaded, SHIPPED_RESOURCES[tag]![ns], `${tag}/${ns}: the loader and index.ts give the same table`);
    }
  });
}

test('the completeness check finds what it is for', () => {
  const reference = {
    ns: { a: '甲 {{name}}', b: '乙', files_other: '{{count}} 个文件', nested: { c: '丙' } },
  };
  const candidate = {
    ns: {
      a: 'A {{nom}}',
      files_one: 'one file',
      nested: { c: ' ' },
      surplus: 'x',
    },
  };
  const report = checkLocaleCompleteness(reference, candidate, 'en');
  assert.deepEqual(report.missing, ['ns:b']);
  assert.deepEqual(report.extra, ['ns:surplus']);
  assert.deepEqual(report.placeholderMismatch, ['ns:a']);
  assert.deepEqual(report.empty, ['ns:nested.c']);
  // English needs "other" as well as "one"; zh-CN's single "other" is not a model for that.
  assert.deepEqual(report.pluralMissing, ['ns:files_other']);
  // A plural form may say "a file" instead of {{count}}, but may not invent a placeholder.
  const ok = checkLocaleCompleteness(
    reference,
    {
      ns: { a: 'A {{name}}', b: 'B', files_one: 'a file', files_other: '{{count}} files', nested: { c: 'C' } },
    },
    'en',
  );
  assert.deepEqual(ok, { missing: [], extra: [], placeholderMismatch: [], empty: [], pluralMissing: [] });
});
