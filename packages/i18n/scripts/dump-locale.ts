/**
 * Prints a shipped locale as one JSON object, the shape `setLocaleStrings` takes: a starting point
 * for a partner's own language (docs/locales.md).
 *
 *   pnpm --filter @yizhan/i18n exec tsx scripts/dump-locale.ts en search catalogue > fr.json
 */
import { SHIPPED_RESOURCES } from '../src/node.js';

const [tag = 'zh-CN', ...namespaces] = process.argv.slice(2);
const resource = SHIPPED_RESOURCES[tag];
if (!resource) {
  console.error(`no shipped locale ${tag}; shipped: ${Object.keys(SHIPPED_RESOURCES).join(', ')}`);
  process.exit(1);
}
const picked = namespaces.length ? Object.fromEntries(namespaces.map((ns) => [ns, resource[ns] ?? {}])) : resource;
console.log(JSON.stringify(picked, null, 2));
