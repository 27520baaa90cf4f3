/**
 * English words written as one word or two: British and Hong Kong usage writes "trade mark",
 * American "trademark". The index carries both shapes for a text that has either, so a query
 * written the other way finds it (the runtime engine, held to its size budget, does not split or
 * join words itself).
 */
const COMPOUNDS: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['trademark', ['trade', 'mark']],
  ['copyright', ['copy', 'right']],
  ['website', ['web', 'site']],
  ['database', ['data', 'base']],
  ['homepage', ['home', 'page']],
  ['hotline', ['hot', 'line']],
]);

/** Joined stems for neighbouring words (trade mark → trademark), both parts for a joined one. */
export function compoundTokens(words: readonly string[], stem: (word: string) => string): string[] {
  const out: string[] = [];
  words.forEach((word, i) => {
    const parts = COMPOUNDS.get(stem(word));
    if (parts) out.push(...parts);
    const joined = stem(word + (words[i + 1] ?? ''));
    if (i + 1 < words.length && COMPOUNDS.has(joined)) out.push(joined);
  });
  return out;
}
