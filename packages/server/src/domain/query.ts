/** Longest query kept for the demand dashboard, in code points. */
export const MAX_QUERY_LENGTH = 64;

/**
 * A run of digits with anything people put between digit groups: spaces, dots, underscores,
 * slashes, middle dots and every kind of dash (full-width forms are already ASCII after NFKC).
 * "138.0013.8000" and "138_0013_8000" are a phone number as much as "138 0013 8000" is. A
 * trailing x is the check character of a resident ID. Separators must sit between two digits,
 * so the words around a number are kept.
 */
const DIGIT_RUN = /[0-9](?:[\s._/·\p{Pd}\u2212]*[0-9])*x?/gu;
const MASK_FROM_DIGITS = 7;

/**
 * Demand queries are counted, never tied to a person, but people type their own numbers and
 * addresses into search boxes. Long digit runs (mobile, ID, application numbers) and email
 * addresses are masked before anything is stored.
 */
export function normalizeQuery(raw: string): string {
  const text = raw
    .normalize('NFKC')
    .replace(/\p{Cc}|\p{Cf}/gu, ' ')
    .toLowerCase()
    .replace(/[^\s@]+@[^\s@]+/g, '＠')
    .replace(DIGIT_RUN, (run) => (run.replace(/[^0-9]/g, '').length >= MASK_FROM_DIGITS ? '#' : run))
    .replace(/\s+/g, ' ')
    .trim();
  return [...text].slice(0, MAX_QUERY_LENGTH).join('').trim();
}
