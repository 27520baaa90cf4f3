/** The locales Yizhan ships. `complete` locales must carry every key (checked in `npm test`). */
export const LOCALES = [
  { tag: 'zh-CN', name: '简体中文', dir: 'ltr', complete: true },
  { tag: 'zh-Hant', name: '繁體中文', dir: 'ltr', complete: false },
  { tag: 'en', name: 'English', dir: 'ltr', complete: true },
  { tag: 'ja', name: '日本語', dir: 'ltr', complete: false },
  { tag: 'ug', name: 'ئۇيغۇرچە', dir: 'rtl', complete: false },
] as const;

export type LocaleTag = (typeof LOCALES)[number]['tag'];
export const DEFAULT_LOCALE: LocaleTag = 'zh-CN';
export const LOCALE_TAGS: readonly LocaleTag[] = LOCALES.map((l) => l.tag);

/**
 * Map any BCP 47 tag a page or browser may give (zh, zh-TW, zh-Hans-CN, en-GB, ug-CN…) to the
 * closest shipped locale. Traditional-script regions (TW, HK, MO) go to zh-Hant.
 */
export function resolveLocale(tag: string | null | undefined): LocaleTag {
  if (!tag) return DEFAULT_LOCALE;
  let lower = tag.trim().toLowerCase().replace(/_/g, '-');
  if (!lower) return DEFAULT_LOCALE;
  const exact = LOCALE_TAGS.find((t) => t.toLowerCase() === lower);
  if (exact) return exact;
  if (lower.startsWith('zh')) {
    // The script subtag decides before the region: zh-Hans-HK is Simplified Chinese.
    if (/-hans(-|$)/.test(lower)) return 'zh-CN';
    if (/-(hant|tw|hk|mo)(-|$)/.test(lower)) return 'zh-Hant';
    return 'zh-CN';
  }
  lower = lower.split('-')[0] ?? lower;
  return LOCALE_TAGS.find((t) => t.toLowerCase() === lower) ?? DEFAULT_LOCALE;
}

export function localeDirection(tag: string): 'ltr' | 'rtl' {
  const resolved = resolveLocale(tag);
  return LOCALES.find((l) => l.tag === resolved)?.dir ?? 'ltr';
}
