/**
 * Node-side entry: every shipped locale loaded synchronously, for the CLI and the server where
 * lazy chunks buy nothing.
 */
import { createI18nSync, fallbackChain, type I18n } from './create.js';
import { resolveLocale } from './locales-list.js';
import type { LocaleResource } from './resource.js';
import zhCN from './locales/zh-CN/index.js';
import zhHant from './locales/zh-Hant/index.js';
import en from './locales/en/index.js';
import ja from './locales/ja/index.js';
import ug from './locales/ug/index.js';

export const SHIPPED_RESOURCES: Record<string, LocaleResource> = {
  'zh-CN': zhCN,
  'zh-Hant': zhHant,
  en,
  ja,
  ug,
};

const instances = new Map<string, I18n>();

/** A shared instance per language (Node callers never change its language). */
export function i18nFor(lang: string | null | undefined): I18n {
  const tag = resolveLocale(lang);
  let instance = instances.get(tag);
  if (!instance) {
    const chain = [tag, ...fallbackChain(tag)];
    instance = createI18nSync(tag, Object.fromEntries(chain.map((c) => [c, SHIPPED_RESOURCES[c] ?? {}])));
    instances.set(tag, instance);
  }
  return instance;
}

export { checkLocaleCompleteness, leafStrings, placeholders, type CompletenessReport } from './completeness.js';
