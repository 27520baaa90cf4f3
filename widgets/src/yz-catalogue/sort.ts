import type { Duration, ResolvedItem } from '@yizhan/catalogue';
import { pickText } from '../internal/localize.js';

export const SORTS = ['name', 'time', 'updated'] as const;
export type Sort = (typeof SORTS)[number];

/** Rough length in calendar days, only to order items by how fast they are handled. */
export function durationDays(duration: Duration | undefined): number {
  if (!duration) return Number.POSITIVE_INFINITY;
  switch (duration.unit) {
    case 'instant':
      return 0;
    case 'working-days':
      return duration.value * 1.4;
    case 'days':
      return duration.value;
    case 'months':
      return duration.value * 30;
  }
}

const cache = new WeakMap<readonly ResolvedItem[], Map<string, ResolvedItem[]>>();

/**
 * All items in one order, computed once per catalogue, language and sort (the collator is the
 * costly part at 10k items); filtering then keeps this order, so a filter change never re-sorts.
 * Names sort by the reader's collation: pinyin for Chinese, alphabetical for English.
 */
export function sortedItems(items: readonly ResolvedItem[], sort: Sort, lang: string): ResolvedItem[] {
  let byKey = cache.get(items);
  if (!byKey) cache.set(items, (byKey = new Map()));
  const key = `${sort}|${lang}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  const names = new Map(items.map((item) => [item, pickText(item.name, lang)]));
  const byName = (a: ResolvedItem, b: ResolvedItem): number => collator.compare(names.get(a)!, names.get(b)!);
  const order = [...items];
  if (sort === 'name') order.sort(byName);
  else if (sort === 'time') {
    const days = new Map(items.map((item) => [item, durationDays(item.timeLimit?.promised ?? item.timeLimit?.legal)]));
    order.sort((a, b) => days.get(a)! - days.get(b)! || byName(a, b));
  } else {
    order.sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '') || byName(a, b));
  }
  byKey.set(key, order);
  return order;
}
