/**
 * Drafts zh-Hant from zh-CN with OpenCC (Taiwan standard characters, no phrase substitution, so
 * terms stay those of the mainland plan), one file per namespace:
 *
 *   pnpm --filter @yizhan/i18n exec tsx scripts/draft-zh-hant.ts            # every namespace
 *   pnpm --filter @yizhan/i18n exec tsx scripts/draft-zh-hant.ts ui search  # only these
 *
 * Strings already in `src/locales/zh-Hant/<ns>.ts` are kept as they are, so reviewed wording is
 * never lost; only keys missing there are drafted, keys whose zh-CN text changed since they were
 * translated (scripts/sources/zh-Hant.json, see lib/sources.ts) are drafted again, and keys zh-CN
 * no longer has are dropped (they would fail the completeness check). Review every drafted string
 * by hand (docs/locales.md), run prettier on the files it names, then
 * `tsx scripts/locale-status.ts zh-Hant --record <ns>`. A new namespace file also needs a line in
 * zh-Hant/index.ts and in src/loaders.ts; the script says so when they are missing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as OpenCC from 'opencc-js';
import zhCN from '../src/locales/zh-CN/index.js';
import type { LocaleResource, LocaleTable } from '../src/resource.js';
import { readSources, referenceHashes, writeSources } from './lib/sources.js';

const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });
const LOCALES_DIR = new URL('../src/locales/', import.meta.url);

interface Drafted {
  table: LocaleTable;
  drafted: string[];
  redrafted: string[];
  dropped: string[];
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const reference = zhCN as LocaleResource;
const hashes = referenceHashes(reference);
const sources = readSources('zh-Hant');

/** zh-CN changed this key's text after its zh-Hant string was drafted or reviewed. */
function isStale(ns: string, path: string): boolean {
  const key = `${ns}:${path.replace(PLURAL_SUFFIX, '')}`;
  return sources[key] !== undefined && sources[key] !== hashes.get(key);
}

function draft(
  ns: string,
  ref: LocaleTable,
  existing: LocaleTable | undefined,
  prefix: string,
  into: Drafted,
): LocaleTable {
  const out: LocaleTable = {};
  for (const [key, value] of Object.entries(ref)) {
    const have = existing?.[key];
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      if (typeof have === 'string' && !isStale(ns, path)) out[key] = have;
      else if (typeof have === 'string') {
        out[key] = convert(value);
        into.redrafted.push(path);
      } else {
        out[key] = convert(value);
        into.drafted.push(path);
      }
    } else out[key] = draft(ns, value, typeof have === 'object' ? have : undefined, path, into);
  }
  for (const key of Object.keys(existing ?? {})) {
    if (!(key in ref)) into.dropped.push(prefix ? `${prefix}.${key}` : key);
  }
  return out;
}

/** The doc comment above zh-CN's `const`, so the draft says what the namespace is for. */
function docComment(source: string): string {
  const match = /\n(\/\*\*[\s\S]*?\*\/)\s*\nconst /.exec(source);
  return match?.[1] ? `${match[1]}\n` : '';
}

function identifier(ns: string): string {
  return ns.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((ns) => !(ns in reference));
if (unknown.length) {
  console.error(`zh-CN has no namespace ${unknown.join(', ')}`);
  process.exit(1);
}

const written: string[] = [];
for (const ns of wanted.length ? wanted : Object.keys(reference)) {
  const target = new URL(`zh-Hant/${ns}.ts`, LOCALES_DIR);
  const existing = existsSync(target)
    ? ((await import(pathToFileURL(fileURLToPath(target)).href)) as { default: LocaleTable }).default
    : undefined;
  const result: Drafted = { table: {}, drafted: [], redrafted: [], dropped: [] };
  result.table = draft(ns, reference[ns]!, existing, '', result);
  // Drafts are made from today's zh-CN, so they are not stale (review them all the same).
  for (const path of [...result.drafted, ...result.redrafted]) {
    const key = `${ns}:${path.replace(PLURAL_SUFFIX, '')}`;
    const hash = hashes.get(key);
    if (hash) sources[key] = hash;
  }
  if (existing && !result.drafted.length && !result.redrafted.length && !result.dropped.length) continue;
  const name = identifier(ns);
  const comment = docComment(readFileSync(new URL(`zh-CN/${ns}.ts`, LOCALES_DIR), 'utf8'));
  writeFileSync(
    target,
    `import type { LocaleTable } from '../../resource.js';\n\n${comment}const ${name}: LocaleTable = ${JSON.stringify(result.table, null, 2)};\n\nexport default ${name};\n`,
  );
  written.push(fileURLToPath(target));
  console.log(
    `zh-Hant/${ns}.ts: ${result.drafted.length} drafted, ${result.redrafted.length} drafted again (zh-CN changed), ${result.dropped.length} dropped`,
  );
  for (const key of result.drafted) console.log(`  + ${key}`);
  for (const key of result.redrafted) console.log(`  ~ ${key}`);
  for (const key of result.dropped) console.log(`  - ${key}`);
  if (!existing) {
    const index = readFileSync(new URL('zh-Hant/index.ts', LOCALES_DIR), 'utf8');
    const loaders = readFileSync(new URL('../loaders.ts', LOCALES_DIR), 'utf8');
    if (!index.includes(`'./${ns}.js'`)) console.log(`  add it to src/locales/zh-Hant/index.ts`);
    if (!loaders.includes(`'./locales/zh-Hant/${ns}.js'`)) console.log(`  add it to src/loaders.ts`);
  }
}
writeSources('zh-Hant', sources);
if (written.length) console.log(`\nReview the drafted strings, then: npx prettier --write ${written.join(' ')}`);
else console.log('zh-Hant already has every zh-CN key');
