import type { LocaleResource, LocaleTable } from './resource.js';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** `{{name}}` placeholders used by one string. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

/** Leaf strings of a resource keyed `ns:a.b.c`, plural forms folded under their base key. */
export function leafStrings(resource: LocaleResource): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (table: LocaleTable, prefix: string) => {
    for (const [key, value] of Object.entries(table)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'string') {
        const base = path.replace(PLURAL_SUFFIX, '');
        out.set(base, [...(out.get(base) ?? []), value]);
      } else walk(value, path);
    }
  };
  for (const [ns, table] of Object.entries(resource)) walk(table, `${ns}:`);
  return new Map([...out].map(([k, v]) => [k.replace(':.', ':'), v]));
}

export interface CompletenessReport {
  missing: string[];
  extra: string[];
  /** Keys whose placeholders differ from the reference (a translation dropped `{{count}}`…). */
  placeholderMismatch: string[];
  empty: string[];
}

/** Compare a locale with the reference locale (zh-CN). */
export function checkLocaleCompleteness(reference: LocaleResource, candidate: LocaleResource): CompletenessReport {
  const ref = leafStrings(reference);
  const cand = leafStrings(candidate);
  const missing = [...ref.keys()].filter((k) => !cand.has(k)).sort();
  const extra = [...cand.keys()].filter((k) => !ref.has(k)).sort();
  const placeholderMismatch: string[] = [];
  const empty: string[] = [];
  for (const [key, values] of cand) {
    const refValues = ref.get(key);
    if (values.some((s) => s.trim() === '')) empty.push(key);
    if (!refValues) continue;
    const expected = new Set(refValues.flatMap(placeholders));
    // Plural forms may drop {{count}} (English "one" can say "a"), but must not invent names.
    for (const value of values) {
      const got = placeholders(value);
      const inventsName = got.some((p) => !expected.has(p) && p !== 'count');
      const dropsName = [...expected].some((p) => p !== 'count' && !got.includes(p));
      if (inventsName || dropsName) {
        placeholderMismatch.push(key);
        break;
      }
    }
  }
  return { missing, extra, placeholderMismatch, empty };
}
