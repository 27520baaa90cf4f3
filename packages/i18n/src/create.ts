import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { DEFAULT_LOCALE, resolveLocale, type LocaleTag } from './locales-list.js';
import type { LocaleResource } from './resource.js';

export type { I18n, TFunction };

/**
 * Loaders for each shipped locale. Dynamic imports keep a page from downloading languages it
 * never shows; bundlers split each into its own chunk.
 */
const loaders: Record<LocaleTag, () => Promise<{ default: LocaleResource }>> = {
  'zh-CN': () => import('./locales/zh-CN.js'),
  'zh-Hant': () => import('./locales/zh-Hant.js'),
  en: () => import('./locales/en.js'),
  ja: () => import('./locales/ja.js'),
  ug: () => import('./locales/ug.js'),
};

const cache = new Map<string, LocaleResource>();
/** Partner-supplied strings, merged over the shipped ones (see docs/theming.md#strings). */
const overrides = new Map<string, LocaleResource>();

/** Fallback order: Traditional falls back to Simplified Chinese, everything else to English, then zh-CN. */
export function fallbackChain(tag: string): string[] {
  if (tag === 'zh-CN') return [];
  if (tag === 'zh-Hant') return ['zh-CN'];
  if (tag === 'en') return ['zh-CN'];
  return ['en', 'zh-CN'];
}

function mergeDeep(base: LocaleResource, extra: LocaleResource): LocaleResource {
  const out: LocaleResource = structuredClone(base);
  const merge = (target: Record<string, unknown>, source: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(source)) {
      const current = target[key];
      if (value && typeof value === 'object' && current && typeof current === 'object') {
        merge(current as Record<string, unknown>, value as Record<string, unknown>);
      } else {
        target[key] = value;
      }
    }
  };
  merge(out as Record<string, unknown>, extra as Record<string, unknown>);
  return out;
}

/**
 * Register strings for a locale: a new language a partner adds, or overrides of shipped strings
 * (merged key by key). Call before components render, or call `changeLanguage` after.
 */
export function registerLocale(tag: string, resource: LocaleResource): void {
  const existing = overrides.get(tag);
  overrides.set(tag, existing ? mergeDeep(existing, resource) : resource);
  cache.delete(tag);
}

export async function loadLocale(tag: string): Promise<LocaleResource> {
  const cached = cache.get(tag);
  if (cached) return cached;
  const loader = (loaders as Record<string, (() => Promise<{ default: LocaleResource }>) | undefined>)[tag];
  const shipped = loader ? (await loader()).default : {};
  const extra = overrides.get(tag);
  const resource = extra ? mergeDeep(shipped, extra) : shipped;
  cache.set(tag, resource);
  return resource;
}

/** For code that already holds resources (tests, the CLI): no dynamic import. */
export function preloadLocale(tag: string, resource: LocaleResource): void {
  const extra = overrides.get(tag);
  cache.set(tag, extra ? mergeDeep(resource, extra) : resource);
}

/**
 * A fresh i18next instance for one language with its fallbacks loaded. Each component tree or
 * request gets its own instance so two languages can live on one page.
 */
export async function createI18n(lang?: string | null): Promise<I18n> {
  const tag = registeredOrResolved(lang);
  const chain = [tag, ...fallbackChain(tag)];
  const resources: Record<string, LocaleResource> = {};
  for (const code of chain) resources[code] = await loadLocale(code);
  return initInstance(tag, resources);
}

/** Synchronous variant for Node callers that preloaded resources. */
export function createI18nSync(lang: string, resources: Record<string, LocaleResource>): I18n {
  return initInstance(registeredOrResolved(lang), resources);
}

function registeredOrResolved(lang: string | null | undefined): string {
  if (lang && overrides.has(lang)) return lang;
  return resolveLocale(lang ?? DEFAULT_LOCALE);
}

function initInstance(tag: string, resources: Record<string, LocaleResource>): I18n {
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
