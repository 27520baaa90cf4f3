/** Regenerate packages/catalogue/schema/*.json: `pnpm --filter @yizhan/catalogue schema`. */
import { writeFileSync } from 'node:fs';
import { jsonSchemas } from '../src/json-schema.js';

for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(new URL(`../schema/${name}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote schema/${name}`);
}
