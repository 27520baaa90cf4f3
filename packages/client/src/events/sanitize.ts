/**
 * Demand events say what people look for, never who they are. People paste phone numbers,
 * resident ID numbers, application numbers and e-mail addresses into search boxes; those are
 * masked here, before anything leaves the device. Short numbers stay: `12330` (the IP hotline),
 * a year, a Nice class are exactly the demand we want to see.
 */

/** The server cuts queries at 64 characters too; cutting here sends less. */
export const MAX_QUERY_LENGTH = 64;

const EMAIL = /[^\s@]+@[^\s@]+/g;
/** Long letter-and-digit codes (unified social credit codes, passport numbers) with at least 6 digits. */
const LONG_CODE = /[0-9a-z]{15,}/g;
/** Runs of 7 or more digits, allowing the spaces and hyphens people type in phone numbers; ID numbers may end in X. */
const DIGIT_RUN = /\d(?:[ -]?\d){6,}x?/g;

export function cleanQuery(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const query = raw
    // Full-width digits (１３８…) become ASCII first, so they are masked too.
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(EMAIL, '*@*')
    .replace(LONG_CODE, (code) => ((code.match(/\d/g)?.length ?? 0) >= 6 ? '#'.repeat(code.length) : code))
    .replace(DIGIT_RUN, (run) => run.replace(/[\dx]/g, '#'));
  const cut = Array.from(query).slice(0, MAX_QUERY_LENGTH).join('').trim();
  return cut === '' ? undefined : cut;
}

const ITEM_ID = /^[A-Za-z0-9._-]{1,64}$/;
export const cleanItemId = (raw: unknown): string | undefined =>
  typeof raw === 'string' && ITEM_ID.test(raw) ? raw : undefined;

export const cleanCount = (raw: unknown): number | undefined =>
  Number.isSafeInteger(raw) && (raw as number) >= 0 ? Math.min(raw as number, 1_000_000) : undefined;
