/**
 * Highlight ranges in display text. Works on the text as shown (Simplified, Traditional or
 * English): it is folded code point by code point with offsets kept, matched against the
 * analyzed query the same way search matches, and the ranges mapped back.
 */
import { normalizeWithOffsets, type Folding } from './normalize.js';
import type { PinyinTable } from './pinyin.js';
import type { AnalyzedQuery, SeqUnit } from './query.js';
import { isHan, segment, wordKind } from './text.js';
import { editDistance, maxTypos, stem } from './words.js';

function unitMatchesChar(u: SeqUnit, char: string, pinyin: PinyinTable): boolean {
  if (!isHan(char.charCodeAt(0))) return false;
  if (u.char === char) return true;
  const readings = pinyin.readings(char);
  if (u.prefix !== undefined) return readings.some((s) => pinyin.syllables[s]!.startsWith(u.prefix!));
  return readings.some((s) => u.syls.includes(s));
}

/** How much of a display word a query word highlights: all of it, its start, or nothing. */
function wordMatch(word: string, q: string): number {
  if (word === q) return word.length;
  if (wordKind(q) !== 'alpha') {
    const at = word.indexOf(q);
    return at === 0 ? q.length : 0;
  }
  if (word.startsWith(q)) return q.length;
  const sw = stem(word);
  const sq = stem(q);
  if (sw === sq || (sq.startsWith(sw) && sw.length >= 4 && q.length - sw.length <= 4)) return word.length;
  const max = maxTypos(q.length);
  if (max > 0 && Math.min(editDistance(q, word, max), editDistance(sq, sw, max)) <= max) return word.length;
  return 0;
}

export function highlightRanges(
  text: string,
  query: AnalyzedQuery,
  pinyin: PinyinTable,
  fold: Folding,
): Array<[number, number]> {
  const folded = normalizeWithOffsets(text, fold);
  const norm = folded.text;
  const marked = new Uint8Array(norm.length);
  const mark = (from: number, to: number) => marked.fill(1, from, to);
  const segs = segment(norm);
  query.readings.forEach((reading, r) => {
    const singleUnit = reading.units.length === 1;
    for (const seq of reading.sequences) {
      if (seq.length === 1) {
        const u = seq[0]!;
        // A lone pinyin unit of a longer query would light up every homophone: skip it.
        if (!u.char && !singleUnit) continue;
        for (const s of segs) {
          if (s.type !== 'han') continue;
          for (let i = 0; i < s.text.length; i++) {
            // A lone pinyin prefix matches where search matched it: the first hanzi.
            if (!u.char && u.prefix !== undefined && (i > 0 || s !== segs.find((x) => x.type === 'han'))) continue;
            if (unitMatchesChar(u, s.text[i]!, pinyin)) mark(s.start + i, s.start + i + 1);
          }
        }
        continue;
      }
      for (let k = 0; k + 1 < seq.length; k++) {
        const a = seq[k]!;
        const b = seq[k + 1]!;
        // Sound-alike pairs of a literal hanzi query only where they are not the exact text.
        for (let i = 0; i + 1 < norm.length; i++) {
          if (unitMatchesChar(a, norm[i]!, pinyin) && unitMatchesChar(b, norm[i + 1]!, pinyin)) mark(i, i + 2);
        }
      }
    }
    if (r > 0 && reading.words.length === 0) return;
    for (const s of segs) {
      if (s.type !== 'word') continue;
      for (const q of reading.words) {
        const length = wordMatch(s.text, q.text);
        if (length) mark(s.start, s.start + length);
      }
    }
  });
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < norm.length; i++) {
    if (!marked[i]) continue;
    let j = i;
    while (j + 1 < norm.length && marked[j + 1]) j++;
    const start = folded.start[i]!;
    const end = folded.end[j]!;
    const last = ranges[ranges.length - 1];
    if (last && last[1] >= start) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
    i = j;
  }
  return ranges;
}
