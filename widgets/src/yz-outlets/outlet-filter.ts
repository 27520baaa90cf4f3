import type { OutletType, Region, ResolvedOutlet } from '@yizhan/catalogue';
import { haversineKm, type LatLng } from '../internal/geo.js';

/** Network order: the provincial node first, then the city centre, then specialised outlets. */
export const OUTLET_TYPE_ORDER = [
  'provincial-node',
  'municipal-centre',
  'protection-centre',
  'tisc',
  'university-centre',
  'info-outlet',
  'patent-agency-office',
  'trademark-window',
  'other',
] as const satisfies readonly OutletType[];

/** GB/T 2260: `510000` province, `510100` prefecture-level city, `510104` district or county. */
export const provinceOf = (code: string): string => `${code.slice(0, 2)}0000`;
export const cityOf = (code: string): string => `${code.slice(0, 4)}00`;

export interface RegionOption {
  code: string;
  name: Readonly<Record<string, string>> | undefined;
  count: number;
}

export interface OutletQuery {
  province?: string;
  city?: string;
  district?: string;
  type?: string;
  /** Outlets allowed by the item and text filters (undefined: no such filter). */
  ids?: ReadonlySet<string>;
}

/** Region options one level down, with how many outlets (of `outlets`) each holds, and `chosen` in any case. */
export function regionOptions(
  outlets: readonly ResolvedOutlet[],
  regions: ReadonlyMap<string, Region>,
  level: 'province' | 'city' | 'district',
  parent?: string,
  chosen?: string,
): RegionOption[] {
  const counts = new Map<string, number>();
  for (const outlet of outlets) {
    const code = outlet.regionCode;
    let key: string | undefined;
    if (level === 'province') key = provinceOf(code);
    // An outlet registered at province level (510000) belongs to no city or district.
    else if (level === 'city' && parent && provinceOf(code) === parent && cityOf(code) !== parent) key = cityOf(code);
    else if (level === 'district' && parent && cityOf(code) === parent && code !== parent) key = code;
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // The region already chosen stays an option (with 0) when the other filters leave it no outlets,
  // so the select keeps showing the filter that is still applied.
  if (chosen && !counts.has(chosen)) counts.set(chosen, 0);
  return [...counts].map(([code, count]) => ({
    code,
    // A municipality's districts sit under a city code (110100) that has no name of its own.
    name: regions.get(code)?.name ?? (level === 'city' ? regions.get(provinceOf(code))?.name : undefined),
    count,
  }));
}

export function matchesRegion(outlet: ResolvedOutlet, q: OutletQuery): boolean {
  const code = outlet.regionCode;
  if (q.district) return code === q.district;
  if (q.city) return cityOf(code) === q.city;
  if (q.province) return provinceOf(code) === q.province;
  return true;
}

/** Outlets passing every filter except, when `except` names one, that filter (for option counts). */
export function filterOutlets(
  outlets: readonly ResolvedOutlet[],
  q: OutletQuery,
  except?: 'region' | 'type',
): ResolvedOutlet[] {
  return outlets.filter(
    (o) =>
      (except === 'region' || matchesRegion(o, q)) &&
      (except === 'type' || !q.type || o.type === q.type) &&
      (!q.ids || q.ids.has(o.id)),
  );
}

const typeRank = (type: string): number => {
  const at = (OUTLET_TYPE_ORDER as readonly string[]).indexOf(type);
  return at < 0 ? OUTLET_TYPE_ORDER.length : at;
};

/**
 * Network order (type, then region code, then name in the reader's collation), or nearest first
 * when the visitor shared a position; outlets without coordinates then come last.
 */
export function sortOutlets(
  outlets: readonly ResolvedOutlet[],
  nameOf: (o: ResolvedOutlet) => string,
  lang: string,
  from?: LatLng,
): Array<{ outlet: ResolvedOutlet; km?: number }> {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const rows = outlets.map((outlet) => ({
    outlet,
    ...(from && outlet.geo ? { km: haversineKm(from, outlet.geo) } : {}),
  }));
  return rows.sort((a, b) => {
    if (from) {
      const d = (a.km ?? Number.POSITIVE_INFINITY) - (b.km ?? Number.POSITIVE_INFINITY);
      if (d !== 0 && !Number.isNaN(d)) return d;
    }
    return (
      typeRank(a.outlet.type) - typeRank(b.outlet.type) ||
      a.outlet.regionCode.localeCompare(b.outlet.regionCode) ||
      collator.compare(nameOf(a.outlet), nameOf(b.outlet))
    );
  });
}
