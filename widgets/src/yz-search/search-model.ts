import type { ResolvedItem, ResolvedOutlet } from '@yizhan/catalogue';
import type { CatalogueView } from '../internal/catalogue-view.js';

export type SearchKind = 'item' | 'outlet';

export interface SearchOption {
  kind: SearchKind;
  id: string;
  record: ResolvedItem | ResolvedOutlet;
}

export interface GroupedResults {
  items: SearchOption[];
  outlets: SearchOption[];
  /** Items then outlets: the order arrow keys move through. */
  flat: SearchOption[];
  /** Every hit the engine found, before per-group limits. */
  total: number;
}

export interface EngineHit {
  kind: SearchKind;
  id: string;
}

/**
 * Turn the engine's ranked hits into the two groups the popup shows, keeping rank order inside
 * each group, dropping ids the catalogue no longer has and retired items, and limiting each group.
 */
export function groupHits(hits: readonly EngineHit[], view: CatalogueView, limit: number): GroupedResults {
  const items: SearchOption[] = [];
  const outlets: SearchOption[] = [];
  let total = 0;
  for (const hit of hits) {
    if (hit.kind === 'item') {
      const record = view.items.get(hit.id);
      if (!record || record.status === 'retired') continue;
      total++;
      if (items.length < limit) items.push({ kind: 'item', id: hit.id, record });
    } else {
      const record = view.outlets.get(hit.id);
      if (!record) continue;
      total++;
      if (outlets.length < Math.max(2, Math.ceil(limit / 2))) outlets.push({ kind: 'outlet', id: hit.id, record });
    }
  }
  return { items, outlets, flat: [...items, ...outlets], total };
}

/**
 * Where the active option goes for a key, following the WAI-ARIA APG combobox: Down/Up wrap,
 * Home/End jump when an option is active (otherwise they move the caret and return undefined).
 */
export function nextActive(current: number, key: string, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return current < 0 || current >= count - 1 ? 0 : current + 1;
    case 'ArrowUp':
      return current <= 0 ? count - 1 : current - 1;
    case 'Home':
      return current >= 0 ? 0 : undefined;
    case 'End':
      return current >= 0 ? count - 1 : undefined;
    default:
      return undefined;
  }
}

/** Longest query echoed back ("Nothing found for …"), in characters. */
const ECHO_LENGTH = 40;

/** The query as shown and announced: trimmed, and cut short (with …) when very long. */
export function echoQuery(query: string): string {
  const chars = [...query.trim()];
  return chars.length > ECHO_LENGTH ? `${chars.slice(0, ECHO_LENGTH - 1).join('')}…` : chars.join('');
}
