import type { ResolvedItem } from '@yizhan/catalogue';
import { pickText } from '../internal/localize.js';

/** What the catalogue needs from `@yizhan/search`'s engine (kept structural so tests can stub it). */
export interface ItemSearchEngine {
  search(
    query: string,
    options?: { limit?: number; kinds?: Array<'item' | 'outlet'> },
  ): { hits: ReadonlyArray<{ kind: string; id: string; score: number }>; zeroResult: boolean };
  highlight(text: string, query: string): ReadonlyArray<readonly [number, number]>;
}

export interface ItemSearchResult {
  /** Matching item ids, best first. */
  ids: string[];
  zeroResult: boolean;
}

const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/**
 * Search items with the bundle's engine when there is one. A catalogue handed over as a property
 * without a prebuilt index falls back to plain substring matching over names, synonyms, codes and
 * summaries: weaker, but it never shows nothing when the words are there.
 */
export function searchItems(
  items: readonly ResolvedItem[],
  engine: ItemSearchEngine | undefined,
  query: string,
): ItemSearchResult {
  const q = query.trim();
  if (!q) return { ids: items.map((i) => i.id), zeroResult: false };
  if (engine) {
    const { hits, zeroResult } = engine.search(q, { limit: items.length, kinds: ['item'] });
    const ids = hits.filter((h) => h.kind === 'item').map((h) => h.id);
    return { ids, zeroResult: zeroResult || ids.length === 0 };
  }
  const needle = fold(q);
  const scored: Array<[string, number]> = [];
  for (const item of items) {
    const names = Object.values(item.name).map(fold);
    let score = 0;
    if (names.some((n) => n.startsWith(needle))) score = 4;
    else if (names.some((n) => n.includes(needle))) score = 3;
    else if (item.synonyms.some((s) => fold(s).includes(needle)) || (item.code && fold(item.code).includes(needle)))
      score = 2;
    else if (item.summary && Object.values(item.summary).some((s) => fold(s).includes(needle))) score = 1;
    if (score) scored.push([item.id, score]);
  }
  scored.sort((a, b) => b[1] - a[1]);
  return { ids: scored.map(([id]) => id), zeroResult: scored.length === 0 };
}

/** Ranges of `text` to mark for `query`: the engine's, or the plain substring in the fallback. */
export function highlightRanges(
  engine: ItemSearchEngine | undefined,
  text: string,
  query: string,
): ReadonlyArray<readonly [number, number]> {
  const q = query.trim();
  if (!q || !text) return [];
  if (engine) return engine.highlight(text, q);
  const at = text.toLowerCase().indexOf(q.toLowerCase());
  return at >= 0 ? [[at, at + q.length]] : [];
}

/** Display name of an item in a language (re-exported for the row template). */
export const itemName = (item: ResolvedItem, lang: string): string => pickText(item.name, lang);
