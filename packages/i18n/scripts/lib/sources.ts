/**
 * What each translation was made from. For every key a translated locale has, we keep a short
 * hash of the zh-CN text it was translated (or drafted) from, in `scripts/sources/<tag>.json`.
 * When zh-CN rewords a string later, the hash no longer matches and `locale-status.ts` names the
 * key as stale, instead of the old translation silently staying behind.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { leafStrings } from '../../src/completeness.js';
import type { LocaleResource } from '../../src/resource.js';

const DIR = new URL('../sources/', import.meta.url);

export type Sources = Record<string, string>;

/** Hash of the zh-CN text(s) behind one key (plural forms folded, as the completeness check does). */
export function sourceHash(values: readonly string[]): string {
  return createHash('sha256').update(values.join('\u0000')).digest('hex').slice(0, 10);
}

/** `ns:key` → hash of its current zh-CN text. */
export function referenceHashes(reference: LocaleResource): Map<string, string> {
  return new Map([...leafStrings(reference)].map(([key, values]) => [key, sourceHash(values)]));
}

export function readSources(tag: string): Sources {
  const file = new URL(`${tag}.json`, DIR);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Sources) : {};
}

export function writeSources(tag: string, sources: Sources): void {
  mkdirSync(DIR, { recursive: true });
  const sorted = Object.fromEntries(Object.entries(sources).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(new URL(`${tag}.json`, DIR), `${JSON.stringify(sorted, null, 2)}\n`);
}
