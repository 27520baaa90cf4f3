/** The examples in docs/data-format.md must be valid: a list maintainer copies them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  CSV_OPTIONAL_COLUMNS,
  CSV_REQUIRED_COLUMNS,
  formatProblem,
  importCsv,
  OpeningHours,
  parseList,
  resolveCatalogue,
  type SourceList,
} from '../src/index.js';
import { tEn } from './fixtures.js';

const DOC = new URL('../../../docs/data-format.md', import.meta.url);

async function blocks(lang: string): Promise<string[]> {
  const text = await readFile(DOC, 'utf8');
  return [...text.matchAll(new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```$', 'gm'))].map((m) => m[1]!);
}

test('the JSON lists in data-format.md are valid and resolve together as one chain', async () => {
  const json = (await blocks('json')).map((b) => JSON.parse(b) as Record<string, unknown>);
  const lists = json.filter((b) => 'formatVersion' in b);
  assert.ok(lists.length >= 2, 'the page shows a minimal list and an overlay');
  const sources: SourceList[] = lists.map((data, i) => {
    const parsed = parseList(data, { t: tEn, file: `example-${i}.json` });
    assert.deepEqual(parsed.problems.map(formatProblem), []);
    return { list: parsed.list!, file: `example-${i}.json` };
  });
  const resolved = resolveCatalogue(sources, { t: tEn });
  assert.deepEqual(resolved.problems.map(formatProblem), []);
  for (const hours of json.filter((b) => 'weekly' in b)) {
    assert.equal(OpeningHours.safeParse(hours).success, true, JSON.stringify(hours));
  }
});

test('the CSV example in data-format.md imports without a problem and uses every column', async () => {
  const [example] = await blocks('csv');
  assert.ok(example);
  const imported = importCsv(example, { id: 'example' }, { t: tEn, file: 'example.csv' });
  assert.deepEqual(imported.problems.map(formatProblem), []);
  assert.equal(imported.list?.items.length, 3);
  const header = example.split('\n')[0]!.split(',');
  assert.deepEqual([...header].sort(), [...CSV_REQUIRED_COLUMNS, ...CSV_OPTIONAL_COLUMNS].sort());
});
