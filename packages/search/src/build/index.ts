/**
 * @yizhan/search/build — Node only. Builds search-index.json from a resolved catalogue:
 * normalizes every searchable text, computes pinyin in context with pinyin-pro, mines the
 * keyboard lexicon and writes postings for hanzi n-grams, pinyin keys and Latin words.
 */
import {
  CATEGORIES,
  type Catalogue,
  type LocalizedText,
  type ResolvedItem,
  type ResolvedOutlet,
} from '@yizhan/catalogue';
import { i18nFor, SHIPPED_RESOURCES } from '@yizhan/i18n/node';
import {
  INITIALS_KEY,
  SEARCH_FORMAT_VERSION,
  SHORT_FIELDS,
  SYLLABLE_KEY,
  syllableCode,
  type FieldCode,
  type SearchIndexData,
} from '../format.js';
import { T2S_PAIRS } from '../generated/t2s.js';
import { foldingFrom, normalizeQuery, type Folding } from '../normalize.js';
import { encodePostings } from '../postings.js';
import { isHan, segment, wordKind } from '../text.js';
import { EN_STOP_WORDS, stem } from '../words.js';
import { commonChars } from './common-chars.js';
import { compoundTokens } from './compounds.js';
import { mineLexicon } from './lexicon.js';
import { allReadings, contextPinyin } from './pinyin.js';

export { commonChars } from './common-chars.js';

let full: Folding | undefined;

/**
 * The whole generated Traditional → Simplified table (src/generated/t2s.ts): the builder folds
 * every catalogue text with it, and each index ships the part its catalogue needs.
 */
export function fullFolding(): Folding {
  return (full ??= foldingFrom(T2S_PAIRS));
}

interface Entry {
  docs: number[];
  field: FieldCode;
  /** Normalized, with spaces. */
  normalized: string;
  /** Normalized without spaces. */
  compact: string;
  syllables: Array<string | undefined>;
}

function texts(value: LocalizedText | undefined): string[] {
  return value ? Object.values(value) : [];
}

/** Index tokens of one entry (see format.ts for the key shapes). */
function entryTokens(entry: Entry, code: (s: string) => string): Set<string> {
  const tokens = new Set<string>();
  const short = SHORT_FIELDS.has(entry.field);
  const segs = segment(entry.normalized);
  for (const seg of segs) {
    if (seg.type === 'han') {
      for (let i = 0; i < seg.text.length; i++) {
        if (short) tokens.add(seg.text[i]!);
        if (i + 1 < seg.text.length) tokens.add(seg.text.slice(i, i + 2));
      }
    } else if (wordKind(seg.text) !== 'alpha') tokens.add(seg.text);
    else if (!EN_STOP_WORDS.has(seg.text)) tokens.add(stem(seg.text));
  }
  const words = segs.filter((seg) => seg.type === 'word' && wordKind(seg.text) === 'alpha').map((seg) => seg.text);
  for (const token of compoundTokens(words, stem)) tokens.add(token);
  if (short) {
    const s = entry.syllables;
    const first = s.findIndex(Boolean);
    if (first >= 0) tokens.add(INITIALS_KEY + s[first]![0]);
    for (let i = 0; i + 1 < s.length; i++) {
      const a = s[i];
      const b = s[i + 1];
      if (!a || !b) continue;
      tokens.add(SYLLABLE_KEY + code(a) + code(b));
      tokens.add(INITIALS_KEY + a[0] + b[0]);
    }
  }
  return tokens;
}

const isLatinKey = (key: string) => /^[a-z0-9]/.test(key);

export interface BuildOptions {
  /** Languages whose category labels are indexed (default: every shipped locale). */
  categoryLanguages?: string[];
}

export function buildSearchIndex(catalogue: Catalogue, options: BuildOptions = {}): SearchIndexData {
  // Documents in id order: equal scores then rank by document number, which is id order.
  type Doc = { kind: 'i'; item: ResolvedItem } | { kind: 'o'; outlet: ResolvedOutlet };
  const idOf = (d: Doc) => (d.kind === 'i' ? d.item.id : d.outlet.id);
  const docs: Doc[] = [
    ...catalogue.items.filter((item) => item.status !== 'retired').map((item) => ({ kind: 'i' as const, item })),
    ...catalogue.outlets.map((outlet) => ({ kind: 'o' as const, outlet })),
  ].sort((a, b) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : a.kind < b.kind ? -1 : 1));
  const ids = docs.map(idOf);
  const kinds = docs.map((d) => d.kind).join('');
  const items = docs.flatMap((d, doc) => (d.kind === 'i' ? [{ item: d.item, doc }] : []));
  const categories = CATEGORIES.filter((c) => items.some(({ item }) => item.category === c));

  // One entry per distinct (field, text): documents that share a text share its entry.
  const entries: Entry[] = [];
  const byText = new Map<string, Entry>();
  const add = (docs: number[], field: FieldCode, raw: string | undefined) => {
    if (!raw || docs.length === 0) return;
    const normalized = normalizeQuery(raw, fullFolding());
    const compact = normalized.replace(/ /g, '');
    if (!compact) return;
    const key = `${field}\u0000${compact}`;
    const existing = byText.get(key);
    if (existing) {
      for (const d of docs) if (!existing.docs.includes(d)) existing.docs.push(d);
      return;
    }
    const syllables = SHORT_FIELDS.has(field) ? contextPinyin(compact) : [];
    const entry = { docs: [...docs], field, normalized, compact, syllables };
    byText.set(key, entry);
    entries.push(entry);
  };
  docs.forEach((d, doc) => {
    if (d.kind === 'i') {
      for (const t of texts(d.item.name)) add([doc], 'n', t);
      if (d.item.code) add([doc], 'k', d.item.code);
      for (const s of d.item.synonyms) add([doc], 's', s);
      for (const t of texts(d.item.summary)) add([doc], 'm', t);
    } else {
      for (const t of texts(d.outlet.name)) add([doc], 'o', t);
      for (const t of texts(d.outlet.address)) add([doc], 'a', t);
    }
  });
  const languages = options.categoryLanguages ?? Object.keys(SHIPPED_RESOURCES);
  for (const category of categories) {
    const members = items.flatMap(({ item, doc }) => (item.category === category ? [doc] : []));
    for (const lang of languages) add(members, 'c', i18nFor(lang).t(`common:category.${category}`));
  }
  // Entries in four classes (short fields, then long ones; Chinese, then other), each in document
  // order: a query reads few classes (Chinese names and summaries, say), so the entries it touches
  // sit together in memory rather than one in every five. Measured on 10,000 items: p95 −9 %.
  const entryClass = (e: Entry) =>
    (SHORT_FIELDS.has(e.field) ? 0 : 2) + ([...e.compact].some((ch) => isHan(ch.charCodeAt(0))) ? 0 : 1);
  entries.sort((a, b) => entryClass(a) - entryClass(b));
  const groups: number[][] = [];
  const entryDoc = entries.map((e) => (e.docs.length === 1 ? e.docs[0]! : -1 - (groups.push(e.docs) - 1)));

  // Query-time readings: the common characters and every hanzi of the catalogue.
  const catalogueChars = new Set<string>();
  for (const e of entries) for (const ch of e.compact) if (isHan(ch.charCodeAt(0))) catalogueChars.add(ch);
  const chars = new Set([...commonChars().level1, ...catalogueChars]);
  const bySyllable = new Map<string, string>();
  const addReading = (syllable: string, ch: string) => {
    const list = bySyllable.get(syllable) ?? '';
    if (!list.includes(ch)) bySyllable.set(syllable, list + ch);
  };
  for (const ch of [...chars].sort()) for (const s of allReadings(ch)) addReading(s, ch);
  // Folding ships for the catalogue's characters only: any other Simplified form matches nothing.
  // A Traditional character whose Simplified form has a reading but is not in the catalogue
  // (壓 of 专利质壓, a homophone slip) is listed under that reading instead, which is all a
  // homophone match needs of it.
  // (Measured on the demo catalogue: 338 pairs plus these readings cost 4.6 KB gzipped; shipping
  // pairs for every character with a reading instead, 1,557 of them, costs 6.8 KB.)
  let fold = '';
  for (const [trad, simplified] of fullFolding()) {
    if (catalogueChars.has(simplified)) fold += trad + simplified;
    else if (chars.has(simplified)) for (const s of allReadings(simplified)) addReading(s, trad);
  }
  // A reading found in context but missing from the character table (rare) is kept as well.
  for (const e of entries) e.syllables.forEach((s, i) => s && addReading(s, e.compact[i]!));
  const syllables = [...bySyllable.keys()].sort();
  const codeOf = new Map(syllables.map((s, i) => [s, syllableCode(i)]));
  const code = (s: string) => codeOf.get(s)!;

  const postings = new Map<string, number[]>();
  entries.forEach((entry, e) => {
    for (const token of entryTokens(entry, code)) {
      const list = postings.get(token);
      if (list) list.push(e);
      else postings.set(token, [e]);
    }
  });
  const keys = [...postings.keys()].sort();
  const forms = new Set<string>();
  for (const entry of entries) {
    for (const seg of segment(entry.normalized)) {
      if (
        seg.type === 'word' &&
        wordKind(seg.text) === 'alpha' &&
        !EN_STOP_WORDS.has(seg.text) &&
        stem(seg.text) !== seg.text
      ) {
        forms.add(seg.text);
      }
    }
  }

  const lexicon = mineLexicon(
    entries
      .filter((e) => e.field !== 'k' && SHORT_FIELDS.has(e.field))
      .map((e) => ({ text: e.compact, syllables: e.syllables })),
  );

  return {
    formatVersion: SEARCH_FORMAT_VERSION,
    catalogueVersion: catalogue.catalogueVersion,
    kinds,
    ids,
    groups,
    entries: {
      doc: entryDoc,
      field: entries.map((e) => e.field).join(''),
      text: entries.map((e) => (SHORT_FIELDS.has(e.field) ? e.compact : '')),
      py: entries.map((e) => (e.syllables.some(Boolean) ? e.syllables.map((s) => (s ? code(s) : ' ')).join('') : '')),
    },
    postings: Object.fromEntries(keys.map((k) => [k, encodePostings(postings.get(k)!)])),
    words: keys.filter(isLatinKey),
    forms: [...forms].sort(),
    pinyin: {
      syllables: syllables.join(' '),
      chars: Object.fromEntries(syllables.map((s) => [s, bySyllable.get(s)!])),
    },
    fold,
    lexicon: {
      words: lexicon.map((w) => w.word),
      py: lexicon.map((w) => w.syllables.map(code).join('')),
    },
  };
}
