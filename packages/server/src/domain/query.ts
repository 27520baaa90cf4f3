/** Longest query kept for the demand dashboard, in code points. */
export const MAX_QUERY_LENGTH = 64;

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
    .replace(/[0-9][0-9 -]{5,}[0-9x]/g, (run) => (run.replace(/[^0-9]/g, '').length >= 7 ? '#' : run))
    .replace(/\s+/g, ' ')
    .trim();
  return [...text].slice(0, MAX_QUERY_LENGTH).join('').trim();
}
