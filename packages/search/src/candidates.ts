/**
 * @yizhan/search/candidates — catalogue words for typed pinyin letters, for an on-screen
 * keyboard (the kiosk's). Apart from the engine so that portals, which have the visitor's own
 * keyboard and IME, do not load it.
 */
import { loadedIndex, type SearchEngine } from './engine.js';
import { syllableIndex } from './format.js';
import { normalizeQuery } from './normalize.js';

export interface PinyinCandidate {
  text: string;
  pinyin: string;
}

/**
 * Catalogue words for typed letters: `sb` → 商标, `zhuanli` → 专利. Words using every letter
 * come first, then longer ones, each by frequency.
 */
export function pinyinCandidates(engine: SearchEngine, letters: string, limit = 10): PinyinCandidate[] {
  const { data, pinyin } = loadedIndex(engine);
  // (Here, not on PinyinTable: only the keyboard needs a syllable's letters back from its code.)
  const syllableOf = (code: string) => pinyin.syllables[syllableIndex(code)] ?? '';
  const typed = normalizeQuery(letters).replace(/[^a-z ]/g, '');
  const units = typed.trim() ? pinyin.parse(typed.trim(), true) : undefined;
  if (!units) return [];
  const exact: PinyinCandidate[] = [];
  const longer: PinyinCandidate[] = [];
  const { words, py } = data.lexicon;
  for (let w = 0; w < words.length && exact.length < limit; w++) {
    const codes = py[w]!;
    if (codes.length < units.length) continue;
    let ok = true;
    for (let i = 0; i < units.length && ok; i++) {
      const syllable = syllableOf(codes[i]!);
      const u = units[i]!;
      ok = u.prefix || !u.full ? syllable.startsWith(u.text) : syllable === u.text;
    }
    if (!ok) continue;
    const candidate = { text: words[w]!, pinyin: [...codes].map((c) => syllableOf(c)).join(' ') };
    (codes.length === units.length ? exact : longer).push(candidate);
  }
  return [...exact, ...longer].slice(0, limit);
}
