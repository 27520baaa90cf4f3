export {
  LOCALES,
  LOCALE_TAGS,
  DEFAULT_LOCALE,
  resolveLocale,
  localeDirection,
  type LocaleTag,
} from './locales-list.js';
export {
  createI18n,
  createI18nSync,
  loadLocale,
  registeredLocales,
  registerLocale,
  fallbackChain,
  type I18n,
  type TFunction,
} from './create.js';
export { zodErrorMap, type ErrorMapOptions, type ZodIssueLike } from './zod-error-map.js';
export type { LocaleResource, LocaleTable } from './resource.js';
