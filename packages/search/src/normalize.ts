/**
 * Traditional → Simplified folding, one UTF-16 unit each way. The runtime gets it from the index
 * (`SearchIndexData.fold`, only the pairs its catalogue needs); the index builder uses the full
 * generated table. Without one, nothing folds.
 */
export type Folding = ReadonlyMap<string, string>;

/** A flat string of pairs, each Traditional character followed by its Simplified form. */
export function foldingFrom(pairs: string): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs[i]!, pairs[i + 1]!);
  return map;
}

const NO_FOLDING: Folding = new Map();
const MARKS = /\p{M}/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The search form of one code point: compatibility-decomposed (full-width Ａ１ → A1, ㈱ → (株),
 * compatibility ideographs → unified), accents dropped (tone-marked pinyin shāng → shang; ü → v
 * as on pinyin keyboards), lower-cased, Traditional folded to Simplified. Anything that is not a
 * letter or digit becomes a space. Works per code point so highlight offsets map back exactly.
 */
export function foldCodePoint(cp: string, fold: Folding = NO_FOLDING): string {
  if (cp.length === 1) {
    const code = cp.charCodeAt(0);
    // Fast path for ASCII letters and digits, which dominate typed queries.
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return cp;
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    // Unified ideographs have no decomposition or case: only the folding table applies.
    if (code >= 0x4e00 && code <= 0x9fff) return fold.get(cp) ?? cp;
  }
  const folded = fold.get(cp);
  if (folded) return folded;
  const decomposed = cp.normalize('NFKD');
  // ü with or without a tone mark (ǖ ǘ ǚ ǜ) is typed v.
  if (/^[uU]\u0308/.test(decomposed)) return 'v';
  let out = '';
  for (const c of decomposed.replace(MARKS, '').toLowerCase()) {
    out += WORD_CHAR.test(c) ? (fold.get(c) ?? c) : ' ';
  }
  return out;
}

/** Normalized query text: folded code points, runs of separators collapsed to one space. */
export function normalizeQuery(text: string, fold?: Folding): string {
  let out = '';
  for (const cp of text) out += foldCodePoint(cp, fold);
  return out.replace(/ {2,}/g, ' ').trim();
}

/** Folded text with, for every output UTF-16 unit, the [start, end) of its source code point. */
export function normalizeWithOffsets(text: string, fold?: Folding): { text: string; start: number[]; end: number[] } {
  let out = '';
  const start: number[] = [];
  const end: number[] = [];
  let offset = 0;
  for (const cp of text) {
    const folded = foldCodePoint(cp, fold);
    for (let i = 0; i < folded.length; i++) {
      start.push(offset);
      end.push(offset + cp.length);
    }
    out += folded;
    offset += cp.length;
  }
  return { text: out, start, end };
}
