/**
 * search-index.json, format 2. Everything the runtime needs is precomputed here (tokens,
 * postings, pinyin, the folding pairs), so `SearchEngine.load` only wraps the parsed JSON.
 * Format 2 added `fold` (format 1 engines carried the whole folding table in their code).
 */
export const SEARCH_FORMAT_VERSION = 2 as const;

/**
 * Entry fields, one character each: item `n`ame, `s`ynonym, su`m`mary, `c`ategory label,
 * implementation `k`ode; `o`utlet name and outlet `a`ddress.
 */
export type FieldCode = 'n' | 's' | 'm' | 'c' | 'k' | 'o' | 'a';

/** Fields short enough to carry unigram and pinyin tokens and to earn exact/prefix bonuses. */
export const SHORT_FIELDS: ReadonlySet<string> = new Set(['n', 's', 'c', 'k', 'o']);

export interface SearchIndexData {
  formatVersion: typeof SEARCH_FORMAT_VERSION;
  catalogueVersion: string;
  /** One character per document: `i` service item, `o` outlet. */
  kinds: string;
  /** Document ids, in ascending order (code units; an item before an outlet of the same id). */
  ids: string[];
  /**
   * Documents sharing one entry: a synonym or summary several items have word for word, or a
   * category label (shared by every item of the category). An entry's `doc` of -1 - g means
   * `groups[g]`.
   */
  groups: number[][];
  /**
   * Searchable texts, one per (field, distinct text). `text` is the normalized text
   * without spaces (kept for short fields only); `py` has one character per `text` character:
   * the syllable code (U+0100 + index into `pinyin.syllables`) of a hanzi, a space otherwise.
   */
  entries: { doc: number[]; field: string; text: string[]; py: string[] };
  /** Token → sorted entry numbers, delta-encoded (see postings.ts). */
  postings: Record<string, string>;
  /** Latin words (stemmed), numbers and codes that have postings, sorted, for prefix and typo search. */
  words: string[];
  /**
   * Latin words as written where that differs from their stem (indication → indic), sorted:
   * typos are measured against what people type, then looked up by stem.
   */
  forms: string[];
  /**
   * Query-time pinyin: toneless syllables (space-separated, `ü` written `v`) and, per syllable,
   * the characters that can be read so: the common characters and every character of the catalogue.
   */
  pinyin: { syllables: string; chars: Record<string, string> };
  /**
   * Traditional → Simplified folding for queries and highlighted text: each Traditional character
   * followed by its Simplified form, only for Simplified forms this catalogue's texts contain
   * (other Traditional characters cannot match anything; for homophones, those whose Simplified
   * form has a reading are listed in `pinyin.chars` under that reading instead).
   */
  fold: string;
  /** Catalogue words for on-screen pinyin keyboards, most frequent first, with syllable codes. */
  lexicon: { words: string[]; py: string[] };
}

/** Syllable code character for syllable number `index`. */
export const syllableCode = (index: number): string => String.fromCharCode(0x100 + index);
export const syllableIndex = (code: string): number => code.charCodeAt(0) - 0x100;

/** Token prefixes: `~` syllable bigram codes, `^` first letters of consecutive syllables. */
export const SYLLABLE_KEY = '~';
export const INITIALS_KEY = '^';
