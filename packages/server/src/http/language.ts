import type { TFunction } from '@yizhan/i18n';
import { LOCALE_TAGS, resolveLocale, type LocaleTag } from '@yizhan/i18n';
import { i18nFor } from '@yizhan/i18n/node';

const SHIPPED_BASES = new Set(LOCALE_TAGS.map((t) => t.split('-')[0]!.toLowerCase()));

/**
 * The language of a request's messages from `Accept-Language` (RFC 9110 quality values): the
 * first tag, by weight, whose language Yizhan ships; zh-CN when none does or the header is junk.
 */
export function languageFrom(header: string | undefined): LocaleTag {
  if (!header || header.length > 512) return 'zh-CN';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([01](\.\d{0,3})?)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(r.tag) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const match = ranked.find((r) => SHIPPED_BASES.has(r.tag.split('-')[0]!.toLowerCase()));
  return match ? resolveLocale(match.tag) : 'zh-CN';
}

export function translator(lang: string): TFunction {
  return i18nFor(lang).t;
}
