import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import type { Catalogue, ResolvedItem, ResolvedOutlet } from '@yizhan/catalogue';
import { BundleController } from '../internal/bundle-controller.js';
import { renderBundleState } from '../internal/bundle-state.js';
import type { CatalogueView } from '../internal/catalogue-view.js';
import { emit } from '../internal/events.js';
import type { GeolocationProvider, LatLng } from '../internal/geo.js';
import { locate } from '../internal/geo.js';
import { statusText, weeklyLines } from '../internal/hours-format.js';
import { displayNames } from '../internal/intl-cache.js';
import { QueryInputController } from '../internal/query-input.js';
import { LocalizeController } from '../internal/localize.js';
import { openStatus, shanghaiTime } from '../internal/opening-hours.js';
import { OUTLET_TYPE_ORDER, filterOutlets, regionOptions, sortOutlets, type OutletQuery } from './outlet-filter.js';
import { outletsStyles } from './yz-outlets.styles.js';

const PAGE_SIZE = 20;
const ITEMS_SHOWN = 6;
/** Search hits scoring at least this share of the best one count as what the visitor meant. */
/** Hits found in these fields name the service; a match in a summary only mentions it. */
const NAMING_FIELDS = new Set(['name', 'synonym', 'code', 'outlet']);
/** When nothing names the service, the few best hits stand in for it. */
const MENTION_LIMIT = 5;

export interface OutletsSelectDetail {
  kind: 'item' | 'outlet';
  id: string;
}

type GeoState = 'idle' | 'locating' | 'sorted' | 'denied' | 'unavailable';

interface SearchEngineLike {
  search(
    query: string,
    options?: { limit?: number },
  ): { hits: ReadonlyArray<{ kind: string; id: string; score: number; field: string }>; zeroResult: boolean };
}

const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

const HEADINGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * @summary The outlet finder: where to go, when it is open, and how to get help there. Find a
 * service outlet by region (province → city → district), type and service item; sort nearest
 * first on request.
 *
 * @attr src - Bundle directory URL, loaded through @yizhan/client (cached, works offline).
 * @attr item - Show only outlets that handle this service item (“where can I do 商标质押登记”).
 * @attr outlet - Bring this outlet into view and focus it (e.g. after a `yz-select` from yz-catalogue).
 * @attr region - Preselect a region by GB/T 2260 code (`510000` province, `510100` city, `510104` district).
 * @attr item-href - Link for service-item names, `{id}` replaced by the item id (e.g. `#item={id}` next to a yz-catalogue with `route="hash"`). Without it, item names are buttons that only emit `yz-select`.
 * @attr elderly - Larger type and targets, one simple column (适老化).
 * @attr layout - `auto` (default, follows the widget's own width), `phone`, `desktop` or `kiosk`.
 * @attr heading-level - Level of the outlet names and the filter title in the page outline (default 3, under the page's own h2); each outlet's list of services is one level below.
 *
 * @prop {Catalogue} catalogue - The resolved catalogue given directly (wins over `src`).
 * @prop {unknown} searchIndex - Prebuilt search index for `catalogue` (optional).
 * @prop {Date | number | undefined} now - Fixed clock for “open now” (tests, screenshots); by default the real time, refreshed every minute.
 * @prop {GeolocationProvider | undefined} geolocation - Where the visitor's position comes from; `navigator.geolocation` by default. Only asked after the visitor presses the nearest-first button.
 *
 * @event {CustomEvent<OutletsSelectDetail>} yz-select - A service item (`kind: 'item'`) or a parent outlet (`kind: 'outlet'`) was chosen. Cancelable.
 *
 * @slot map - A host's own map of the outlets (no tiles or third-party services are built in).
 *
 * @csspart base - Wrapper. @csspart filters - Filter bar. @csspart region-select, type-select, search-input - Its fields.
 * @csspart near - The nearest-first controls. @csspart geo-status - The live message about location.
 * @csspart item-filter - The “only outlets for this item” notice.
 * @csspart result-count - Live count. @csspart list - The outlet list. @csspart outlet - One outlet card.
 * @csspart outlet-name, outlet-type, open-status, distance, address, phone-link, hours, items, item-link, languages, accessibility, parent-link, sample-badge - Pieces of a card.
 * @csspart button - Every button; also more-button, near-button, items-toggle.
 * @csspart empty - The empty-results message. @csspart error, offline-notice - Bundle loading states.
 *
 * @cssprop --yz-color-primary, --yz-color-text, --yz-color-text-muted, --yz-color-surface, --yz-color-surface-alt, --yz-color-border, --yz-color-divider - Colours.
 * @cssprop --yz-color-success - “Open now”. @cssprop --yz-color-warning - Sample-data badge, closing soon.
 * @cssprop --yz-color-focus, --yz-focus-width - The focus ring.
 * @cssprop --yz-font-family, --yz-font-size, --yz-radius, --yz-space-1…6, --yz-target-size - Type, spacing, touch targets (elderly: --yz-elderly-*).
 * @cssprop --yz-kiosk-target-size - Touch target size in the kiosk layout (default 56px).
 */
export class YzOutlets extends LitElement {
  static override styles = outletsStyles;

  static override properties = {
    src: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    catalogue: { attribute: false },
    searchIndex: { attribute: false },
    item: { type: String, reflect: true },
    outlet: { type: String },
    region: { type: String },
    itemHref: { type: String, attribute: 'item-href' },
    elderly: { type: Boolean, reflect: true },
    layout: { type: String, reflect: true },
    now: { attribute: false },
    geolocation: { attribute: false },
    _province: { state: true },
    _city: { state: true },
    _district: { state: true },
    _type: { state: true },
    _query: { state: true },
    _position: { state: true },
    _geo: { state: true },
    _shown: { state: true },
    _expanded: { state: true },
    _tick: { state: true },
  };

  declare src: string | null;
  declare catalogue: Catalogue | null;
  declare searchIndex: unknown;
  declare item: string | null;
  declare outlet: string | null;
  declare region: string | null;
  declare itemHref: string | null;
  declare elderly: boolean;
  declare layout: string;
  declare headingLevel: number;
  declare now: Date | number | undefined;
  declare geolocation: GeolocationProvider | undefined;
  declare _province: string;
  declare _city: string;
  declare _district: string;
  declare _type: string;
  declare _query: string;
  declare _position: LatLng | undefined;
  declare _geo: GeoState;
  declare _shown: number;
  declare _expanded: ReadonlySet<string>;
  declare _tick: number;

  private readonly localize = new LocalizeController(this, ['outlets', 'ui']);
  private readonly bundle = new BundleController(this, () => ({
    src: this.src,
    catalogue: this.catalogue,
    searchIndex: this.searchIndex,
  }));
  private clock: ReturnType<typeof setInterval> | undefined;
  private readonly queryInput = new QueryInputController(this, (query) => this.runSearch(query));
  private focusOutlet = false;

  constructor() {
    super();
    this.src = null;
    this.catalogue = null;
    this.searchIndex = undefined;
    this.item = null;
    this.outlet = null;
    this.region = null;
    this.itemHref = null;
    this.elderly = false;
    this.layout = 'auto';
    this.headingLevel = 3;
    this.now = undefined;
    this.geolocation = undefined;
    this._province = '';
    this._city = '';
    this._district = '';
    this._type = '';
    this._query = '';
    this._position = undefined;
    this._geo = 'idle';
    this._shown = PAGE_SIZE;
    this._expanded = new Set();
    this._tick = 0;
  }

  /** Back to the unfiltered list and forget the visitor's position (kiosk idle wipe). */
  reset(): void {
    this._province = this._city = this._district = this._type = this._query = '';
    this.queryInput.clear();
    this._position = undefined;
    this._geo = 'idle';
    this._shown = PAGE_SIZE;
    this._expanded = new Set();
    if (this.region) this.applyRegion(this.region);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // “Open now” goes stale: re-render each minute (not when a test fixed the clock).
    this.clock = setInterval(() => {
      if (this.now === undefined) this._tick++;
    }, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clock);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('region') && this.region) this.applyRegion(this.region);
    if (changed.has('outlet') && this.outlet) this.focusOutlet = true;
  }

  protected override updated(): void {
    if (!this.focusOutlet || !this.outlet || !this.view) return;
    const card = this.renderRoot.querySelector<HTMLElement>(`[data-outlet="${CSS.escape(this.outlet)}"]`);
    if (card) {
      this.focusOutlet = false;
      card.scrollIntoView({ block: 'start' });
      card.focus({ preventScroll: true });
      return;
    }
    // Not on screen: clear the filters that hide it, and show enough rows to include it.
    const rows = this.rows(this.view);
    const at = rows.findIndex((r) => r.outlet.id === this.outlet);
    if (at >= 0) this._shown = Math.max(this._shown, at + 1);
    else if (this.view.outlets.has(this.outlet)) this.clearFilters(false);
    else this.focusOutlet = false;
  }

  private applyRegion(code: string): void {
    if (!/^\d{6}$/.test(code)) return;
    this._province = `${code.slice(0, 2)}0000`;
    this._city = code.endsWith('0000') ? '' : `${code.slice(0, 4)}00`;
    this._district = code.endsWith('00') ? '' : code;
  }

  private get view(): CatalogueView | undefined {
    return this.bundle.status === 'ready' ? this.bundle.view : undefined;
  }

  private name = (o: ResolvedOutlet): string => this.localize.text(o.name);

  /** Items the text search picked, for the “outlets that handle …” line. */
  private matchedItems: ResolvedItem[] = [];

  /** Outlets the item and text filters allow (undefined: no such filter). */
  private allowedIds(view: CatalogueView): Set<string> | undefined {
    let ids: Set<string> | undefined;
    if (this.item) ids = new Set(view.outletsFor(this.item).map((o) => o.id));
    const q = this._query;
    this.matchedItems = [];
    if (q) {
      const found = new Set<string>();
      const engine = this.bundle.engine as SearchEngineLike | undefined;
      if (engine) {
        // “Where can I do 商标质押登记” means that item, not everything that mentions 质押: when the
        // best hit names a service (its name, a synonym, its code), that service is the answer;
        // otherwise the few best mentions stand in for it.
        const { hits } = engine.search(q, { limit: 50 });
        const naming = hits[0] !== undefined && NAMING_FIELDS.has(hits[0].field);
        const kept = naming ? hits.slice(0, 1) : hits.slice(0, MENTION_LIMIT);
        for (const hit of kept) {
          if (hit.kind === 'outlet') {
            found.add(hit.id);
            continue;
          }
          const item = view.items.get(hit.id);
          if (item) this.matchedItems.push(item);
          for (const o of view.outletsFor(hit.id)) found.add(o.id);
        }
      } else {
        const needle = fold(q);
        const hasText = (v: Readonly<Record<string, string>> | undefined): boolean =>
          !!v && Object.values(v).some((s) => fold(s).includes(needle));
        for (const o of view.catalogue.outlets) if (hasText(o.name) || hasText(o.address)) found.add(o.id);
        for (const item of view.catalogue.items) {
          if (hasText(item.name) || item.synonyms.some((s) => fold(s).includes(needle))) {
            this.matchedItems.push(item);
            for (const o of view.outletsFor(item.id)) found.add(o.id);
          }
        }
      }
      ids = ids ? new Set([...ids].filter((id) => found.has(id))) : found;
    }
    return ids;
  }

  private queryState(view: CatalogueView): OutletQuery {
    const ids = this.allowedIds(view);
    return {
      province: this._province,
      city: this._city,
      district: this._district,
      type: this._type,
      ...(ids ? { ids } : {}),
    };
  }

  /** Every outlet in network order, sorted once per catalogue and language: filtering keeps the order. */
  private networkOrder: { outlets: readonly ResolvedOutlet[]; lang: string; sorted: ResolvedOutlet[] } | undefined;

  private rows(view: CatalogueView, query = this.queryState(view)): Array<{ outlet: ResolvedOutlet; km?: number }> {
    const all = view.catalogue.outlets;
    const lang = this.localize.lang;
    if (this._position) return sortOutlets(filterOutlets(all, query), this.name, lang, this._position);
    if (this.networkOrder?.outlets !== all || this.networkOrder.lang !== lang) {
      this.networkOrder = { outlets: all, lang, sorted: sortOutlets(all, this.name, lang).map((r) => r.outlet) };
    }
    return filterOutlets(this.networkOrder.sorted, query).map((outlet) => ({ outlet }));
  }

  // ---- events -----------------------------------------------------------------------------------

  private resetPaging(): void {
    this._shown = PAGE_SIZE;
  }

  private onProvince = (e: Event): void => {
    this._province = (e.target as HTMLSelectElement).value;
    this._city = this._district = '';
    this.resetPaging();
  };

  private onCity = (e: Event): void => {
    this._city = (e.target as HTMLSelectElement).value;
    this._district = '';
    this.resetPaging();
  };

  private onDistrict = (e: Event): void => {
    this._district = (e.target as HTMLSelectElement).value;
    this.resetPaging();
  };

  private onType = (e: Event): void => {
    this._type = (e.target as HTMLSelectElement).value;
    this.resetPaging();
  };

  private runSearch(query: string): void {
    this._query = query;
    this.resetPaging();
  }

  private clearFilters(focus = true): void {
    this._province = this._city = this._district = this._type = this._query = '';
    this.queryInput.clear();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#oq');
    if (input) input.value = '';
    this.resetPaging();
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#province')?.focus());
  }

  private clearItem = (): void => {
    this.item = null;
    this.resetPaging();
  };

  private onNear = async (): Promise<void> => {
    if (this._geo === 'sorted') {
      this._position = undefined;
      this._geo = 'idle';
      return;
    }
    this._geo = 'locating';
    // The browser asks for permission only now, after the visitor pressed the button.
    const provider =
      this.geolocation ??
      (typeof navigator !== 'undefined' && 'geolocation' in navigator ? navigator.geolocation : undefined);
    const result = await locate(provider);
    if (result.ok) {
      this._position = result.position;
      this._geo = 'sorted';
      this.resetPaging();
    } else {
      this._position = undefined;
      this._geo = result.reason;
    }
  };

  private select(event: Event, kind: 'item' | 'outlet', id: string): void {
    const proceed = emit<OutletsSelectDetail>(this, 'yz-select', { kind, id }, { cancelable: true });
    if (!proceed) {
      event.preventDefault();
      return;
    }
    if (kind === 'outlet') {
      event.preventDefault();
      this.outlet = id;
      this.focusOutlet = true;
      this.requestUpdate();
    }
  }

  private toggleItems(id: string): void {
    const next = new Set(this._expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this._expanded = next;
  }

  // ---- rendering --------------------------------------------------------------------------------

  override render(): TemplateResult {
    const view = this.view;
    return html`<div class="root" part="base" dir=${this.localize.dir}>
      ${renderBundleState(this.localize, this.bundle)}
      ${this.localize.ready && view ? this.renderFinder(view) : nothing}
    </div>`;
  }

  private regionLabel(name: Readonly<Record<string, string>> | undefined, code: string, count: number): string {
    return this.localize.t('filters.regionCount', {
      name: name ? this.localize.text(name) : code,
      count: this.localize.number(count),
    });
  }

  private renderFinder(view: CatalogueView): TemplateResult {
    const { localize } = this;
    const query = this.queryState(view);
    const all = view.catalogue.outlets;
    const forRegions = filterOutlets(all, query, 'region');
    const byCode = (a: { code: string }, b: { code: string }): number => a.code.localeCompare(b.code);
    const provinces = regionOptions(forRegions, view.regions, 'province', undefined, this._province).sort(byCode);
    const cities = this._province
      ? regionOptions(forRegions, view.regions, 'city', this._province, this._city).sort(byCode)
      : [];
    const districts = this._city
      ? regionOptions(forRegions, view.regions, 'district', this._city, this._district).sort(byCode)
      : [];
    const typeCounts = new Map<string, number>();
    for (const o of filterOutlets(all, query, 'type')) typeCounts.set(o.type, (typeCounts.get(o.type) ?? 0) + 1);
    const rows = this.rows(view, query);
    const shown = rows.slice(0, this._shown);
    const item = this.item ? view.items.get(this.item) : undefined;
    const regionSelect = (
      id: string,
      label: string,
      value: string,
      options: Array<{ code: string; name: Readonly<Record<string, string>> | undefined; count: number }>,
      onChange: (e: Event) => void,
    ): TemplateResult =>
      html`<label class="field" for=${id}>
        <span>${label}</span>
        <select id=${id} part="region-select" @change=${onChange} ?disabled=${options.length === 0}>
          <option value="" ?selected=${value === ''}>${localize.t('filters.any')}</option>
          ${options.map(
            (o) =>
              html`<option value=${o.code} ?selected=${o.code === value}>
                ${this.regionLabel(o.name, o.code, o.count)}
              </option>`,
          )}
        </select>
      </label>`;

    return html`<div class="finder">
      <form class="filters" part="filters" @submit=${(e: Event) => e.preventDefault()} aria-labelledby="filters-title">
        ${this.heading(0, 'filters-title', 'filters-title', localize.t('filters.title'))}
        <label class="field wide-field" for="oq">
          <span>${localize.t('filters.query')}</span>
          <input
            id="oq"
            type="search"
            part="search-input"
            autocomplete="off"
            enterkeyhint="search"
            placeholder=${localize.t('filters.queryPlaceholder')}
            .value=${this.queryInput.value}
            @input=${this.queryInput.onInput}
            @compositionstart=${this.queryInput.onCompositionStart}
            @compositionend=${this.queryInput.onCompositionEnd}
            @keydown=${this.queryInput.onKeydown}
          />
        </label>
        ${regionSelect('province', localize.t('filters.province'), this._province, provinces, this.onProvince)}
        ${regionSelect('city', localize.t('filters.city'), this._city, cities, this.onCity)}
        ${regionSelect('district', localize.t('filters.district'), this._district, districts, this.onDistrict)}
        <label class="field" for="type">
          <span>${localize.t('filters.type')}</span>
          <select id="type" part="type-select" @change=${this.onType}>
            <option value="" ?selected=${this._type === ''}>${localize.t('filters.anyType')}</option>
            ${OUTLET_TYPE_ORDER.filter((t) => typeCounts.has(t) || t === this._type).map(
              (t) =>
                html`<option value=${t} ?selected=${t === this._type}>
                  ${localize.t('filters.regionCount', {
                    name: localize.t(`common:outletType.${t}`),
                    count: localize.number(typeCounts.get(t) ?? 0),
                  })}
                </option>`,
            )}
          </select>
        </label>
        ${
          this._province || this._type || this._query
            ? html`<button
                type="button"
                class="button secondary clear"
                part="button"
                @click=${() => this.clearFilters()}
              >
                ${localize.t('filters.clear')}
              </button>`
            : nothing
        }
      </form>
      ${
        item
          ? html`<p class="item-filter" part="item-filter">
              <span>${localize.t('item.only', { name: localize.text(item.name) })}</span>
              <button type="button" class="button secondary small" part="button" @click=${this.clearItem}>
                ${localize.t('item.showAll')}
              </button>
            </p>`
          : nothing
      }
      ${
        this._query && this.matchedItems.length
          ? html`<p class="matched" part="matched-items">
              ${localize.t(this.matchedItems.length > 3 ? 'item.matchedMore' : 'item.matched', {
                items: localize.list(this.matchedItems.slice(0, 3).map((i) => localize.text(i.name))),
                count: this.matchedItems.length,
              })}
            </p>`
          : nothing
      }
      ${this.renderNear()}
      <slot name="map"></slot>
      <p class="result-count" role="status" part="result-count">
        ${localize.t('results.count', { count: rows.length })}
      </p>
      ${
        rows.length === 0
          ? html`<div class="empty" part="empty">
              <p class="empty-title">${localize.t('empty.title')}</p>
              <p>${localize.t('empty.hint')}</p>
            </div>`
          : html`<ul class="list" part="list" aria-label=${localize.t('results.list')}>
                ${shown.map((row) => this.renderOutlet(view, row.outlet, row.km))}
              </ul>
              ${
                rows.length > shown.length
                  ? html`<button
                      type="button"
                      class="button secondary more"
                      part="button more-button"
                      @click=${() => (this._shown += PAGE_SIZE)}
                    >
                      ${localize.t('results.more', { count: rows.length - shown.length })}
                    </button>`
                  : nothing
              }`
      }
    </div>`;
  }

  private renderNear(): TemplateResult {
    const { localize } = this;
    const messages: Partial<Record<GeoState, string>> = {
      locating: localize.t('near.locating'),
      sorted: localize.t('near.sorted'),
      denied: localize.t('near.denied'),
      unavailable: localize.t('near.unavailable'),
    };
    return html`<div class="near" part="near">
      <button
        type="button"
        class="button secondary"
        part="button near-button"
        aria-describedby="near-hint"
        ?disabled=${this._geo === 'locating'}
        @click=${() => void this.onNear()}
      >
        ${localize.t(this._geo === 'sorted' ? 'near.reset' : 'near.button')}
      </button>
      <p id="near-hint" class="hint">${localize.t('near.hint')}</p>
      <p class="geo-status ${this._geo}" role="status" part="geo-status">${messages[this._geo] ?? ''}</p>
    </div>`;
  }

  private renderOutlet(view: CatalogueView, outlet: ResolvedOutlet, km: number | undefined): TemplateResult {
    const { localize } = this;
    const now = this.now ?? Date.now();
    const status = openStatus(outlet.hours, now);
    const parent = outlet.parentId ? view.outlets.get(outlet.parentId) : undefined;
    const items = outlet.itemIds
      .map((id) => view.items.get(id))
      .filter((i): i is ResolvedItem => !!i && i.status !== 'retired');
    const expanded = this._expanded.has(outlet.id) || items.length <= ITEMS_SHOWN;
    const titleId = `o-${outlet.id}`;
    return html`<li class="outlet" part="outlet" data-outlet=${outlet.id} tabindex="-1" aria-labelledby=${titleId}>
      <div class="outlet-head">
        ${this.heading(0, titleId, 'outlet-name', localize.text(outlet.name), 'outlet-name')}
        ${
          outlet.sample
            ? html`<span class="badge sample" part="sample-badge">${localize.t('common:sampleData')}</span>`
            : nothing
        }
      </div>
      <p class="outlet-type" part="outlet-type">${localize.t(`common:outletType.${outlet.type}`)}</p>
      <p
        class="open-status ${status.state} ${status.state === 'open' && status.closingSoon ? 'soon' : ''}"
        part="open-status"
      >
        <span class="dot" aria-hidden="true"></span>${statusText(localize, status)}
      </p>
      ${
        km !== undefined
          ? html`<p class="distance" part="distance">
              ${localize.t('near.distance', {
                distance: localize.number(km, {
                  style: 'unit',
                  unit: 'kilometer',
                  maximumFractionDigits: km < 10 ? 1 : 0,
                }),
              })}
            </p>`
          : this._position
            ? html`<p class="distance" part="distance">${localize.t('near.noGeo')}</p>`
            : nothing
      }
      <dl class="facts">
        <div>
          <dt>${localize.t('outlet.address')}</dt>
          <dd part="address">
            ${localize.text(outlet.address)}
            ${outlet.transit ? html`<span class="transit">${localize.text(outlet.transit)}</span>` : nothing}
          </dd>
        </div>
        ${
          outlet.phones.length
            ? html`<div>
                <dt>${localize.t('outlet.phone')}</dt>
                <dd class="phones">
                  ${outlet.phones.map(
                    (p) => html`<a href="tel:${p.replace(/[^\d+]/g, '')}" part="phone-link">${p}</a>`,
                  )}
                </dd>
              </div>`
            : nothing
        }
        ${outlet.hours ? this.renderHours(outlet, now) : nothing}
        ${
          outlet.url && /^https?:\/\//i.test(outlet.url)
            ? html`<div>
                <dt>${localize.t('outlet.website')}</dt>
                <dd>
                  <a href=${outlet.url} target="_blank" rel="noopener noreferrer"
                    >${outlet.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}<span class="visually-hidden"
                      >${localize.t('ui:externalLink')}</span
                    ></a
                  >
                </dd>
              </div>`
            : nothing
        }
        ${
          outlet.email
            ? html`<div>
                <dt>${localize.t('outlet.email')}</dt>
                <dd><a href="mailto:${outlet.email}">${outlet.email}</a></dd>
              </div>`
            : nothing
        }
        ${
          parent
            ? html`<div>
                <dt>${localize.t('outlet.parent')}</dt>
                <dd>
                  <button
                    type="button"
                    class="link"
                    part="parent-link"
                    @click=${(e: Event) => this.select(e, 'outlet', parent.id)}
                  >
                    ${localize.text(parent.name)}
                  </button>
                </dd>
              </div>`
            : nothing
        }
        ${
          outlet.languages.length
            ? html`<div>
                <dt>${localize.t('outlet.languages')}</dt>
                <dd part="languages">${this.languageNames(outlet.languages)}</dd>
              </div>`
            : nothing
        }
        ${
          outlet.accessibility.length
            ? html`<div>
                <dt>${localize.t('outlet.accessibility')}</dt>
                <dd>
                  <ul class="chips" part="accessibility">
                    ${outlet.accessibility.map((a) => html`<li>${localize.t(`common:accessibility.${a}`)}</li>`)}
                  </ul>
                </dd>
              </div>`
            : nothing
        }
      </dl>
      ${items.length ? this.renderItems(outlet, items, expanded) : nothing}
      ${outlet.sample ? html`<p class="sample-note">${localize.t('outlet.sample')}</p>` : nothing}
    </li>`;
  }

  /** A real heading at `heading-level` plus `offset` (clamped to h1–h6), so the page's outline holds. */
  private heading(offset: number, id: string | undefined, cls: string, text: string, part?: string): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel || 3) + offset));
    const tag = HEADINGS[level - 1]!;
    return staticHtml`<${tag} id=${id ?? nothing} class=${cls} part=${part ?? nothing}>${text}</${tag}>`;
  }

  private languageNames(tags: readonly string[]): string {
    let names: Intl.DisplayNames | undefined;
    try {
      names = displayNames(this.localize.lang, { type: 'language' });
    } catch {
      names = undefined;
    }
    // “中文”, not “中文（中国）”: the region of a spoken language says nothing useful here.
    return this.localize.list(tags.map((t) => names?.of(/^zh(-Hans|-CN)?$/i.test(t) ? 'zh' : t) ?? t));
  }

  private renderHours(outlet: ResolvedOutlet, now: Date | number): TemplateResult {
    const { localize } = this;
    const hours = outlet.hours!;
    const today = shanghaiTime(now).date;
    const soon = (dates: readonly string[]): string[] =>
      dates
        .filter((d) => d >= today && Date.parse(d) - Date.parse(today) <= 14 * 86_400_000)
        .map((d) => localize.date(`${d}T12:00:00+08:00`, { month: 'short', day: 'numeric' }));
    const closed = soon(hours.closed);
    const open = soon(hours.open);
    return html`<div>
      <dt>${localize.t('hours.title')}</dt>
      <dd part="hours">
        ${weeklyLines(localize, hours).map((line) => html`<span class="line">${line}</span>`)}
        ${closed.length ? html`<span class="line">${localize.t('hours.closed', { dates: localize.list(closed) })}</span>` : nothing}
        ${open.length ? html`<span class="line">${localize.t('hours.open', { dates: localize.list(open) })}</span>` : nothing}
        ${hours.note ? html`<span class="line note">${localize.text(hours.note)}</span>` : nothing}
      </dd>
    </div>`;
  }

  private renderItems(outlet: ResolvedOutlet, items: ResolvedItem[], expanded: boolean): TemplateResult {
    const { localize } = this;
    const listId = `items-${outlet.id}`;
    const shown = expanded ? items : items.slice(0, ITEMS_SHOWN);
    return html`<div class="items" part="items">
      ${this.heading(1, undefined, 'items-title', localize.t('outlet.items', { count: items.length }))}
      <ul id=${listId}>
        ${shown.map((item) => {
          const href = this.itemHref?.replace('{id}', encodeURIComponent(item.id));
          const label = localize.text(item.name);
          return html`<li>
            ${
              href
                ? html`<a href=${href} part="item-link" @click=${(e: Event) => this.select(e, 'item', item.id)}
                    >${label}</a
                  >`
                : html`<button
                    type="button"
                    class="link"
                    part="item-link"
                    @click=${(e: Event) => this.select(e, 'item', item.id)}
                  >
                    ${label}
                  </button>`
            }
          </li>`;
        })}
      </ul>
      ${
        items.length > ITEMS_SHOWN
          ? html`<button
              type="button"
              class="button secondary small"
              part="button items-toggle"
              aria-expanded=${expanded ? 'true' : 'false'}
              aria-controls=${listId}
              @click=${() => this.toggleItems(outlet.id)}
            >
              ${localize.t(expanded ? 'outlet.fewerItems' : 'outlet.moreItems', { count: items.length })}
            </button>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'yz-outlets': YzOutlets;
  }
}
