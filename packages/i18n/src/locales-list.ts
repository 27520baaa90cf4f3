/** The locales Yizhan ships. `complete` locales must carry every key (checked in `npm test`). */
export const LOCALES = [
  { tag: 'zh-CN', name: '简体中文', dir: 'ltr', complete: true },
  { tag: 'zh-Hant', name: '繁體中文', dir: 'ltr', complete: true },
  { tag: 'en', name: 'English', dir: 'ltr', complete: true },
  { tag: 'ja', name: '日本語', dir: 'ltr', complete: true },
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

/** Scripts written right to left (ISO 15924), for languages a partner registers at run time. */
const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);

/**
 * Writing direction for a tag. A shipped language takes its locale's direction (the strings shown
 * are that locale's); any other tag, such as a partner's `ar` or `fa` added with registerLocale,
 * takes the direction of its script (`ar` → Arab → rtl).
 */
export function localeDirection(tag: string): 'ltr' | 'rtl' {
  const resolved = resolveLocale(tag);
  const normalized = tag.trim().replace(/_/g, '-');
  const language = normalized.split('-')[0]?.toLowerCase() ?? '';
  if (language === resolved.split('-')[0]?.toLowerCase()) return LOCALES.find((l) => l.tag === resolved)?.dir ?? 'ltr';
  try {
    return RTL_SCRIPTS.has(new Intl.Locale(normalized).maximize().script ?? '') ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
