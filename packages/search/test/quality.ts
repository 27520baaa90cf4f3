/**
 * The labelled query set (queries.json) and its scoring, shared by the quality test and the
 * benchmark so both measure the same thing.
 *
 * Per kind: MRR@10 (reciprocal rank of the first relevant hit in the top 10) and recall@5 (share
 * of the relevant ids in the top 5, out of at most five). For `negative` queries both numbers
 * are the share of queries that returned nothing, the only right answer to them.
 */
import { readFileSync } from 'node:fs';

export const QUERY_KINDS = [
  'exact',
  'prefix-typing',
  'pinyin-full',
  'pinyin-initials',
  'pinyin-partial',
  'homophone',
  'traditional',
  'english',
  'english-typo',
  'colloquial',
  'code-number',
  'mixed',
  'negative',
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface LabelledQuery {
  query: string;
  kind: QueryKind;
  relevant: string[];
}

export const DEMO_LISTS = ['national', 'sichuan', 'chengdu'].map(
  (name) => new URL(`../../../demo/data/${name}.json`, import.meta.url).pathname,
);

export function loadQueries(): LabelledQuery[] {
  return JSON.parse(readFileSync(new URL('./queries.json', import.meta.url), 'utf8')) as LabelledQuery[];
}

export interface KindScore {
  kind: QueryKind;
  queries: number;
  mrr: number;
  recall: number;
  /** Queries that missed: relevant ids not in the top 5, or a negative that returned something. */
  misses: Array<{ query: string; got: string[] }>;
}

export function scoreQuery(q: LabelledQuery, ranked: readonly string[]): { mrr: number; recall: number } {
  if (q.kind === 'negative') {
    const ok = ranked.length === 0 ? 1 : 0;
    return { mrr: ok, recall: ok };
  }
  const relevant = new Set(q.relevant);
  const first = ranked.slice(0, 10).findIndex((id) => relevant.has(id));
  const found = ranked.slice(0, 5).filter((id) => relevant.has(id)).length;
  return { mrr: first < 0 ? 0 : 1 / (first + 1), recall: found / Math.min(5, relevant.size) };
}

/** Scores a search function (query → ranked ids) over the set, per kind in the set's order. */
export function scoreByKind(queries: readonly LabelledQuery[], search: (query: string) => string[]): KindScore[] {
  return QUERY_KINDS.map((kind) => {
    const ofKind = queries.filter((q) => q.kind === kind);
    const score: KindScore = { kind, queries: ofKind.length, mrr: 0, recall: 0, misses: [] };
    for (const q of ofKind) {
      const ranked = search(q.query);
      const s = scoreQuery(q, ranked);
      score.mrr += s.mrr / ofKind.length;
      score.recall += s.recall / ofKind.length;
      if (s.recall < 1) score.misses.push({ query: q.query, got: ranked.slice(0, 5) });
    }
    return score;
  });
}
