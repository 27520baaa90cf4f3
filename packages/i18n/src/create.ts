import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { LOADERS } from './loaders.js';
import { DEFAULT_LOCALE, resolveLocale } from './locales-list.js';
import type { LocaleResource, LocaleTable } from './resource.js';

export type { I18n, TFunction };

/** Partner-supplied strings, merged over the shipped ones (docs/theming.md, “Strings”). */
const overrides = new Map<string, LocaleResource>();
const cache = new Map<string, LocaleTable>();

/** Fallback order: Traditional falls back to Simplified Chinese, other languages to English, then zh-CN. */
export function fallbackChain(tag: string): string[] {
  if (tag === 'zh-CN') return [];
  if (tag === 'zh-Hant' || tag === 'en') return ['zh-CN'];
  return ['en', 'zh-CN'];
}

function mergeDeep(base: LocaleTable, extra: LocaleTable): LocaleTable {
  const out: LocaleTable = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? mergeDeep(current, value) : value;
  }
  return out;
}

/**
 * Register strings for a locale: a new language a partner adds (any BCP 47 tag), or overrides of
 * shipped strings, merged key by key. Takes effect for instances created afterwards.
 */
export function registerLocale(tag: string, resource: LocaleResource): void {
  const existing = overrides.get(tag) ?? {};
  const merged: LocaleResource = { ...existing };
  for (const [ns, table] of Object.entries(resource)) merged[ns] = mergeDeep(existing[ns] ?? {}, table);
  overrides.set(tag, merged);
  for (const key of [...cache.keys()]) if (key.startsWith(`${tag}/`)) cache.delete(key);
}

/** Tags of partner-registered locales, for language pickers. */
export function registeredLocales(): string[] {
  return [...overrides.keys()];
}

async function loadNamespace(tag: string, ns: string): Promise<LocaleTable> {
  const key = `${tag}/${ns}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const loader = LOADERS[tag]?.[ns];
  const shipped = loader ? (await loader()).default : {};
  const extra = overrides.get(tag)?.[ns];
  const table = extra ? mergeDeep(shipped, extra) : shipped;
  cache.set(key, table);
  return table;
}

/** Load some namespaces of one locale (shipped strings plus registered overrides). */
export async function loadLocale(tag: string, namespaces: readonly string[]): Promise<LocaleResource> {
  const tables = await Promise.all(namespaces.map((ns) => loadNamespace(tag, ns)));
  return Object.fromEntries(namespaces.map((ns, i) => [ns, tables[i] ?? {}]));
}

function pickTag(lang: string | null | undefined): string {
  if (lang && overrides.has(lang)) return lang;
  return resolveLocale(lang ?? DEFAULT_LOCALE);
}

/**
 * A fresh i18next instance for one language, with the given namespaces and their fallbacks
 * loaded. Each component tree gets its own, so two languages can live on one page.
 */
export async function createI18n(
  lang: string | null | undefined,
  namespaces: readonly string[] = ['common'],
): Promise<I18n> {
  const tag = pickTag(lang);
  const chain = [tag, ...fallbackChain(tag)];
  const all = [...new Set(['common', ...namespaces])];
  const resources: Record<string, LocaleResource> = {};
  await Promise.all(chain.map(async (code) => (resources[code] = await loadLocale(code, all))));
  return createI18nSync(tag, resources);
}

/** For callers that already hold resources (Node, tests): no dynamic import, ready at once. */
export function createI18nSync(lang: string, resources: Record<string, LocaleResource>): I18n {
  const tag = pickTag(lang);
  const instance = i18next.createInstance();
  void instance.init({
    lng: tag,
    fallbackLng: fallbackChain(tag),
    resources,
    ns: [...new Set(Object.values(resources).flatMap((r) => Object.keys(r)))],
    defaultNS: 'common',
    initAsync: false,
    interpolation: {
      // Lit and the server's HTML templates escape on output; escaping here would double it.
      escapeValue: false,
    },
    returnNull: false,
  });
  return instance;
}
