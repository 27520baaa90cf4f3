/**
 * Where each translation stands against zh-CN, per namespace: keys missing, keys zh-CN no longer
 * has, and keys whose zh-CN text changed since they were translated (stale).
 *
 *   pnpm --filter @yizhan/i18n exec tsx scripts/locale-status.ts                 # every locale
 *   pnpm --filter @yizhan/i18n exec tsx scripts/locale-status.ts ja --verbose    # with key names
 *   pnpm --filter @yizhan/i18n exec tsx scripts/locale-status.ts ja --record consult,rating
 *
 * `--record [ns,...]` says "these translations are reviewed against today's zh-CN": it stores the
 * hash of the current zh-CN text for every key the locale has (in those namespaces, or all).
 */
import { checkLocaleCompleteness, leafStrings } from '../src/completeness.js';
import { LOCALE_TAGS } from '../src/locales-list.js';
import { SHIPPED_RESOURCES } from '../src/node.js';
import { readSources, referenceHashes, writeSources } from './lib/sources.js';

const args = process.argv.slice(2);
const recordAt = args.indexOf('--record');
const recordNs =
  recordAt >= 0 && args[recordAt + 1] && !args[recordAt + 1]!.startsWith('--')
    ? new Set(args[recordAt + 1]!.split(','))
    : undefined;
const verbose = args.includes('--verbose');
const tags = args.filter((a, i) => !a.startsWith('--') && !(recordAt >= 0 && i === recordAt + 1 && recordNs));
const reference = SHIPPED_RESOURCES['zh-CN']!;
const hashes = referenceHashes(reference);
const nsOf = (key: string) => key.slice(0, key.indexOf(':'));

for (const tag of tags.length ? tags : LOCALE_TAGS.filter((t) => t !== 'zh-CN')) {
  const candidate = leafStrings(SHIPPED_RESOURCES[tag] ?? {});
  const sources = readSources(tag);
  if (recordAt >= 0) {
    for (const key of candidate.keys()) {
      const hash = hashes.get(key);
      if (hash && (!recordNs || recordNs.has(nsOf(key)))) sources[key] = hash;
    }
    writeSources(tag, sources);
  }
  // Placeholders, empty strings and plural forms, over the namespaces the locale has.
  const own = SHIPPED_RESOURCES[tag] ?? {};
  const shared = Object.fromEntries(Object.keys(own).map((ns) => [ns, reference[ns] ?? {}]));
  const report = checkLocaleCompleteness(shared, own, tag);
  console.log(`${tag}`);
  for (const key of report.placeholderMismatch) console.log(`  placeholders differ from zh-CN: ${key}`);
  for (const key of report.empty) console.log(`  empty: ${key}`);
  for (const key of report.pluralMissing) console.log(`  plural form missing: ${key}`);
  for (const ns of Object.keys(reference)) {
    const refKeys = [...hashes.keys()].filter((k) => nsOf(k) === ns);
    const have = [...candidate.keys()].filter((k) => nsOf(k) === ns);
    const missing = refKeys.filter((k) => !candidate.has(k));
    const extra = have.filter((k) => !hashes.has(k));
    const stale = have.filter(
      (k) => sources[k] !== undefined && hashes.get(k) !== undefined && sources[k] !== hashes.get(k),
    );
    const unrecorded = have.filter((k) => hashes.has(k) && sources[k] === undefined);
    const state = !have.length ? 'absent' : missing.length || extra.length || stale.length ? 'incomplete' : 'complete';
    console.log(
      `  ${ns.padEnd(11)} ${String(refKeys.length - missing.length).padStart(4)}/${String(refKeys.length).padEnd(4)} ${state}` +
        [
          missing.length ? `, ${missing.length} missing` : '',
          extra.length ? `, ${extra.length} extra` : '',
          stale.length ? `, ${stale.length} stale` : '',
          unrecorded.length ? `, ${unrecorded.length} unrecorded` : '',
        ].join(''),
    );
    if (verbose) {
      for (const k of missing) console.log(`      missing ${k}`);
      for (const k of extra) console.log(`      extra   ${k}`);
      for (const k of stale) console.log(`      stale   ${k}`);
    }
  }
}
