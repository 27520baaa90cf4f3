/**
 * Query analysis: normalized text → units (what must be covered) and tokens (index keys that
 * cover them). A query has one literal reading and, when its Latin letters read as pinyin, a
 * pinyin reading; the engine scores both and keeps the better one per document.
 */
import { INITIALS_KEY, SYLLABLE_KEY, syllableCode } from './format.js';
import { normalizeQuery, type Folding } from './normalize.js';
import { isAbbreviation, parseInitials, plausiblePinyin, type PinyinTable, type PinyinUnit } from './pinyin.js';
import { segment, wordKind, type Segment } from './text.js';
import { EN_STOP_WORDS, SUFFIXES, editDistance, maxTypos, stem } from './words.js';

/** Coverage quality: exact text, near (pinyin, prefix, one typo), homophone or two typos. */
export type Tier = 0 | 1 | 2;
export const TIER_VALUE = [1, 0.85, 0.65] as const;
export const TIERS = 3;

/** Weight of question words (怎么办, how, the …): they may match but are never required. */
export const STOP_WEIGHT = 0.15;
export const MAX_UNITS = 32;

/** Function words and question phrases of colloquial Chinese queries, longest first. */
const ZH_STOP =
  '为什么 怎么办 怎么样 怎么 如何 怎样 哪里 哪儿 在哪 什么 我想 我要 想要 请问 需要 可以 能否 是否 应该 一下 吗 呢 吧 啊 了 的 我 要 该 去'.split(
    ' ',
  );

export interface QueryUnit {
  text: string;
  weight: number;
}

/** A unit of a hanzi/pinyin sequence, for pair keys and for verifying pinyin matches. */
export interface SeqUnit {
  unit: number;
  char?: string;
  /** Syllable numbers this unit matches exactly (every reading of a hanzi). */
  syls: number[];
  /** Matches any syllable starting with this (an initial, or the syllable being typed). */
  prefix?: string;
  /** Per syllable number, 1 where this unit matches: filled by the engine on first use. */
  table?: Uint8Array;
}

export interface Token {
  key: string;
  /** Bitmask of the units it covers. */
  units: number;
  tier: Tier;
  /** A key of first letters only (`^z` for `zhu`): the entry's first syllable must be checked. */
  verify?: SeqUnit;
}

export interface Reading {
  units: QueryUnit[];
  tokens: Token[];
  /** Hanzi/pinyin sequences and Latin words, kept for highlighting. */
  sequences: SeqUnit[][];
  words: Array<{ text: string; unit: number }>;
  /** Content units without spaces, compared with entry texts for exact and prefix bonuses. */
  compact: string;
  /** For an all-pinyin reading: the letters, compared with entries' pinyin and initials. */
  letters?: string;
  abbreviation?: boolean;
  /**
   * The query as one run of sounds (hanzi and/or pinyin, content units only), compared with
   * entries' syllables for exact and prefix bonuses when the characters differ (homophones).
   */
  sounds?: SeqUnit[];
  /**
   * Share of content units that must match, when stricter than the default: typed pinyin has
   * no filler words and initials are ambiguous, so a pinyin reading must match in full.
   */
  floor?: number;
}

export interface AnalyzedQuery {
  normalized: string;
  readings: Reading[];
}

/** What analysis needs from the loaded index. */
export interface Vocabulary {
  pinyin: PinyinTable;
  /** Traditional → Simplified pairs of the index. */
  fold: Folding;
  /** Sorted Latin terms. */
  words: readonly string[];
  /** Surface forms of stemmed words, for typo matching. */
  forms: readonly string[];
  /** Postings size of a term, to keep the most useful prefix expansions. */
  weight(term: string): number;
}

const MAX_EXPANSIONS = 40;

function lowerBound(words: readonly string[], target: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const hasWord = (words: readonly string[], w: string) => words[lowerBound(words, w)] === w;

function prefixRange(vocab: Vocabulary, prefix: string, exclude: string): string[] {
  const out: string[] = [];
  for (let i = lowerBound(vocab.words, prefix); i < vocab.words.length; i++) {
    const w = vocab.words[i]!;
    if (!w.startsWith(prefix)) break;
    if (w !== exclude) out.push(w);
  }
  if (out.length <= MAX_EXPANSIONS) return out;
  return out
    .map((w) => [w, vocab.weight(w)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_EXPANSIONS)
    .map(([w]) => w);
}

/** Tokens for one Latin word, number or code. */
export function wordTokens(word: string, bit: number, open: boolean, vocab: Vocabulary): Token[] {
  const kind = wordKind(word);
  const tokens: Token[] = [];
  const add = (key: string, tier: Tier) => tokens.push({ key, units: bit, tier });
  if (kind !== 'alpha') {
    if (hasWord(vocab.words, word)) add(word, 0);
    if (word.length >= 2) for (const w of prefixRange(vocab, word, word)) add(w, 1);
    return tokens;
  }
  const stemmed = stem(word);
  if (hasWord(vocab.words, stemmed)) add(stemmed, 0);
  // One letter says too little to expand (every word starting with s); pinyin initials cover it.
  if ((open && word.length >= 2) || word.length >= 4) for (const w of prefixRange(vocab, word, stemmed)) add(w, 1);
  const direct = tokens.length;
  // The word extends a known one by a suffix being typed or inflected (renewa → renew).
  for (let len = word.length - 1; len >= Math.max(4, word.length - 5); len--) {
    const head = word.slice(0, len);
    const tail = word.slice(len);
    if (head !== stemmed && SUFFIXES.some((x) => x.startsWith(tail)) && hasWord(vocab.words, head)) {
      add(head, 1);
      break;
    }
  }
  if (direct === 0) {
    const max = maxTypos(word.length);
    if (max > 0) {
      // Like most engines, trust the first letter (or a swap of the first two): it keeps the
      // scan to a slice of the sorted vocabulary and rarely costs a real match.
      const best = new Map<string, number>();
      const scan = (list: readonly string[], first: string, second: string | undefined, stemmed: boolean) => {
        for (let i = lowerBound(list, first); i < list.length && list[i]![0] === first; i++) {
          const candidate = list[i]!;
          if (second !== undefined && candidate[1] !== second) continue;
          if (Math.abs(candidate.length - word.length) > max) continue;
          const d = editDistance(word, candidate, max);
          const key = stemmed ? stem(candidate) : candidate;
          if (d <= max && d < (best.get(key) ?? Infinity)) best.set(key, d);
        }
      };
      for (const [first, second] of [
        [word[0]!, undefined],
        [word[1]!, word[0]!],
      ] as const) {
        scan(vocab.words, first, second, false);
        scan(vocab.forms, first, second, true);
      }
      for (const [key, d] of best) add(key, d <= 1 ? 1 : 2);
    }
  }
  return tokens;
}

function hanUnit(char: string, unit: number, pinyin: PinyinTable): SeqUnit {
  return { unit, char, syls: pinyin.readings(char) };
}

function pinyinSeqUnit(u: PinyinUnit, unit: number, pinyin: PinyinTable, abbreviation: boolean): SeqUnit {
  if (u.full && !u.prefix && !abbreviation) {
    const code = pinyin.code(u.text);
    return { unit, syls: code ? [code.charCodeAt(0) - 0x100] : [] };
  }
  return { unit, syls: [], prefix: u.text };
}

/** Syllables a unit can be: its readings, or every syllable its typed letters begin. */
export function syllablesOf(u: SeqUnit, pinyin: PinyinTable): number[] {
  if (u.prefix === undefined) return u.syls;
  const out: number[] = [];
  pinyin.syllables.forEach((s, i) => s.startsWith(u.prefix!) && out.push(i));
  return out;
}

/** Keys covering a hanzi/pinyin sequence: pairs of neighbours, or the unit alone. */
export function sequenceTokens(seq: readonly SeqUnit[], pinyin: PinyinTable): Token[] {
  const tokens: Token[] = [];
  if (seq.length === 1) {
    const u = seq[0]!;
    const bit = 2 ** u.unit;
    if (u.char) tokens.push({ key: u.char, units: bit, tier: 0 });
    else if (u.prefix) {
      // A one-letter prefix is exactly what the key says; a longer one must be checked.
      tokens.push({
        key: INITIALS_KEY + u.prefix[0],
        units: bit,
        tier: 1,
        ...(u.prefix.length > 1 ? { verify: u } : {}),
      });
      const full = pinyin.isSyllable(u.prefix) ? pinyin.charsOf(u.prefix) : '';
      for (const c of full) tokens.push({ key: c, units: bit, tier: 1 });
    } else {
      for (const s of u.syls)
        for (const c of pinyin.charsOf(pinyin.syllables[s]!)) {
          tokens.push({ key: c, units: bit, tier: 1 });
        }
    }
    return tokens;
  }
  for (let i = 0; i + 1 < seq.length; i++) {
    const a = seq[i]!;
    const b = seq[i + 1]!;
    const bits = 2 ** a.unit + 2 ** b.unit;
    if (a.char && b.char) tokens.push({ key: a.char + b.char, units: bits, tier: 0 });
    // A character inserted or dropped (忘记交 for 忘交): pair the neighbours around one character.
    const c = seq[i + 2];
    if (a.char && b.char && c?.char) tokens.push({ key: a.char + c.char, units: 2 ** a.unit + 2 ** c.unit, tier: 1 });
    if (!a.prefix && !b.prefix) {
      const tier: Tier = a.char && b.char ? 2 : 1;
      for (const sa of a.syls.slice(0, 4)) {
        for (const sb of b.syls.slice(0, 4)) {
          tokens.push({ key: SYLLABLE_KEY + syllableCode(sa) + syllableCode(sb), units: bits, tier });
        }
      }
    } else if (a.prefix?.length === 1 && b.prefix?.length === 1) {
      // Two initials (sb): exactly what the key says.
      tokens.push({ key: INITIALS_KEY + a.prefix + b.prefix, units: bits, tier: 1 });
    } else {
      // A syllable beside one being typed (biao·z…): every pair of syllables they can be, keyed
      // exactly, so that no entry has to be checked syllable by syllable.
      const next = syllablesOf(b, pinyin);
      for (const x of syllablesOf(a, pinyin))
        for (const y of next)
          tokens.push({ key: SYLLABLE_KEY + syllableCode(x) + syllableCode(y), units: bits, tier: 1 });
    }
  }
  return tokens;
}

function markStops(text: string): boolean[] {
  const stop = new Array<boolean>(text.length).fill(false);
  for (let i = 0; i < text.length;) {
    const phrase = ZH_STOP.find((p) => text.startsWith(p, i));
    if (phrase) {
      stop.fill(true, i, i + phrase.length);
      i += phrase.length;
    } else i++;
  }
  return stop;
}

interface Builder {
  units: QueryUnit[];
  tokens: Token[];
  sequences: SeqUnit[][];
  words: Array<{ text: string; unit: number }>;
  compact: string;
}

const builder = (): Builder => ({ units: [], tokens: [], sequences: [], words: [], compact: '' });

function addSequence(b: Builder, seq: SeqUnit[], pinyin: PinyinTable): void {
  if (!seq.length) return;
  b.sequences.push(seq);
  b.tokens.push(...sequenceTokens(seq, pinyin));
}

function addHanRun(b: Builder, seg: Segment, pinyin: PinyinTable): SeqUnit[] {
  const stops = markStops(seg.text);
  const seq: SeqUnit[] = [];
  for (let i = 0; i < seg.text.length && b.units.length < MAX_UNITS; i++) {
    const char = seg.text[i]!;
    const weight = stops[i] ? STOP_WEIGHT : 1;
    b.units.push({ text: char, weight });
    if (weight === 1) b.compact += char;
    seq.push(hanUnit(char, b.units.length - 1, pinyin));
  }
  return seq;
}

function addWord(b: Builder, word: string, open: boolean, vocab: Vocabulary): void {
  if (b.units.length >= MAX_UNITS) return;
  const stop = EN_STOP_WORDS.has(word);
  b.units.push({ text: word, weight: stop ? STOP_WEIGHT : 1 });
  if (stop) return;
  b.compact += word;
  b.words.push({ text: word, unit: b.units.length - 1 });
  b.tokens.push(...wordTokens(word, 2 ** (b.units.length - 1), open, vocab));
}

/** Whole-query weights: a query of nothing but question words is taken at its word. */
function finish(b: Builder, extra: Partial<Reading> = {}): Reading {
  if (b.units.every((u) => u.weight < 1)) {
    for (const u of b.units) u.weight = 1;
    b.compact = b.units.map((u) => u.text).join('');
  }
  const only = b.sequences.length === 1 && b.words.length === 0 ? b.sequences[0]! : undefined;
  const sounds = only?.filter((u) => b.units[u.unit]!.weight >= 1);
  return { ...b, ...(sounds?.length ? { sounds } : {}), ...extra };
}

export function analyzeQuery(query: string, vocab: Vocabulary): AnalyzedQuery {
  const normalized = normalizeQuery(query, vocab.fold);
  const open = !/\s$/u.test(query);
  const segs = segment(normalized);
  const readings: Reading[] = [];

  // Literal reading: hanzi runs and words as written.
  const literal = builder();
  segs.forEach((seg, i) => {
    const last = i === segs.length - 1;
    if (seg.type === 'han') addSequence(literal, addHanRun(literal, seg, vocab.pinyin), vocab.pinyin);
    else addWord(literal, seg.text, open && last, vocab);
  });
  if (literal.units.length) readings.push(finish(literal));

  // Pinyin reading: runs of letters that parse as pinyin join their hanzi neighbours.
  const alpha = segs.some((s) => s.type === 'word' && wordKind(s.text) === 'alpha');
  if (alpha) {
    const b = builder();
    let seq: SeqUnit[] = [];
    let anyPinyin = false;
    let allPinyin = true;
    let letters = '';
    let abbreviation = false;
    const flush = () => {
      addSequence(b, seq, vocab.pinyin);
      seq = [];
    };
    for (let i = 0; i < segs.length;) {
      const seg = segs[i]!;
      if (seg.type === 'han') {
        if (seg.spaced) flush();
        seq.push(...addHanRun(b, seg, vocab.pinyin));
        allPinyin = false;
        i++;
        continue;
      }
      // Consecutive alphabetic words, separated by spaces, form one run of letters.
      let j = i;
      const words: string[] = [];
      while (j < segs.length && segs[j]!.type === 'word' && wordKind(segs[j]!.text) === 'alpha') {
        words.push(segs[j]!.text);
        j++;
      }
      const lastRun = j === segs.length;
      const parsed = words.length ? vocab.pinyin.parse(words.join(' '), open && lastRun) : undefined;
      if (parsed && plausiblePinyin(parsed) && b.units.length + parsed.length <= MAX_UNITS) {
        if (seg.spaced) flush();
        const abbr = isAbbreviation(parsed);
        abbreviation ||= abbr;
        for (const u of parsed) {
          b.units.push({ text: u.text, weight: 1 });
          b.compact += u.text;
          letters += u.text;
          seq.push(pinyinSeqUnit(u, b.units.length - 1, vocab.pinyin, abbr));
        }
        anyPinyin = true;
        i = j;
      } else {
        flush();
        allPinyin = false;
        const end = Math.max(j, i + 1);
        for (let k = i; k < end; k++) addWord(b, segs[k]!.text, open && k === segs.length - 1, vocab);
        i = end;
      }
    }
    flush();
    if (anyPinyin) readings.push(finish(b, { floor: 1, ...(allPinyin ? { letters, abbreviation } : {}) }));
    // A lone run of letters may also be an abbreviation the syllable parse did not see as one.
    const only = segs.length === 1 ? segs[0]! : undefined;
    const asInitials = only && !abbreviation ? parseInitials(only.text) : undefined;
    if (asInitials) {
      const c = builder();
      const seq = asInitials.map((u, i) => {
        c.units.push({ text: u.text, weight: 1 });
        return pinyinSeqUnit(u, i, vocab.pinyin, true);
      });
      c.compact = only!.text;
      addSequence(c, seq, vocab.pinyin);
      readings.push(finish(c, { floor: 1, letters: only!.text, abbreviation: true }));
    }
  }
  return { normalized, readings };
}
