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
  const mark = (from: number, to = from + 1) => marked.fill(1, from, to);
  const segs = segment(norm);
  // Marks every place where the units match that many characters in a row; whether there was one.
  const markRuns = (units: readonly SeqUnit[]) => {
    let found = false;
    for (let i = 0; i + units.length <= norm.length; i++) {
      if (units.every((u, k) => unitMatchesChar(u, norm[i + k]!, pinyin))) {
        found = true;
        mark(i, i + units.length);
      }
    }
    return found;
  };
  let first = 0;
  while (first < norm.length && !isHan(norm.charCodeAt(first))) first++;
  query.readings.forEach((reading, r) => {
    const singleUnit = reading.units.length === 1;
    for (const seq of reading.sequences) {
      const u = seq[0]!;
      if (seq.length === 1) {
        // A lone pinyin unit of a longer query would light up every homophone: skip it. A lone
        // pinyin prefix matches where search matched it: the first hanzi.
        if (u.prefix === undefined) {
          if (u.char || singleUnit) markRuns(seq);
        } else if (singleUnit && unitMatchesChar(u, norm[first] ?? '', pinyin)) mark(first);
        continue;
      }
      // A pinyin reading matches whole: mark where the whole sequence runs, so that sbzc does not
      // light up every 标志 and 识产 on the way. Typed pinyin matches only so; pinyin mixed with
      // hanzi may match in pieces, and a literal query in pairs: marked pair by pair.
      if (reading.floor && (markRuns(seq) || reading.letters)) continue;
      for (let k = 0; k + 1 < seq.length; k++) markRuns(seq.slice(k, k + 2));
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
