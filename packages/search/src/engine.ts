import { SEARCH_FORMAT_VERSION, SHORT_FIELDS, type SearchIndexData } from './format.js';
import { highlightRanges } from './highlight.js';
import { foldingFrom } from './normalize.js';
import { PinyinTable } from './pinyin.js';
import { decodePostings } from './postings.js';
import {
  analyzeQuery,
  TIER_VALUE,
  TIERS,
  MAX_UNITS,
  syllablesOf,
  type AnalyzedQuery,
  type QueryUnit,
  type Reading,
  type SeqUnit,
  type Tier,
  type Token,
  type Vocabulary,
} from './query.js';

export type HitKind = 'item' | 'outlet';
export type HitField = 'name' | 'synonym' | 'summary' | 'category' | 'code' | 'outlet';

export interface SearchHit {
  kind: HitKind;
  id: string;
  score: number;
  /** The field whose match ranked this hit. */
  field: HitField;
}

export interface SearchResponse {
  query: string;
  normalized: string;
  hits: SearchHit[];
  /** Matches before `limit` (after `kinds` and `filter`). */
  total: number;
  /** Nothing relevant: report it as a demand signal. */
  zeroResult: boolean;
}

export interface SearchOptions {
  /** Most hits to return (default 10). */
  limit?: number;
  kinds?: HitKind[];
  filter?: (hit: { kind: HitKind; id: string }) => boolean;
  /**
   * Walk every posting in full and score every document above the relevance floor, skipping
   * the shortcuts that leave out what cannot rank: slower, with the same answer. For tests, and
   * for checking an engine change.
   */
  exhaustive?: boolean;
}

/**
 * Why `SearchEngine.load` refused an index: another format version, or not a search index at all.
 * `code` is `format`, as in @yizhan/client's `BundleError` for a bundle file of the wrong shape or
 * version, so a widget shows it the same way.
 */
export class SearchIndexError extends Error {
  readonly code = 'format';
  constructor(
    /** `formatVersion` (another format, or no search index at all). */
    readonly reason: string,
    readonly expected: unknown,
    readonly actual: unknown,
  ) {
    super(`search-index.json: ${reason} ${actual}, expected ${expected}`);
  }
}

/**
 * The index and pinyin table an engine was loaded with, for this package's add-ons
 * (`./candidates.ts`), which ship apart so that pages without them do not load them.
 */
export let loadedIndex: (engine: SearchEngine) => { data: SearchIndexData; pinyin: PinyinTable };

/** Field order of entry codes, their weights, and the hit field each reports as. */
const FIELD_CODES = 'nsmckoa';
const FIELD_WEIGHT = [1, 0.8, 0.4, 0.55, 1, 0.95, 0.45];
/** 1 for fields that carry bonuses (SHORT_FIELDS), by field number. */
const SHORT_FIELD = Uint8Array.from(FIELD_CODES, (code) => (SHORT_FIELDS.has(code) ? 1 : 0));
/** 1 for fields scored in the second round (category labels, summaries, addresses). */
const LATE_FIELD = Uint8Array.from(FIELD_CODES, (code) => (code === 'c' || !SHORT_FIELDS.has(code) ? 1 : 0));
const LATE_FIELDS = LATE_FIELD.reduce((mask, late, field) => mask | (late << field), 0);
const FIELD_NAME = 'name synonym summary category code outlet outlet'.split(' ') as HitField[];

/**
 * Ranking, in order of importance: how much of the query a document matches (so a document
 * matching every word beats one matching most of them, whatever the fields; the weight makes
 * this strictly first, which lets documents that cannot reach the top go unscored), then how well:
 * each query unit credited at its best field, plus the best single entry's own coverage and its
 * exact / prefix / suffix / contains bonus (suffix because Chinese and English compounds put the
 * head last: 发明专利申请 is a kind of 专利申请).
 */
const MATCHED_WEIGHT = 1000;
const EXACT_BONUS = 1;
const PREFIX_BONUS = 0.5;
const SUFFIX_BONUS = 0.4;
const LENGTH_BONUS = 0.3;
const CONTAINS_BONUS = 0.2;
/** A short entry wholly inside a longer query (the synonym GI inside GI地理标志). */
const INSIDE_QUERY_BONUS = 0.5;
/** The most an entry of each field can score: its weight, doubled by the exact bonus for short fields. */
const POTENTIAL = FIELD_WEIGHT.map((weight, field) => weight * (1 + SHORT_FIELD[field]! * EXACT_BONUS));
/** Bonuses earned by sound alone (homophones, typed pinyin) count a little less. */
const SOUND_FACTOR = 0.9;

/** What a query asks of the documents it ranks. */
interface Scope {
  limit: number;
  kinds: Set<HitKind> | undefined;
  filter: SearchOptions['filter'];
  exhaustive: boolean;
}
const IN_SCOPE = 1;
const OUT_OF_SCOPE = 2;
/** A document's state while a reading is evaluated: above the floor and scored (else only counted). */
const SCORED = 1;

/** Scores as hits show them (to the millionth): bounds compared this way tie as hits do. */
const rounded = (score: number) => Math.round(score * 1e6) / 1e6;

/** Whether a hit ranks above another: higher score, then (documents are in id order) smaller id. */
const beats = (score: number, doc: number, other: number, otherDoc: number) =>
  score !== other ? score > other : doc < otherDoc;

/** Set bits of a 32-bit mask. */
function popcount(mask: number): number {
  let n = 0;
  for (; mask; mask &= mask - 1) n++;
  return n;
}

/** Share of a query's content that must match: all of a one- or two-unit query, else 60 %. */
function floorFor(contentUnits: number): number {
  return contentUnits <= 2 ? 1 : contentUnits === 3 ? 0.66 : 0.6;
}

export class SearchEngine {
  static {
    loadedIndex = (engine) => ({ data: engine.#data, pinyin: engine.#pinyin });
  }

  readonly #pinyin: PinyinTable;
  readonly #vocab: Vocabulary;
  readonly #fieldOf: Uint8Array;
  readonly #postingsCache = new Map<string, Int32Array | null>();
  readonly #analysisCache = new Map<string, AnalyzedQuery>();
  /** Documents of each entry, flat: entry e's are #entryDocs[#docStart[e] … #docStart[e + 1] - 1]. */
  readonly #docStart: Int32Array;
  readonly #entryDocs: Int32Array;
  /**
   * Each entry's syllable codes (U+0100 + syllable number, one per hanzi), laid out flat like its
   * documents: entry e's are #syllables[#syllableStart[e] … #syllableStart[e + 1] - 1]. A short
   * pinyin query checks the syllables of thousands of entries; here they are read from one array,
   * not from thousands of strings and objects all over the heap.
   */
  readonly #syllableStart: Int32Array;
  readonly #syllables: Uint16Array;

  // Scratch space reused by every query (a query never allocates per entry).
  /** Tier masks of the touched entries, by slot: in the order touched, so later passes read them in a row. */
  readonly #entryMasks: Uint32Array;
  readonly #touchedEntries: Int32Array;
  /** Per entry: 1 + its slot (its place in the touched list), or 0 when untouched. */
  readonly #slotOf: Int32Array;
  /**
   * Per document, side by side: the units its entries matched exactly or nearly (tiers 0 and 1),
   * and those matched at any tier. All the floor asks of a document, in two words, not three tiers.
   */
  readonly #docMasks: Uint32Array;
  /** Per document and query unit (a reading's units side by side, so a short query stays in cache): the best field weight × tier value that covered it. */
  readonly #docUnits: Float64Array;
  readonly #docPass: Uint8Array;
  readonly #docMatched: Float32Array;
  readonly #docScope: Uint8Array;
  readonly #scopedDocs: Int32Array;
  #nScoped = 0;
  #nInScope = 0;
  #covScore = 0;
  #covMatched = 0;
  /** The masks and units #cover last worked out. */
  readonly #covMasks = new Uint32Array(3);
  #covUnits: readonly QueryUnit[] = [];
  /** Set by #bound: the upper bound it worked out beside the score it returned. */
  #upper = 0;
  /** Per scored document, its upper bound while pruning. */
  readonly #docUpper: Float64Array;
  readonly #docBest: Float64Array;
  /** The best `limit` lower bounds while pruning (up to 64), then the best hits, as #keep keeps them. */
  #lows = new Float64Array(20);
  readonly #docBestField: Uint8Array;
  readonly #touchedDocs: Int32Array;
  /** The documents of a reading above the floor and not pruned (yet). */
  readonly #scoredDocs: Int32Array;
  readonly #finalScore: Float64Array;
  readonly #finalField: Uint8Array;
  readonly #finalDocs: Int32Array;

  readonly #data: SearchIndexData;

  private constructor(data: SearchIndexData) {
    this.#data = data;
    this.#pinyin = new PinyinTable(data.pinyin.syllables, data.pinyin.chars);
    this.#vocab = {
      pinyin: this.#pinyin,
      fold: foldingFrom(data.fold),
      words: data.words,
      forms: data.forms,
      weight: (term) => (Object.hasOwn(data.postings, term) ? data.postings[term]!.length : 0),
    };
    const nDocs = data.ids.length;
    const nEntries = data.entries.doc.length;
    // Each entry's documents laid out flat, once: the hot loops then read one kind of array
    // (a group of thousands and a single document alike) and never call out for them.
    const docOf = data.entries.doc;
    const start = (this.#docStart = new Int32Array(nEntries + 1));
    for (let e = 0; e < nEntries; e++)
      start[e + 1] = start[e]! + (docOf[e]! < 0 ? (data.groups[-1 - docOf[e]!]?.length ?? 0) : 1);
    this.#entryDocs = new Int32Array(start[nEntries]!);
    for (let e = 0; e < nEntries; e++) {
      if (docOf[e]! >= 0) this.#entryDocs[start[e]!] = docOf[e]!;
      else this.#entryDocs.set(data.groups[-1 - docOf[e]!] ?? [], start[e]);
    }
    this.#fieldOf = Uint8Array.from(data.entries.field, (code) => Math.max(0, FIELD_CODES.indexOf(code)));
    this.#entryMasks = new Uint32Array(nEntries * TIERS);
    this.#touchedEntries = new Int32Array(nEntries);
    this.#slotOf = new Int32Array(nEntries);
    const py = data.entries.py;
    this.#syllables = new Uint16Array(py.reduce((n, codes) => n + codes.length, 0));
    this.#syllableStart = new Int32Array(nEntries + 1);
    let n = 0;
    for (let e = 0; e < nEntries; e++) {
      const codes = py[e] ?? '';
      // Spaces stand for characters without a syllable.
      for (let k = 0; k < codes.length; k++) if (codes.charCodeAt(k) !== 32) this.#syllables[n++] = codes.charCodeAt(k);
      this.#syllableStart[e + 1] = n;
    }
    this.#docMasks = new Uint32Array(nDocs * 2);
    this.#docUnits = new Float64Array(nDocs * MAX_UNITS);
    this.#docPass = new Uint8Array(nDocs);
    this.#docMatched = new Float32Array(nDocs);
    this.#docScope = new Uint8Array(nDocs);
    this.#scopedDocs = new Int32Array(nDocs);
    this.#docBest = new Float64Array(nDocs);
    this.#docBestField = new Uint8Array(nDocs);
    this.#touchedDocs = new Int32Array(nDocs);
    this.#scoredDocs = new Int32Array(nDocs);
    this.#docUpper = new Float64Array(nDocs);
    this.#finalScore = new Float64Array(nDocs).fill(-1);
    this.#finalField = new Uint8Array(nDocs);
    this.#finalDocs = new Int32Array(nDocs);
  }

  /**
   * Wraps a parsed search-index.json; nothing is rebuilt (postings decode on first use). Throws a
   * `SearchIndexError` for anything but an index of this format version (rebuild the bundle).
   */
  static load(data: SearchIndexData): SearchEngine {
    const version = (data as Partial<SearchIndexData> | null)?.formatVersion;
    if (version !== SEARCH_FORMAT_VERSION) throw new SearchIndexError('formatVersion', SEARCH_FORMAT_VERSION, version);
    return new SearchEngine(data);
  }

  get catalogueVersion(): string {
    return this.#data.catalogueVersion;
  }

  search(query: string, options: SearchOptions = {}): SearchResponse {
    const limit = Math.max(0, Math.floor(options.limit ?? 10));
    const size = 2 * Math.min(limit, this.#data.ids.length);
    if (this.#lows.length < size) this.#lows = new Float64Array(size);
    const analyzed = this.#analyze(query);
    const scope: Scope = {
      limit,
      kinds: options.kinds ? new Set(options.kinds) : undefined,
      filter: options.filter,
      exhaustive: options.exhaustive ?? false,
    };
    let nFinal = 0;
    // Pinyin readings first: they are strict, so they often fill the top with complete matches
    // and let the literal reading skip scoring its partial ones.
    for (let r = analyzed.readings.length - 1; r >= 0; r--) {
      nFinal = this.#evaluate(analyzed.readings[r]!, nFinal, scope);
    }

    // The best `limit` in order: score, then id, so equal scores always list the same way.
    const lows = this.#lows;
    let n = 0;
    for (let i = 0; i < nFinal; i++) {
      const doc = this.#finalDocs[i]!;
      n = this.#keep(lows, n, limit, rounded(this.#finalScore[doc]!), doc);
      this.#finalScore[doc] = -1;
    }
    // Every document that matched in scope, in any reading, counts once.
    const total = this.#nInScope;
    for (let i = 0; i < this.#nScoped; i++) this.#docScope[this.#scopedDocs[i]!] = 0;
    this.#nScoped = 0;
    this.#nInScope = 0;
    const hits: SearchHit[] = [];
    while (n--) {
      const doc = lows[2 * n + 1]!;
      hits.push({
        kind: this.#kindOf(doc),
        id: this.#data.ids[doc]!,
        score: lows[2 * n]!,
        field: FIELD_NAME[this.#finalField[doc]!]!,
      });
    }
    return { query, normalized: analyzed.normalized, hits, total, zeroResult: total === 0 };
  }

  #kindOf(doc: number): HitKind {
    return this.#data.kinds[doc] === 'o' ? 'outlet' : 'item';
  }

  /** Whether a document is in the caller's scope (kinds, filter), asked once per query. */
  #inScope(doc: number, scope: Scope): boolean {
    let state = this.#docScope[doc]!;
    if (state === 0) {
      const kind = scope.kinds || scope.filter ? this.#kindOf(doc) : 'item';
      const ok =
        (!scope.kinds || scope.kinds.has(kind)) && (!scope.filter || scope.filter({ kind, id: this.#data.ids[doc]! }));
      state = ok ? IN_SCOPE : OUT_OF_SCOPE;
      this.#docScope[doc] = state;
      this.#scopedDocs[this.#nScoped++] = doc;
      if (ok) this.#nInScope++;
    }
    return state === IN_SCOPE;
  }

  /** Ranges of `text` (as given: zh-CN, zh-Hant or English) that match the query. */
  highlight(text: string, query: string): Array<[start: number, end: number]> {
    return highlightRanges(text, this.#analyze(query), this.#pinyin, this.#vocab.fold);
  }

  #analyze(query: string): AnalyzedQuery {
    let analyzed = this.#analysisCache.get(query);
    if (!analyzed) {
      analyzed = analyzeQuery(query, this.#vocab);
      // A few recent queries: the widget highlights every hit of the query it just ran.
      if (this.#analysisCache.size >= 16) this.#analysisCache.delete(this.#analysisCache.keys().next().value!);
      this.#analysisCache.set(query, analyzed);
    }
    return analyzed;
  }

  #postings(key: string): Int32Array | null {
    let list = this.#postingsCache.get(key);
    if (list === undefined) {
      list = Object.hasOwn(this.#data.postings, key) ? decodePostings(this.#data.postings[key]!) : null;
      this.#postingsCache.set(key, list);
    }
    return list;
  }

  /**
   * Scores one reading into the final per-document arrays; returns the new final count. In
   * passes, so the costly part (entry scores and bonuses) runs only for documents that clear the
   * relevance floor: postings → entry masks → document masks → floor → entry scores → documents.
   *
   * A document must match a share of the query (the floor) to rank or count at all, so the
   * postings are walked rarest first (as MaxScore does): the most common tokens, whose units
   * together fall short of the floor, cannot bring in a document by themselves, and are walked
   * only to complete the entries of documents the rarer ones found. A long query whose every
   * character pair is common (…知识产权…（窗口办理）) then scores hundreds of documents, not all of them.
   */
  #evaluate(reading: Reading, nFinal: number, scope: Scope): number {
    const units = reading.units;
    const nUnits = units.length;
    let content = 0;
    let contentMask = 0;
    let totalWeight = 0;
    for (let u = 0; u < nUnits; u++) {
      totalWeight += units[u]!.weight;
      if (units[u]!.weight >= 1) {
        content++;
        contentMask |= 1 << u;
      }
    }
    const floor = Math.max(reading.floor ?? 0, floorFor(content)) - 1e-9;
    const need = Math.ceil(content * floor);
    // The tokens with postings, rarest first (insertion by length: a reading has tens of them).
    const tokens: Token[] = [];
    const lists: Int32Array[] = [];
    let nLists = 0;
    for (const token of reading.tokens) {
      const list = this.#postings(token.key);
      if (!list) continue;
      let at = nLists++;
      for (; at > 0 && lists[at - 1]!.length > list.length; at--) {
        lists[at] = lists[at - 1]!;
        tokens[at] = tokens[at - 1]!;
      }
      lists[at] = list;
      tokens[at] = token;
    }
    // The common tail: tokens that, all together, cover fewer content units than the floor needs.
    let full = nLists;
    let tail = 0;
    for (; full > 0 && !scope.exhaustive; full--) {
      const next = (tail | tokens[full - 1]!.units) & contentMask;
      if (popcount(next) >= need) break;
      tail = next;
    }

    const letters = reading.letters;
    const spell = letters !== undefined && (nUnits !== 2 || (reading.abbreviation! && letters.length > 2));
    const masks = this.#entryMasks;
    const docStart = this.#docStart;
    const entryDocs = this.#entryDocs;
    const touched = this.#touchedEntries;
    const slotOf = this.#slotOf;
    const docMasks = this.#docMasks;
    const pass = this.#docPass;
    let nDocsTouched = 0;
    const touchedDocs = this.#touchedDocs;
    let nTouched = 0;
    let fields = 0;
    for (let t = 0; t < nLists; t++) {
      // The documents the rare tokens found: the tail only completes their entries.
      if (t === full) nDocsTouched = this.#find(nTouched, 0);
      // Tokens come in several shapes: their fields are read once, not per posting.
      const { verify, tier, units: bits } = tokens[t]!;
      const list = lists[t]!;
      for (let k = 0; k < list.length; k++) {
        const e = list[k]!;
        if (verify && !this.#firstSyllable(e, verify)) continue;
        let slot = slotOf[e]!;
        if (slot === 0) {
          if (t >= full) {
            // A category label's group can hold thousands of documents: stop at the first found.
            let found = false;
            for (let j = docStart[e]!, end = docStart[e + 1]!; j < end; j++) {
              if ((found = docMasks[entryDocs[j]! * 2 + 1]! !== 0)) break;
            }
            if (!found) continue;
          }
          // Typed pinyin must spell a run of the entry's syllables, not pieces scattered over it
          // (two units are spelled by their pair's key).
          if (spell && !this.#spells(e, reading)) continue;
          touched[nTouched] = e;
          slot = slotOf[e] = ++nTouched;
          fields |= 1 << this.#fieldOf[e]!;
        }
        masks[(slot - 1) * TIERS + tier]! |= bits;
      }
    }
    // Entries found before gained the tail's units, and the tail's own entries are new.
    nDocsTouched = this.#find(nTouched, nDocsTouched);

    const docUnits = this.#docUnits;
    const scoredDocs = this.#scoredDocs;
    let nScored = 0;
    let mixed = false;
    let last = 0;
    for (let i = 0; i < nDocsTouched; i++) {
      const doc = touchedDocs[i]!;
      // What #cover would say of the document's masks, from the bits alone: the share of content
      // units matched at any tier, and whether one matched exactly or nearly.
      const near = docMasks[doc * 2]! & contentMask;
      const matched = popcount(docMasks[doc * 2 + 1]! & contentMask) / content;
      docMasks[doc * 2] = docMasks[doc * 2 + 1] = 0;
      if (near !== 0 && matched >= floor && this.#inScope(doc, scope)) {
        pass[doc] = SCORED;
        mixed ||= nScored > 0 && matched !== last;
        last = matched;
        scoredDocs[nScored++] = doc;
        this.#docMatched[doc] = matched;
        this.#docBest[doc] = -1;
      }
    }

    // Names, synonyms and codes first; then category labels and long fields (summary, address)
    // only where they could still raise a document's best entry or a unit's credit, so most of
    // them are skipped without scoring. Before each round, documents that cannot reach the top
    // `limit` stop being scored and are only counted.
    for (let round = 0; round < 2; round++) {
      // Before the first round only shares (and earlier readings) can tell documents apart.
      if ((round || mixed || nFinal) && !scope.exhaustive) {
        // What the second round can give a best entry: a category label's own score (a few labels,
        // scored here) rather than its potential (an exact match).
        let late = -1;
        for (let i = 0; i < nTouched && round; i++) {
          const field = this.#fieldOf[touched[i]!]!;
          if (LATE_FIELD[field] && SHORT_FIELD[field]) {
            // (As the round will score it, to the last bit.)
            const weight = FIELD_WEIGHT[field]!;
            this.#cover(units, totalWeight, masks, i * TIERS);
            const score = weight * this.#covScore * this.#covScore;
            late = Math.max(late, score + weight * this.#bonus(touched[i]!, reading, this.#covMatched));
          }
        }
        nScored = this.#prune(
          units,
          totalWeight,
          nScored,
          nFinal,
          scope.limit,
          round ? fields & LATE_FIELDS : fields,
          late,
        );
      }
      for (let i = 0; i < nTouched; i++) {
        const e = touched[i]!;
        const field = this.#fieldOf[e]!;
        if (LATE_FIELD[field] !== round) continue;
        const base = i * TIERS;
        const first = docStart[e]!;
        const last = docStart[e + 1]!;
        const weight = FIELD_WEIGHT[field]!;
        const potential = POTENTIAL[field]!;
        let useful = false;
        for (let j = first; j < last; j++) {
          const doc = entryDocs[j]!;
          if (pass[doc] !== SCORED) continue;
          if (round === 0 || this.#docBest[doc]! < potential) useful = true;
          else {
            const du = doc * nUnits;
            const m = masks[base]! | masks[base + 1]! | masks[base + 2]!;
            for (let u = 0; u < nUnits && !useful; u++) if ((m >>> u) & 1 && docUnits[du + u]! < weight) useful = true;
          }
          if (useful) break;
        }
        if (useful) {
          this.#cover(units, totalWeight, masks, base);
          let score = weight * this.#covScore * this.#covScore;
          if (SHORT_FIELD[field]) score += weight * this.#bonus(e, reading, this.#covMatched);
          for (let j = first; j < last; j++) {
            const doc = entryDocs[j]!;
            if (pass[doc] !== SCORED) continue;
            const du = doc * nUnits;
            // A document's credits are cleared when its first entry is scored: most documents
            // that pass the floor of a common query are pruned before any of theirs is.
            if (this.#docBest[doc]! < 0) for (let u = du; u < du + nUnits; u++) docUnits[u] = 0;
            for (let t = 0; t < TIERS; t++) {
              const m = masks[base + t]!;
              if (m === 0) continue;
              const value = weight * TIER_VALUE[t as Tier];
              for (let u = 0; u < nUnits; u++) if ((m >>> u) & 1 && value > docUnits[du + u]!) docUnits[du + u] = value;
            }
            if (score > this.#docBest[doc]!) {
              this.#docBest[doc] = score;
              this.#docBestField[doc] = field;
            }
          }
        }
        masks[base] = masks[base + 1] = masks[base + 2] = slotOf[e] = 0;
      }
    }

    for (let i = 0; i < nScored; i++) {
      const doc = scoredDocs[i]!;
      pass[doc] = 0;
      const score = this.#bound(units, totalWeight, doc, 0, 0);
      if (this.#finalScore[doc]! < 0) this.#finalDocs[nFinal++] = doc;
      if (score > this.#finalScore[doc]!) {
        this.#finalScore[doc] = score;
        this.#finalField[doc] = this.#docBestField[doc]!;
      }
    }
    return nFinal;
  }

  /**
   * ORs the masks of the touched entries into their documents (found documents); returns the new
   * count of those. A method, not a closure in #evaluate: variables a closure shares live on the
   * heap for the whole of #evaluate, and its postings loop ran about 5 % slower for it.
   */
  #find(nTouched: number, nDocsTouched: number): number {
    const masks = this.#entryMasks;
    const touched = this.#touchedEntries;
    const docMasks = this.#docMasks;
    const docStart = this.#docStart;
    const entryDocs = this.#entryDocs;
    const touchedDocs = this.#touchedDocs;
    for (let i = 0; i < nTouched; i++) {
      const e = touched[i]!;
      const base = i * TIERS;
      const near = masks[base]! | masks[base + 1]!;
      const all = near | masks[base + 2]!;
      for (let j = docStart[e]!, end = docStart[e + 1]!; j < end; j++) {
        const d = entryDocs[j]! * 2;
        if (docMasks[d + 1] === 0) touchedDocs[nDocsTouched++] = entryDocs[j]!;
        docMasks[d]! |= near;
        docMasks[d + 1]! |= all;
      }
    }
    return nDocsTouched;
  }

  /**
   * What a scored document has earned so far is a lower bound of its score (scores only grow; a
   * document ranked by an earlier reading keeps that score too), and crediting every unit at the
   * weight of the `fields` still to score and its best entry at their potential gives an upper
   * bound. A document whose upper bound is below the `limit`-th lower bound cannot reach the top:
   * it is only counted. Before the first round this keeps to the best matched share (and below
   * what earlier readings ranked); before the second, a document whose names already rank it too
   * low never has its summaries scored (a short query that every summary matches). Works on the
   * first `nDocs` of #scoredDocs, keeps those that may still rank at its front, and returns how
   * many they are: later passes read only them.
   */
  #prune(
    units: readonly QueryUnit[],
    total: number,
    nDocs: number,
    nFinal: number,
    limit: number,
    fields: number,
    late: number,
  ): number {
    const lows = this.#lows;
    const pass = this.#docPass;
    const scored = this.#scoredDocs;
    // Keeping a long top costs more than pruning saves.
    if (limit > 64) return nDocs;
    let n = 0;
    for (let i = 0; i < nFinal; i++) {
      const doc = this.#finalDocs[i]!;
      if (pass[doc] !== SCORED) n = this.#keep(lows, n, limit, rounded(this.#finalScore[doc]!), doc);
    }
    let w = 0;
    let p = 0;
    for (let f = 0; f < FIELD_WEIGHT.length; f++) {
      if ((fields >> f) & 1) {
        w = Math.max(w, FIELD_WEIGHT[f]!);
        p = Math.max(p, late < 0 || !SHORT_FIELD[f] ? POTENTIAL[f]! : late);
      }
    }
    for (let i = 0; i < nDocs; i++) {
      const doc = scored[i]!;
      n = this.#keep(
        lows,
        n,
        limit,
        rounded(Math.max(this.#finalScore[doc]!, this.#bound(units, total, doc, w, p))),
        doc,
      );
      this.#docUpper[doc] = this.#upper;
    }
    if (n < limit) return nDocs;
    // Rounding keeps order (a score at most its upper bound shows at most as much), so a document
    // whose upper bound, as shown, does not beat the `limit`-th best lower bound cannot rank:
    // below it, or level with it and after it in id order (thousands of items alike tie).
    let kept = 0;
    for (let i = 0; i < nDocs; i++) {
      const doc = scored[i]!;
      if (!limit || beats(lows[0]!, lows[1]!, rounded(this.#docUpper[doc]!), doc)) pass[doc] = 0;
      else scored[kept++] = doc;
    }
    return kept;
  }

  /**
   * Keeps (`value`, `doc`) if it is among the best `limit` (pairs side by side in `lows`, the
   * lowest first, `n` so far); returns the new `n`.
   */
  #keep(lows: Float64Array, n: number, limit: number, value: number, doc: number): number {
    if (n < limit || beats(value, doc, lows[0]!, lows[1]!)) {
      let at = 0;
      if (n < limit)
        for (at = n++; at > 0 && beats(lows[2 * at - 2]!, lows[2 * at - 1]!, value, doc); at--) {
          lows[2 * at] = lows[2 * at - 2]!;
          lows[2 * at + 1] = lows[2 * at - 1]!;
        }
      else
        for (; at + 1 < limit && beats(value, doc, lows[2 * at + 2]!, lows[2 * at + 3]!); at++) {
          lows[2 * at] = lows[2 * at + 2]!;
          lows[2 * at + 1] = lows[2 * at + 3]!;
        }
      lows[2 * at] = value;
      lows[2 * at + 1] = doc;
    }
    return n;
  }

  /**
   * A scored document's score so far (returned), and in #upper what it would be with every unit
   * credited at least `w` and a best entry of at least `p` (both sums in one pass over its units).
   */
  #bound(units: readonly QueryUnit[], total: number, doc: number, w: number, p: number): number {
    const matched = MATCHED_WEIGHT * this.#docMatched[doc]!;
    const best = this.#docBest[doc]!;
    // Nothing scored yet (every unit credit is 0): no need to add them up.
    if (best < 0) {
      this.#upper = matched + w + p;
      return matched;
    }
    let fielded = 0;
    let potential = 0;
    for (let u = 0, du = doc * units.length; u < units.length; u++) {
      const credit = this.#docUnits[du + u]!;
      fielded += units[u]!.weight * credit;
      potential += units[u]!.weight * Math.max(credit, w);
    }
    this.#upper = matched + potential / total + Math.max(best, p, 0);
    return matched + fielded / total + Math.max(best, 0);
  }

  /**
   * Coverage of the units by one set of tier masks, into `cov*` fields (no allocation):
   * tier-valued weighted coverage, and the share of content units matched at any tier.
   */
  #cover(units: readonly QueryUnit[], total: number, masks: Uint32Array, base: number): void {
    const m0 = masks[base]!;
    const m1 = masks[base + 1]!;
    const m2 = masks[base + 2]!;
    // Entries of a common query mostly match it the same way (every name holding 专利 covers both
    // units exactly): the last answer is kept.
    if (m0 === this.#covMasks[0] && m1 === this.#covMasks[1] && m2 === this.#covMasks[2] && units === this.#covUnits)
      return;
    this.#covMasks[0] = m0;
    this.#covMasks[1] = m1;
    this.#covMasks[2] = m2;
    this.#covUnits = units;
    let score = 0;
    let content = 0;
    let matched = 0;
    for (let u = 0; u < units.length; u++) {
      const w = units[u]!.weight;
      const tier = (m0 >>> u) & 1 ? 0 : (m1 >>> u) & 1 ? 1 : (m2 >>> u) & 1 ? 2 : -1;
      if (tier >= 0) score += w * TIER_VALUE[tier as Tier];
      if (w < 1) continue;
      content++;
      if (tier >= 0) matched++;
    }
    this.#covScore = score / total;
    this.#covMatched = content ? matched / content : 0;
  }

  #bonus(entry: number, reading: Reading, matched: number): number {
    const text = this.#data.entries.text[entry]!;
    const q = reading.compact;
    if (reading.letters === undefined && q && text) {
      const ratio = Math.min(q.length, text.length) / Math.max(q.length, text.length);
      if (text === q) return EXACT_BONUS;
      if (text.startsWith(q)) return PREFIX_BONUS + LENGTH_BONUS * ratio;
      if (text.endsWith(q)) return SUFFIX_BONUS + LENGTH_BONUS * ratio;
      if (text.includes(q)) return CONTAINS_BONUS;
      if (text.length >= 2 && q.includes(text)) return INSIDE_QUERY_BONUS * ratio;
    }
    return reading.sounds && matched === 1 ? SOUND_FACTOR * this.#soundBonus(entry, reading.sounds) : 0;
  }

  /** The text bonuses again, comparing syllables: 商标注策 sounds like the start of 商标注册申请. */
  #soundBonus(entry: number, sounds: readonly SeqUnit[]): number {
    const start = this.#syllableStart[entry]!;
    const n = sounds.length;
    const m = this.#syllableStart[entry + 1]! - start;
    if (n === 0 || m < n) return 0;
    const ratio = n / m;
    if (this.#soundsAt(sounds, start)) return m === n ? EXACT_BONUS : PREFIX_BONUS + LENGTH_BONUS * ratio;
    return this.#soundsAt(sounds, start + m - n) ? SUFFIX_BONUS + LENGTH_BONUS * ratio : 0;
  }

  #soundsAt(sounds: readonly SeqUnit[], at: number): boolean {
    for (let k = 0; k < sounds.length; k++) if (!this.#unitMatches(sounds[k]!, this.#syllables[at + k]!)) return false;
    return true;
  }

  /**
   * Whether the typed letters spell a run of the entry's syllables, from the start of one of them:
   * whole syllables, the last perhaps only begun (shangbiaoz…), or for an abbreviation (sbzc) the
   * initials of as many syllables.
   */
  #spells(entry: number, reading: Reading): boolean {
    const letters = reading.letters!;
    const end = this.#syllableStart[entry + 1]!;
    // Where each unit stands for one syllable (`zhu`, or initials: `sbzc`), a run of syllables
    // that fit the units' tables spells them, without a string compared (thousands of entries).
    // One unit of several letters may also be spelled by two syllables (xian: 西安), below.
    const seq = reading.sequences[0]!;
    const n = seq.length;
    if (n === 1 || (reading.abbreviation && n === letters.length)) {
      for (let i = this.#syllableStart[entry]!; i + n <= end; i++) if (this.#soundsAt(seq, i)) return true;
      if (n === letters.length) return false;
    }
    for (let i = this.#syllableStart[entry]!; i < end; i++) {
      let p = 0;
      for (let s = i; s < end && p < letters.length; s++) {
        const syllable = this.#pinyin.syllables[this.#syllables[s]! - 0x100] ?? '';
        if (reading.abbreviation) {
          if (letters[p] !== syllable[0]) break;
          p++;
        } else if (letters.startsWith(syllable, p)) p += syllable.length;
        else if (syllable.startsWith(letters.slice(p))) p = letters.length;
        else break;
      }
      if (p === letters.length) return true;
    }
    return false;
  }

  /**
   * Whether a syllable code (always U+0100 or above in #syllables) fits a query unit, through a
   * per-unit table built on first use.
   */
  #unitMatches(u: SeqUnit, code: number): boolean {
    let table = u.table;
    if (!table) {
      table = u.table = new Uint8Array(this.#pinyin.syllables.length);
      for (const s of syllablesOf(u, this.#pinyin)) table[s] = 1;
    }
    return table[code - 0x100] === 1;
  }

  /** A token keyed by a first letter only (`^z` for `zhu`): whether the entry's first syllable fits. */
  #firstSyllable(entry: number, unit: SeqUnit): boolean {
    const start = this.#syllableStart[entry]!;
    return start < this.#syllableStart[entry + 1]! && this.#unitMatches(unit, this.#syllables[start]!);
  }
}
