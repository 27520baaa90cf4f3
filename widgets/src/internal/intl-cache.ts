/**
 * Intl formatters are costly to build (each one loads locale data) and cheap to reuse; lists of
 * outlets and guides format hundreds of numbers, times and lists per render. One formatter per
 * language and options, for the life of the page.
 */
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.DisplayNames;

const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(kind: string, lang: string, options: object | undefined, make: () => T): T {
  const key = `${kind}|${lang}|${options ? JSON.stringify(options) : ''}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export const numberFormat = (lang: string, options?: Intl.NumberFormatOptions) =>
  cached('n', lang, options, () => new Intl.NumberFormat(lang, options));

export const dateFormat = (lang: string, options?: Intl.DateTimeFormatOptions) =>
  cached('d', lang, options, () => new Intl.DateTimeFormat(lang, options));

export const listFormat = (lang: string, options?: Intl.ListFormatOptions) =>
  cached('l', lang, options, () => new Intl.ListFormat(lang, options));

/** Throws a RangeError for a language tag the browser cannot parse, as the constructor does. */
export const displayNames = (lang: string, options: Intl.DisplayNamesOptions) =>
  cached('dn', lang, options, () => new Intl.DisplayNames(lang, options));
