import { z } from 'zod';
import { ID_PATTERN } from '../constants.js';

/**
 * Custom refinements carry a `yz` message key in `params`; the localized error map in
 * @yizhan/i18n turns it into a sentence, so schemas never hold human text.
 */
export function yzIssue(key: string, values: Record<string, unknown> = {}) {
  return { params: { yz: key, ...values } };
}

export { ID_PATTERN };
export const Id = z.string().regex(ID_PATTERN);

/** BCP 47 language tag, loose on purpose: script and region subtags of any case. */
export const LANGUAGE_TAG_PATTERN = /^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;
export const LanguageTag = z.string().regex(LANGUAGE_TAG_PATTERN);

/** Text in several languages keyed by BCP 47 tag; Simplified Chinese is the one required language. */
export const LocalizedText = z
  .record(LanguageTag, z.string().trim().min(1).max(4000))
  .refine((value) => typeof value['zh-CN'] === 'string', yzIssue('zhCNRequired'));
export type LocalizedText = z.infer<typeof LocalizedText>;

export const HttpUrl = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, yzIssue('httpUrl'));

/** Mainland landlines (010-12345678), mobiles, and short service numbers such as 12330. */
export const PHONE_PATTERN = /^(\+?[0-9][0-9 -]{2,19}[0-9])$/;
export const PhoneNumber = z.string().regex(PHONE_PATTERN);

/** Calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();
/** Date or date-time; lists often only know the day. */
export const IsoDateOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/**
 * GB/T 2260 administrative division code: six digits, the first two a province-level code (11
 * Beijing … 65 Xinjiang, 71 Taiwan, 81 Hong Kong, 82 Macao). Those 34 prefixes are fixed; the
 * city and county digits are not checked, as the standard's full table changes every year.
 */
export const REGION_CODE_PATTERN = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])[0-9]{4}$/;
export const RegionCode = z.string().regex(REGION_CODE_PATTERN);
