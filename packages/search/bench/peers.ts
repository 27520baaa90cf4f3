/**
 * The engines we measure against, each set up as its documentation recommends for Chinese text,
 * over the same fields as ours (names, synonyms, summaries, category labels and codes; outlet
 * names and addresses), with names boosted over synonyms over the rest:
 *
 * - MiniSearch: Intl.Segmenter word tokenizer (the approach its docs suggest for languages
 *   without spaces), prefix search and fuzzy 0.2.
 * - FlexSearch 0.8: `Charset.CJK` encoder for Chinese fields, `LatinBalance` for English ones,
 *   `forward` tokenization for typing prefixes; results merged in field priority order.
 * - Orama 3: the Mandarin tokenizer from @orama/tokenizers; typo tolerance 1 for queries without
 *   hanzi and 0 for the rest (with tolerance 1, every one- or two-character Chinese word is
 *   within one edit of every other, which buries exact names).
 * - A plain substring scan over the lower-cased fields, names first.
 */
import { create, insertMultiple, save, search as oramaSearch, type AnyOrama } from '@orama/orama';
import { createTokenizer } from '@orama/tokenizers/mandarin';
import { Charset, Document } from 'flexsearch';
import MiniSearch from 'minisearch';
import type { Catalogue, LocalizedText } from '@yizhan/catalogue';
import { i18nFor } from '@yizhan/i18n/node';

export interface FlatDoc {
  id: string;
  name: string;
  synonyms: string;
  summary: string;
  extra: string;
}

export interface Peer {
  name: string;
  build(docs: FlatDoc[]): Promise<void>;
  search(query: string): string[] | Promise<string[]>;
  size(): Promise<number>;
}

const all = (t: LocalizedText | undefined) => (t ? Object.values(t).join(' / ') : '');

/** The same searchable text our index gets, one flat document per item or outlet. */
export function flatten(catalogue: Catalogue): FlatDoc[] {
  const labels = (category: string) =>
    ['zh-CN', 'zh-Hant', 'en'].map((lang) => i18nFor(lang).t(`common:category.${category}`)).join(' / ');
  return [
    ...catalogue.items
      .filter((i) => i.status !== 'retired')
      .map((i) => ({
        id: i.id,
        name: all(i.name),
        synonyms: i.synonyms.join(' / '),
        summary: all(i.summary),
        extra: `${labels(i.category)} ${i.code ?? ''}`.trim(),
      })),
    ...catalogue.outlets.map((o) => ({
      id: o.id,
      name: all(o.name),
      synonyms: '',
      summary: all(o.address),
      extra: '',
    })),
  ];
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const words = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);

export function miniSearchPeer(): Peer {
  let index: MiniSearch<FlatDoc> | undefined;
  return {
    name: 'MiniSearch',
    async build(docs) {
      index = new MiniSearch<FlatDoc>({
        fields: ['name', 'synonyms', 'summary', 'extra'],
        tokenize: words,
        processTerm: (term) => term.toLowerCase(),
        searchOptions: { boost: { name: 3, synonyms: 2, extra: 1.5 }, prefix: true, fuzzy: 0.2 },
      });
      index.addAll(docs);
    },
    search: (query) =>
      index!
        .search(query)
        .slice(0, 10)
        .map((r) => String(r.id)),
    size: async () => Buffer.byteLength(JSON.stringify(index)),
  };
}

const HAN = /\p{Script=Han}/u;
const FIELDS = ['name', 'synonyms', 'extra', 'summary'] as const;

export function flexSearchPeer(): Peer {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- FlexSearch's Document generics do not fit split fields
  let index: any;
  let ids: string[] = [];
  return {
    name: 'FlexSearch',
    async build(docs) {
      index = new Document({
        document: {
          id: 'n',
          index: FIELDS.flatMap((f) => [
            { field: `${f}_zh`, tokenize: 'forward' as const, encoder: Charset.CJK },
            { field: `${f}_en`, tokenize: 'forward' as const, encoder: Charset.LatinBalance },
          ]),
        },
      });
      ids = docs.map((d) => d.id);
      docs.forEach((d, n) => {
        const record: Record<string, string | number> = { n };
        for (const f of FIELDS) {
          const parts = d[f].split(/\s*\/\s*|\s+(?=\S*\p{Script=Han})/u);
          record[`${f}_zh`] = parts.filter((p) => HAN.test(p)).join(' ');
          record[`${f}_en`] = parts.filter((p) => !HAN.test(p)).join(' ');
        }
        index.add(record);
      });
    },
    search(query) {
      const out: string[] = [];
      const results = index.search(query, { limit: 10 }) as Array<{ field: string; result: number[] }>;
      for (const f of FIELDS) {
        for (const r of results.filter((x) => x.field.startsWith(`${f}_`))) {
          for (const n of r.result) if (!out.includes(ids[n]!)) out.push(ids[n]!);
        }
      }
      return out.slice(0, 10);
    },
    async size() {
      let bytes = 0;
      await index.export((key: string, data: string | undefined) => {
        bytes += Buffer.byteLength(String(key)) + Buffer.byteLength(data ?? '');
      });
      return bytes;
    },
  };
}

export function oramaPeer(): Peer {
  let db: AnyOrama | undefined;
  return {
    name: 'Orama',
    async build(docs) {
      db = create({
        schema: { id: 'string', name: 'string', synonyms: 'string', summary: 'string', extra: 'string' },
        components: { tokenizer: createTokenizer() },
      });
      await insertMultiple(db, docs);
    },
    async search(query) {
      const result = await oramaSearch(db!, {
        term: query,
        properties: ['name', 'synonyms', 'summary', 'extra'],
        boost: { name: 3, synonyms: 2, extra: 1.5 },
        tolerance: HAN.test(query) ? 0 : 1,
        limit: 10,
      });
      return result.hits.map((h) => String((h.document as { id: string }).id));
    },
    size: async () => Buffer.byteLength(JSON.stringify(save(db!))),
  };
}

export function substringPeer(): Peer {
  let rows: Array<{ id: string; fields: string[] }> = [];
  return {
    name: 'substring scan',
    async build(docs) {
      rows = docs.map((d) => ({
        id: d.id,
        fields: [d.name, d.synonyms, d.extra, d.summary].map((f) => f.toLowerCase()),
      }));
    },
    search(query) {
      const q = query.trim().toLowerCase();
      if (!q) return [];
      const hits: Array<{ id: string; rank: number }> = [];
      for (const row of rows) {
        const rank = row.fields.findIndex((f) => f.includes(q));
        if (rank >= 0) hits.push({ id: row.id, rank });
      }
      return hits
        .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1))
        .slice(0, 10)
        .map((h) => h.id);
    },
    size: async () => Buffer.byteLength(JSON.stringify(rows)),
  };
}
