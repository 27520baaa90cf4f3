import type { Audience, Category, ChannelType, HandlingType, ListTier, ResolvedItem } from '@yizhan/catalogue';

/** The browse filters, in the order they are shown. */
export const FACETS = ['category', 'audience', 'channel', 'handlingType', 'tier'] as const;
export type Facet = (typeof FACETS)[number];

/**
 * Canonical option order per facet (the schema's order). Kept here rather than imported from
 * @yizhan/catalogue so the widgets do not pull zod into a page; `satisfies` keeps them in step.
 */
export const FACET_VALUES = {
  category: [
    'patent',
    'trademark',
    'geographical-indication',
    'ic-layout',
    'protection',
    'consultation',
    'information',
    'finance',
    'training',
    'other',
  ] satisfies Category[],
  audience: ['individual', 'enterprise', 'sme', 'university', 'agency', 'foreign'] satisfies Audience[],
  channel: ['online', 'window', 'mail', 'phone', 'wechat', 'kiosk'] satisfies ChannelType[],
  handlingType: ['instant', 'commitment'] satisfies HandlingType[],
  tier: ['common', 'individual'] satisfies ListTier[],
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
export function applyFacets(
  items: readonly ResolvedItem[],
  filters: Filters,
  tierOf: (item: ResolvedItem) => string,
): FacetResult {
  const active = FACETS.filter((f) => (filters[f]?.length ?? 0) > 0).map((f) => [f, new Set(filters[f])] as const);
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as FacetResult['counts'];
  const matching: ResolvedItem[] = [];
  const bump = (facet: Facet, item: ResolvedItem): void => {
    const map = counts[facet];
    for (const value of new Set(valuesOf(item, facet, tierOf))) map.set(value, (map.get(value) ?? 0) + 1);
  };
  for (const item of items) {
    let failed: Facet | undefined;
    let failures = 0;
    for (const [facet, wanted] of active) {
      if (!valuesOf(item, facet, tierOf).some((v) => wanted.has(v))) {
        failed = facet;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) {
      matching.push(item);
      for (const facet of FACETS) bump(facet, item);
    } else if (failures === 1 && failed) {
      bump(failed, item);
    }
  }
  return { items: matching, counts };
}

export function activeFilterCount(filters: Filters): number {
  return FACETS.reduce((n, f) => n + (filters[f]?.length ?? 0), 0);
}
