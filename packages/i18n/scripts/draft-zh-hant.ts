/**
 * Writes a first draft of zh-Hant from zh-CN with OpenCC (Taiwan standard characters, no phrase
 * substitution, so terms stay those of the mainland plan). Run once per new key set, then review
 * by hand: `pnpm --filter @yizhan/i18n exec tsx scripts/draft-zh-hant.ts`.
 * Keys already present in zh-Hant are kept as they are, so reviewed wording is never lost.
 */
import { writeFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import zhCN from '../src/locales/zh-CN/index.js';
import zhHant from '../src/locales/zh-Hant/index.js';
import type { LocaleResource, LocaleTable } from '../src/resource.js';

const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });

function draft(ref: LocaleTable, existing: LocaleTable | undefined): LocaleTable {
  const out: LocaleTable = {};
  for (const [key, value] of Object.entries(ref)) {
    const have = existing?.[key];
    if (typeof value === 'string') out[key] = typeof have === 'string' ? have : convert(value);
    else out[key] = draft(value, typeof have === 'object' ? have : undefined);
  }
  return out;
}

const result: LocaleResource = {};
for (const [ns, table] of Object.entries(zhCN as LocaleResource)) {
  result[ns] = draft(table, (zhHant as LocaleResource)[ns]);
}
const body = JSON.stringify(result, null, 2);
writeFileSync(
  new URL('../src/locales/zh-Hant.ts', import.meta.url),
  `import type { LocaleResource } from '../resource.js';\n\n/** Traditional Chinese. Drafted with scripts/draft-zh-hant.ts, reviewed by hand. */\nconst zhHant: LocaleResource = ${body};\n\nexport default zhHant;\n`,
);
console.log('zh-Hant drafted');
