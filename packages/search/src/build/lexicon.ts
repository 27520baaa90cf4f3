/**
 * Words for on-screen pinyin keyboards, mined from the catalogue's short texts: an n-gram of
 * two to four hanzi is a word when it recurs in varied company on both sides (商标 follows
 * 注册, 申请 … and precedes 注册, 续展 …; 标注 only ever follows 商, and 商标注 only ever starts a
 * name), plus whole short names and single characters. Most frequent first.
 */
import { isHan } from '../text.js';

export interface HanText {
  text: string;
  /** Syllable per character, undefined for non-hanzi. */
  syllables: Array<string | undefined>;
}

const MAX_WORDS = 4000;

export function mineLexicon(texts: readonly HanText[]): Array<{ word: string; syllables: string[] }> {
  const stats = new Map<string, { count: number; left: Set<string>; right: Set<string>; syllables: string[] }>();
  const whole = new Map<string, string[]>();
  for (const { text, syllables } of texts) {
    for (let i = 0; i < text.length;) {
      if (!isHan(text.charCodeAt(i)) || !syllables[i]) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < text.length && isHan(text.charCodeAt(j)) && syllables[j]) j++;
      if (j - i >= 2 && j - i <= 6) whole.set(text.slice(i, j), syllables.slice(i, j) as string[]);
      for (let a = i; a < j; a++) {
        for (let n = 1; n <= 4 && a + n <= j; n++) {
          const word = text.slice(a, a + n);
          let s = stats.get(word);
          if (!s) {
            s = { count: 0, left: new Set(), right: new Set(), syllables: syllables.slice(a, a + n) as string[] };
            stats.set(word, s);
          }
          s.count++;
          // A text edge counts as one more context, the same every time it occurs.
          s.left.add(a === i ? '^' : text[a - 1]!);
          s.right.add(a + n === j ? '$' : text[a + n]!);
        }
      }
      i = j;
    }
  }
  const words: Array<{ word: string; syllables: string[]; count: number }> = [];
  for (const [word, s] of stats) {
    const branching = s.count >= 2 && s.left.size >= 2 && s.right.size >= 2;
    if (word.length === 1 || branching || whole.has(word)) words.push({ word, syllables: s.syllables, count: s.count });
  }
  // Whole names of five or six characters are kept too (n-grams stop at four).
  for (const [word, syllables] of whole) if (!stats.has(word)) words.push({ word, syllables, count: 1 });
  words.sort((a, b) => b.count - a.count || b.word.length - a.word.length || (a.word < b.word ? -1 : 1));
  return words.slice(0, MAX_WORDS).map(({ word, syllables }) => ({ word, syllables }));
}
