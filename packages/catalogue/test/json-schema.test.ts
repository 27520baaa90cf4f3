import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { jsonSchemas, SCHEMA_BASE } from '../src/index.js';

const SCHEMA_DIR = new URL('../schema/', import.meta.url);
const REGENERATE = 'run `pnpm --filter @yizhan/catalogue schema` and commit packages/catalogue/schema/';

test('the committed JSON Schema files are what the zod schemas generate today', async () => {
  const generated = jsonSchemas();
  for (const [name, schema] of Object.entries(generated)) {
    let committed: string;
    try {
      committed = await readFile(new URL(name, SCHEMA_DIR), 'utf8');
    } catch {
      assert.fail(`schema/${name} is missing: ${REGENERATE}`);
    }
    // Compared as text: the generator writes exactly this, so any difference means it was not run.
    assert.equal(committed, `${JSON.stringify(schema, null, 2)}\n`, `schema/${name} is out of date: ${REGENERATE}`);
  }
});

test('each schema is draft 2020-12 with a stable $id', () => {
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    const s = schema as { $id?: string; $schema?: string };
    assert.equal(s.$id, `${SCHEMA_BASE}${name}`);
    assert.equal(s.$schema, 'https://json-schema.org/draft/2020-12/schema');
  }
});
