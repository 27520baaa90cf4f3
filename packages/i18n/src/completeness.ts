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
  /**
   * Plural forms the candidate's language needs but lacks (`cli:problems_other` when only
   * `problems_one` is there). zh-CN has one form, so the reference cannot show what English needs.
   */
  pluralMissing: string[];
}

/** Every leaf key as written, `ns:a.b_one`, without folding plural forms. */
function rawKeys(resource: LocaleResource): string[] {
  const out: string[] = [];
  const walk = (table: LocaleTable, prefix: string) => {
    for (const [key, value] of Object.entries(table)) {
      const path = prefix.endsWith(':') ? `${prefix}${key}` : `${prefix}.${key}`;
      if (typeof value === 'string') out.push(path);
      else walk(value, path);
    }
  };
  for (const [ns, table] of Object.entries(resource)) walk(table, `${ns}:`);
  return out;
}

function pluralGaps(candidate: LocaleResource, lang: string): string[] {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const keys = new Set(rawKeys(candidate));
  const bases = new Set([...keys].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')));
  const gaps: string[] = [];
  for (const base of bases) {
    for (const category of categories) {
      if (!keys.has(`${base}_${category}`)) gaps.push(`${base}_${category}`);
    }
  }
  return gaps.sort();
}

/** Compare a locale with the reference locale (zh-CN); `lang` enables the plural-form check. */
export function checkLocaleCompleteness(
  reference: LocaleResource,
  candidate: LocaleResource,
  lang?: string,
): CompletenessReport {
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
  const pluralMissing = lang ? pluralGaps(candidate, lang) : [];
  return { missing, extra, placeholderMismatch, empty, pluralMissing };
}
