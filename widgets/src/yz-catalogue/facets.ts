import type { ResolvedItem } from '@yizhan/catalogue';
import { AUDIENCES, CATEGORIES, CHANNEL_TYPES, HANDLING_TYPES, LIST_TIERS } from '@yizhan/catalogue/constants';

/** The browse filters, in the order they are shown. */
export const FACETS = ['category', 'audience', 'channel', 'handlingType', 'tier'] as const;
export type Facet = (typeof FACETS)[number];

/** Canonical option order per facet: the schema's order, from the zod-free constants. */
export const FACET_VALUES = {
  category: CATEGORIES,
  audience: AUDIENCES,
  channel: CHANNEL_TYPES,
  handlingType: HANDLING_TYPES,
  tier: LIST_TIERS,
} as const satisfies Record<Facet, readonly string[]>;

export type Filters = Partial<Record<Facet, readonly string[]>>;

/** The values an item has for a facet; `tierOf` tells the tier of the list that added the item. */
export function valuesOf(item: ResolvedItem, facet: Facet, tierOf: (item: ResolvedItem) => string): readonly string[] {
  switch (facet) {
    case 'category':
      return [item.category];
    case 'audience':
      return item.audience;
    case 'channel':
      return item.channels.map((c) => c.type);
    case 'handlingType':
      return [item.handlingType];
    case 'tier':
      return [tierOf(item)];
  }
}

export interface FacetResult {
  items: ResolvedItem[];
  /**
   * For each facet, how many items each option would give if ticked, given every *other* active
   * facet: the usual “disjunctive” counts, so ticking a second category adds rather than empties.
   */
  counts: Record<Facet, Map<string, number>>;
}

/**
 * Filter items (options within a facet are OR, facets are AND) and count options, in one pass:
 * an item failing no facet counts for every facet; failing exactly one, only for that one.
 */
/** Each item's values per facet (deduplicated), in FACETS order, computed once per item object. */
const facetValues = new WeakMap<ResolvedItem, readonly (readonly string[])[]>();

function valuesFor(item: ResolvedItem, tierOf: (item: ResolvedItem) => string): readonly (readonly string[])[] {
  let values = facetValues.get(item);
  if (!values) {
    values = FACETS.map((facet) => [...new Set(valuesOf(item, facet, tierOf))]);
    facetValues.set(item, values);
  }
  return values;
}

export function applyFacets(
  items: readonly ResolvedItem[],
  filters: Filters,
  tierOf: (item: ResolvedItem) => string,
): FacetResult {
  const active = FACETS.map((f, index) => [index, new Set(filters[f] ?? [])] as const).filter(
    ([, set]) => set.size > 0,
  );
  const maps = FACETS.map(() => new Map<string, number>());
  const matching: ResolvedItem[] = [];
  const bump = (index: number, values: readonly string[]): void => {
    const map = maps[index]!;
    for (const value of values) map.set(value, (map.get(value) ?? 0) + 1);
  };
  for (const item of items) {
    const values = valuesFor(item, tierOf);
    let failed = -1;
    let failures = 0;
    for (const [index, wanted] of active) {
      if (!values[index]!.some((v) => wanted.has(v))) {
        failed = index;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) {
      matching.push(item);
      for (let index = 0; index < FACETS.length; index++) bump(index, values[index]!);
    } else if (failures === 1) {
      bump(failed, values[failed]!);
    }
  }
  const counts = Object.fromEntries(FACETS.map((f, index) => [f, maps[index]!])) as FacetResult['counts'];
  return { items: matching, counts };
}

export function activeFilterCount(filters: Filters): number {
  return FACETS.reduce((n, f) => n + (filters[f]?.length ?? 0), 0);
}
