import type { Catalogue, ListRef, ResolvedItem, ResolvedOutlet, Region } from '@yizhan/catalogue';

/**
 * Lookups over a resolved catalogue that several components need (items and outlets by id, which
 * outlets offer an item, region names up the GB/T 2260 hierarchy, which list set a field).
 * Built once per catalogue object and shared.
 */
export class CatalogueView {
  readonly items = new Map<string, ResolvedItem>();
  readonly outlets = new Map<string, ResolvedOutlet>();
  readonly regions = new Map<string, Region>();
  readonly lists = new Map<string, ListRef>();
  private readonly offeredBy = new Map<string, ResolvedOutlet[]>();

  constructor(readonly catalogue: Catalogue) {
    for (const item of catalogue.items) this.items.set(item.id, item);
    for (const outlet of catalogue.outlets) this.outlets.set(outlet.id, outlet);
    for (const region of catalogue.regions) this.regions.set(region.code, region);
    for (const list of catalogue.lists) this.lists.set(list.id, list);
    for (const outlet of catalogue.outlets) {
      for (const itemId of outlet.itemIds) this.addOffer(itemId, outlet);
    }
    for (const item of catalogue.items) {
      for (const channel of item.channels) {
        for (const outletId of channel.outletIds) {
          const outlet = this.outlets.get(outletId);
          if (outlet) this.addOffer(item.id, outlet);
        }
      }
    }
  }

  private addOffer(itemId: string, outlet: ResolvedOutlet): void {
    const list = this.offeredBy.get(itemId) ?? [];
    if (!list.includes(outlet)) list.push(outlet);
    this.offeredBy.set(itemId, list);
  }

  /** Outlets where an item can be handled: those listing it and those named by its window channel. */
  outletsFor(itemId: string): readonly ResolvedOutlet[] {
    return this.offeredBy.get(itemId) ?? [];
  }

  /** The province, city and district codes of a region code, most general first, as far as they exist. */
  regionChain(code: string): string[] {
    const province = `${code.slice(0, 2)}0000`;
    const city = `${code.slice(0, 4)}00`;
    const chain = [province];
    if (city !== province) chain.push(city);
    if (code !== city) chain.push(code);
    return chain;
  }

  /** The list (national / provincial / municipal) that set a field of a record, or added the record. */
  setBy(record: { provenance: Record<string, string> }, field: string): ListRef | undefined {
    const id = record.provenance[field] ?? record.provenance['@'];
    return id ? this.lists.get(id) : undefined;
  }

  /** Active items only: suspended ones still show (with a notice); retired ones do not. */
  visibleItems(): ResolvedItem[] {
    return this.catalogue.items.filter((item) => item.status !== 'retired');
  }
}

const views = new WeakMap<Catalogue, CatalogueView>();

export function catalogueView(catalogue: Catalogue): CatalogueView {
  let view = views.get(catalogue);
  if (!view) {
    view = new CatalogueView(catalogue);
    views.set(catalogue, view);
  }
  return view;
}
