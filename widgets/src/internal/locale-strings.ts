import { registerLocale, type LocaleResource } from '@yizhan/i18n';
import { clearLocalizationCache } from './localize.js';

/**
 * Add a language or override shipped strings, merged key by key, and re-render every component
 * already on the page with them: call it before or after the components load.
 */
export function setLocaleStrings(tag: string, strings: LocaleResource): void {
  registerLocale(tag, strings);
  clearLocalizationCache();
}
