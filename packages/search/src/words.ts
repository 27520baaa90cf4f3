/** Latin-script words: stop words, a light stemmer and bounded edit distance. */

export const EN_STOP_WORDS: ReadonlySet<string> = new Set(
  'a an the of to for in on at by with and or my our i me we you your how do does did is are can could what where when who which please need want get about from this that it its into'.split(
    ' ',
  ),
);

export const SUFFIXES = [
  'ations',
  'ation',
  'ings',
  'ing',
  'ments',
  'ment',
  'ions',
  'ion',
  'als',
  'al',
  'ers',
  'er',
  'ed',
  'es',
  's',
];

/**
 * Strips one common English suffix so renewal/renew, patents/patent, registering/register meet.
 * Deliberately light: prefix matching covers what a stemmer like Porter's would add, and it
 * must never merge unrelated short words (stems stay at least four letters).
 */
export function stem(word: string): string {
  if (word.length <= 4 || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 5) return `${word.slice(0, -3)}y`;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) {
      if (suffix === 's' && word.endsWith('ss')) return word;
      return word.slice(0, -suffix.length);
    }
  }
  return word;
}

/** Typos tolerated for a word of this length: none below 4 letters, 1 up to 7, 2 from 8. */
export function maxTypos(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/**
 * Optimal-string-alignment distance (insert, delete, substitute, swap neighbours), or
 * `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (n + 1 > rows[0]!.length) for (let r = 0; r < 3; r++) rows[r] = new Int32Array(n + 1);
  let prev2 = rows[0]!;
  let prev = rows[1]!;
  let cur = rows[2]!;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n]!, max + 1);
}

/** Rows reused by every call: typo matching runs on each keystroke and must not allocate. */
const rows: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];
