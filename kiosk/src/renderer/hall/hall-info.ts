import type { Category, ResolvedItem, ResolvedOutlet } from '@yizhan/catalogue';

/**
 * What this hall offers, as data: which window handles an item (the queue hint), and the items
 * to show first on the home screen. Pure, so the rules are tested without a screen.
 */
export type HallWindow = ResolvedOutlet['windows'][number];

/** The windows of this hall that handle `itemId`, in the hall's own order. */
export function windowsForItem(outlet: ResolvedOutlet | undefined, itemId: string): HallWindow[] {
  return outlet?.windows.filter((w) => w.itemIds.includes(itemId)) ?? [];
}

/** Whether the hall handles the item at all (listed by the outlet or one of its windows). */
export function hallHandles(outlet: ResolvedOutlet | undefined, itemId: string): boolean {
  if (!outlet) return false;
  return outlet.itemIds.includes(itemId) || outlet.windows.some((w) => w.itemIds.includes(itemId));
}

/**
 * The services the home screen puts first. Halls have no usage statistics in the bundle, so the
 * kiosk takes the services most halls see most (filings, renewals, pledges, search, enquiries)
 * that this hall handles, topped up with the first item of each window, so every counter is
 * reachable in one tap.
 */
export const COMMONLY_USED = [
  'tm-registration',
  'patent-invention-application',
  'patent-fee-reduction',
  'tm-renewal',
  'patent-annual-fee',
  'tm-pledge',
  'patent-pledge',
  'protection-aid-12330',
  'consult-general',
  'info-patent-search',
] as const;

export function commonlyUsed(
  items: ReadonlyMap<string, ResolvedItem>,
  outlet: ResolvedOutlet | undefined,
  limit = 8,
): ResolvedItem[] {
  const chosen: ResolvedItem[] = [];
  const add = (id: string) => {
    const item = items.get(id);
    if (item && item.status !== 'retired' && !chosen.includes(item) && chosen.length < limit) chosen.push(item);
  };
  for (const id of COMMONLY_USED) if (!outlet || hallHandles(outlet, id)) add(id);
  for (const window of outlet?.windows ?? []) if (window.itemIds[0]) add(window.itemIds[0]);
  for (const id of outlet?.itemIds ?? []) add(id);
  if (!outlet) for (const id of items.keys()) add(id);
  return chosen;
}

/**
 * The catalogue's categories in its canonical order. Kept here as a type-checked record (every
 * category must appear) because importing values from @yizhan/catalogue would pull its Node-only
 * CSV reader into the page.
 */
const CATEGORY_ORDER: Record<Category, true> = {
  patent: true,
  trademark: true,
  'geographical-indication': true,
  'ic-layout': true,
  protection: true,
  consultation: true,
  information: true,
  finance: true,
  training: true,
  other: true,
};
export const CATEGORIES = Object.keys(CATEGORY_ORDER) as Category[];

/** Categories that have at least one visible item, in the catalogue's canonical order. */
export function categoriesWithItems(items: Iterable<ResolvedItem>, order: readonly string[] = CATEGORIES): string[] {
  const present = new Set<string>();
  for (const item of items) if (item.status !== 'retired') present.add(item.category);
  return order.filter((c) => present.has(c));
}
