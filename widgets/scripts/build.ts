/**
 * `pnpm --filter @yizhan/widgets build`: everything a portal or an application needs, in order.
 *   1. dist/: the self-hosted loader (yizhan.js), one entry per component and lazy chunks (Vite)
 *   2. dist/themes/: the theme stylesheets generated from the design tokens
 *   3. custom-elements.json: the Custom Elements Manifest from the components' JSDoc
 *   4. types/: Vue and JSX declarations generated from the manifest
 *   5. the size table of what was built (budgets are enforced by the tests, see scripts/size.ts)
 */
import { fileURLToPath } from 'node:url';
import { buildDist } from './dist.js';
import { writeFrameworkTypes } from './framework-types.js';
import { writeManifest } from './manifest.js';
import { formatTable, measure } from './size.js';

const root = fileURLToPath(new URL('..', import.meta.url));

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildDist();
  console.log('built widgets/dist (loader, components, chunks, themes)');
  const manifest = await writeManifest();
  console.log('wrote widgets/custom-elements.json');
  for (const file of await writeFrameworkTypes(manifest)) console.log(`wrote widgets/${file}`);
  console.log(`\n${formatTable(measure(`${root}dist`))}`);
}
