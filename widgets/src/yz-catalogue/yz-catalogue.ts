import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { cspStyleMap } from '../internal/csp-style-map.js';
import type { Catalogue, ResolvedItem } from '@yizhan/catalogue';
import { BundleController } from '../internal/bundle-controller.js';
import { renderBundleState } from '../internal/bundle-state.js';
import type { CatalogueView } from '../internal/catalogue-view.js';
import { emit } from '../internal/events.js';
import { renderHighlighted } from '../internal/highlight.js';
import { QueryInputController } from '../internal/query-input.js';
import { LocalizeController } from '../internal/localize.js';
import { checklistKey, memoryStore, persistentStore, type ChecklistStore } from './checklist-store.js';
import { FACETS, FACET_VALUES, activeFilterCount, applyFacets, type Facet, type Filters } from './facets.js';
import { renderGuide, timeLimitSentence } from './guide.js';
import { highlightRanges, searchItems, type ItemSearchEngine } from './item-search.js';
import { qrPath, type QrPath } from '../internal/qr-path.js';
import { idle } from '../internal/idle.js';
import { readRoute, routeHref, routeMode } from './route.js';
import { SORTS, sortedItems, type Sort } from './sort.js';
import { windowRange } from './windowing.js';
import { catalogueStyles } from './yz-catalogue.styles.js';

/** Lists longer than this render only the rows near the viewport. */
export const WINDOW_THRESHOLD = 120;

export interface CatalogueSelectDetail {
  kind: 'item' | 'outlet';
  id: string;
}
export interface CatalogueAskDetail {
  itemId: string;
}
export interface CatalogueNavigateDetail {
  /** The item the widget is about to show, or `null` for the list. */
  item: string | null;
  /** The URL the widget would push (the current URL with `route="none"`). */
  url: string;
}
export interface CatalogueSearchDetail {
  query: string;
  resultCount: number;
  zeroResult: boolean;
}

type SortChoice = Sort | 'relevance';

const visibleCache = new WeakMap<Catalogue, ResolvedItem[]>();
const presentCache = new WeakMap<Catalogue, Record<Facet, Set<string>>>();

/**
 * @summary The service-item catalogue: browse and search every IP public service, and read, tick
 * off, share and print its handling guide (办事指南).
 *
 * @attr src - Bundle directory URL (`/bundle/`), loaded through @yizhan/client (cached, works offline).
 * @attr item - The item whose guide is open; set it to open one directly. Reflects the open guide.
 * @attr route - Where the open item lives in the page URL: `hash` (default, `#item=…`), `query` (`?item=…`) or `none` (the host routes; listen to `yz-navigate`).
 * @attr route-param - Name of the URL parameter (default `item`).
 * @attr ephemeral - Keep ticked materials in memory only (shared devices, kiosks); otherwise in localStorage.
 * @attr elderly - Larger type and targets, one simple column (适老化).
 * @attr layout - `auto` (default, follows the widget's own width), `phone`, `desktop` or `kiosk`.
 * @attr outlet-href - Link for outlet names, `{id}` replaced by the outlet id (e.g. `/outlets.html#outlet={id}`). Without it, outlet names are buttons that only emit `yz-select`.
 * @attr ask-href - Where “ask about this item” goes when no handler cancels `yz-ask`, `{id}` replaced by the item id.
 *
 * @prop {Catalogue} catalogue - The resolved catalogue given directly (wins over `src`).
 * @prop {unknown} searchIndex - The prebuilt search index that goes with `catalogue` (optional; without it, plain substring search).
 *
 * @event {CustomEvent<CatalogueSelectDetail>} yz-select - An item was opened from the list (`kind: 'item'`) or an outlet name was chosen (`kind: 'outlet'`). Cancelable: the widget then does nothing.
 * @event {CustomEvent<CatalogueAskDetail>} yz-ask - “Ask about this item” was pressed. Cancelable: cancel it when you open the consultation form yourself (yz-consult-form does).
 * @event {CustomEvent<CatalogueNavigateDetail>} yz-navigate - The widget is about to change the page URL. Cancelable: cancel to route yourself and set `item`.
 * @event {CustomEvent<CatalogueSearchDetail>} yz-search - A search ran (for demand monitoring: what people looked for and did not find).
 *
 * @slot empty - Shown under the built-in message when nothing matches (e.g. a link to the consultation form).
 *
 * @csspart base - The wrapper of everything.
 * @csspart browse - The list view: search, filters and results.
 * @csspart search-input - The search field.
 * @csspart filters - The filter panel. @csspart facet - One filter group. @csspart filters-toggle - The button that shows filters on narrow layouts.
 * @csspart results - Results area. @csspart result-count - The live result count. @csspart sort - The sort select.
 * @csspart list - The result list. @csspart item - One row. @csspart item-link - The row's link or button. @csspart item-meta - A row's details line.
 * @csspart empty - The empty-results message.
 * @csspart guide - The handling guide. @csspart guide-nav, guide-header, guide-title, actions, section, provenance, time-limit, legal-time-limit, promised-time-limit, checklist, material, checkbox, checklist-progress, steps, fees, fee-free, fee-variable, fee-note, item-note, channel, channel-outlet, phone-link, external-link, basis, meta, qr, qr-panel, suspended-notice, tag - Pieces of the guide.
 * @csspart button - Every button; each also has its own part (ask-button, copy-button, qr-button, print-button, back-button, clear-checklist).
 * @csspart error, offline-notice - Bundle loading states.
 *
 * @cssprop --yz-color-primary - Links, buttons, selected filters.
 * @cssprop --yz-color-accent - The promised time limit.
 * @cssprop --yz-color-text, --yz-color-text-muted, --yz-color-surface, --yz-color-surface-alt, --yz-color-border, --yz-color-divider - Text and surfaces.
 * @cssprop --yz-color-warning - Suspended notices.
 * @cssprop --yz-color-success - Materials ticked off the checklist, and free services.
 * @cssprop --yz-color-focus, --yz-focus-width - The focus ring.
 * @cssprop --yz-font-line-height - Line height, which also sets the row height of long (windowed) lists.
 * @cssprop --yz-color-highlight, --yz-color-on-highlight - Matched search text.
 * @cssprop --yz-font-family, --yz-font-size, --yz-radius, --yz-space-1…6, --yz-target-size - Type, spacing and touch targets (elderly: --yz-elderly-*).
 * @cssprop --yz-kiosk-target-size - Touch target size in the kiosk layout (default 56px).
 */
export class YzCatalogue extends LitElement {
  static override styles = catalogueStyles;

  static override properties = {
    src: { type: String },
    catalogue: { attribute: false },
    searchIndex: { attribute: false },
    item: { type: String, reflect: true },
    route: { type: String },
    routeParam: { type: String, attribute: 'route-param' },
    ephemeral: { type: Boolean },
    elderly: { type: Boolean, reflect: true },
    layout: { type: String, reflect: true },
    outletHref: { type: String, attribute: 'outlet-href' },
    askHref: { type: String, attribute: 'ask-href' },
    _query: { state: true },
    _filters: { state: true },
    _sort: { state: true },
    _filtersOpen: { state: true },
    _range: { state: true },
    _rowHeight: { state: true },
    _qr: { state: true },
    _qrOpen: { state: true },
    _copyState: { state: true },
    _ticks: { state: true },
  };

  declare src: string | null;
  declare catalogue: Catalogue | null;
  declare searchIndex: unknown;
  declare item: string | null;
  declare route: string | null;
  declare routeParam: string;
  declare ephemeral: boolean;
  declare elderly: boolean;
  declare layout: string;
  declare outletHref: string | null;
  declare askHref: string | null;
  declare _query: string;
  declare _filters: Filters;
  declare _sort: SortChoice;
  declare _filtersOpen: boolean;
  declare _range: [number, number];
  declare _rowHeight: number;
  declare _qr: { url: string; matrix: QrPath } | undefined;
  declare _qrOpen: boolean;
  declare _copyState: 'idle' | 'copied' | 'failed';
  declare _ticks: ReadonlySet<number>;

  private readonly localize = new LocalizeController(this, ['catalogue', 'outlets', 'ui']);
  private readonly bundle = new BundleController(this, () => ({
    src: this.src,
    catalogue: this.catalogue,
    searchIndex: this.searchIndex,
  }));
  private store: ChecklistStore = persistentStore();
  private memory: ChecklistStore = memoryStore();
  private readonly queryInput = new QueryInputController(this, (query) => this.runSearch(query));
  private frame = 0;
  /** Where the list was when a guide opened, to put the reader back there. */
  private returnTo: { id: string; scrollY: number } | undefined;
  private focusGuide = false;
  private lastSearch = '';

  constructor() {
    super();
    this.src = null;
    this.catalogue = null;
    this.searchIndex = undefined;
    this.item = null;
    this.route = null;
    this.routeParam = 'item';
    this.ephemeral = false;
    this.elderly = false;
    this.layout = 'auto';
    this.outletHref = null;
    this.askHref = null;
    this._query = '';
    this._filters = {};
    this._sort = 'name';
    this._filtersOpen = false;
    this._range = [0, 0];
    this._rowHeight = 0;
    this._qr = undefined;
    this._qrOpen = false;
    this._copyState = 'idle';
    this._ticks = new Set();
  }

  // ---- public API -------------------------------------------------------------------------------

  /** Back to a fresh list and forget this visitor's ticks, search and filters (kiosk idle wipe). */
  reset(): void {
    this.memory.clearAll();
    if (this.ephemeral) this._ticks = new Set();
    this._query = '';
    this.queryInput.clear();
    this._filters = {};
    this._sort = 'name';
    this._filtersOpen = false;
    this._qrOpen = false;
    this.returnTo = undefined;
    this.item = null;
  }

  // ---- lifecycle --------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onLocationChange);
    window.addEventListener('hashchange', this.onLocationChange);
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this.onScroll, { passive: true });
    // A deep link in the URL wins over the `item` attribute; a URL without one leaves it alone.
    const linked = readRoute(this.mode, this.routeParam || 'item', location.href);
    if (linked) this.item = linked;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onLocationChange);
    window.removeEventListener('hashchange', this.onLocationChange);
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    window.removeEventListener('resize', this.onScroll);
    cancelAnimationFrame(this.frame);
  }

  /** Which checklist `_ticks` was read from (store or memory, and key). */
  private ticksFor: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The key names the item's version, known once the catalogue is there: a guide opened by a
    // deep link before the catalogue arrived gets its ticks when it does.
    const ticksFor = this.item ? `${this.ephemeral ? 'memory' : 'store'}|${this.ticksKey()}` : '';
    if (ticksFor !== this.ticksFor) {
      this.ticksFor = ticksFor;
      this._ticks = this.item ? this.checklist().get(this.ticksKey()) : new Set();
    }
    if (changed.has('item')) {
      this._copyState = 'idle';
      this._qrOpen = false;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const current = this.currentItem();
    if (current && this.shareUrl(current.id) !== this._qr?.url) void this.makeQr(current.id);
    if (this.focusGuide && current) {
      this.focusGuide = false;
      this.renderRoot.querySelector<HTMLElement>('#guide-title')?.focus();
    }
    if (changed.has('item') && !this.item && this.returnTo) {
      const { id, scrollY } = this.returnTo;
      this.returnTo = undefined;
      window.scrollTo({ top: scrollY });
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: true }),
      );
    }
    // Row height and window follow layout; measure after this frame rather than update again now.
    if (this.renderRoot.querySelector('.list.windowed')) this.onScroll();
  }

  // ---- data -------------------------------------------------------------------------------------

  private get view(): CatalogueView | undefined {
    return this.bundle.status === 'ready' ? this.bundle.view : undefined;
  }

  private get engine(): ItemSearchEngine | undefined {
    return this.bundle.engine as ItemSearchEngine | undefined;
  }

  private visible(view: CatalogueView): ResolvedItem[] {
    let items = visibleCache.get(view.catalogue);
    if (!items) visibleCache.set(view.catalogue, (items = view.visibleItems()));
    return items;
  }

  private tierOf = (item: ResolvedItem): string => this.view?.lists.get(item.provenance['@'] ?? '')?.tier ?? 'common';

  /** Facet options that occur in the catalogue at all; facets with fewer than two are not shown. */
  private present(view: CatalogueView): Record<Facet, Set<string>> {
    let present = presentCache.get(view.catalogue);
    if (!present) {
      const { counts } = applyFacets(this.visible(view), {}, this.tierOf);
      present = Object.fromEntries(FACETS.map((f) => [f, new Set(counts[f].keys())])) as Record<Facet, Set<string>>;
      presentCache.set(view.catalogue, present);
    }
    return present;
  }

  private memo: { key: unknown[]; result: ReturnType<typeof applyFacets> & { zeroResult: boolean } } | undefined;

  /** The list as shown: searched, sorted and filtered; memoized on its inputs. */
  private results(view: CatalogueView): ReturnType<typeof applyFacets> & { zeroResult: boolean } {
    const sort = this.effectiveSort();
    const key = [view.catalogue, this.engine, this._query, this._filters, sort, this.localize.lang];
    if (this.memo && this.memo.key.every((k, i) => k === key[i])) return this.memo.result;
    const all = this.visible(view);
    let ordered: ResolvedItem[];
    let zeroResult = false;
    if (this._query) {
      const found = searchItems(all, this.engine, this._query);
      zeroResult = found.zeroResult;
      if (sort === 'relevance') {
        ordered = found.ids
          .map((id) => view.items.get(id))
          .filter((i): i is ResolvedItem => !!i && i.status !== 'retired');
      } else {
        const ids = new Set(found.ids);
        ordered = sortedItems(all, sort, this.localize.lang).filter((i) => ids.has(i.id));
      }
    } else {
      ordered = sortedItems(all, sort === 'relevance' ? 'name' : sort, this.localize.lang);
    }
    const result = { ...applyFacets(ordered, this._filters, this.tierOf), zeroResult };
    this.memo = { key, result };
    return result;
  }

  private effectiveSort(): SortChoice {
    return !this._query && this._sort === 'relevance' ? 'name' : this._sort;
  }

  private currentItem(): ResolvedItem | undefined {
    return this.item ? this.view?.items.get(this.item) : undefined;
  }

  private checklist(): ChecklistStore {
    return this.ephemeral ? this.memory : this.store;
  }

  private ticksKey(): string {
    const item = this.currentItem();
    return checklistKey(this.item ?? '', item?.version ?? '');
  }

  // ---- routing ----------------------------------------------------------------------------------

  private get mode(): ReturnType<typeof routeMode> {
    return routeMode(this.route);
  }

  /** The link to an item's guide (or the list, for `null`), when the page URL carries it. */
  private hrefFor(id: string | null): string | undefined {
    if (this.mode === 'none') return undefined;
    return routeHref(this.mode, this.routeParam || 'item', id, location.href);
  }

  private shareUrl(id: string): string | undefined {
    return this.hrefFor(id);
  }

  private onLocationChange = (): void => {
    const id = readRoute(this.mode, this.routeParam || 'item', location.href);
    if (id === undefined || id === (this.item || null)) return;
    if (id && !this.item) this.returnTo = { id, scrollY: window.scrollY };
    // Opened by Forward or a link elsewhere on the page (yz-outlets' item links): take the reader there.
    if (id) this.focusGuide = true;
    this.item = id;
  };

  /** Show an item (or the list) and record it in the page history, unless the host routes itself. */
  private navigate(id: string | null): void {
    const url = this.hrefFor(id) ?? location.href;
    if (!emit<CatalogueNavigateDetail>(this, 'yz-navigate', { item: id, url }, { cancelable: true })) return;
    if (this.mode !== 'none' && url !== location.href) history.pushState({ yzCatalogue: id }, '', url);
    if (id) this.focusGuide = true;
    this.item = id;
  }

  private openItem(event: MouseEvent | KeyboardEvent, id: string): void {
    if (
      event instanceof MouseEvent &&
      (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    ) {
      return; // a new tab or window: let the browser follow the link
    }
    event.preventDefault();
    if (!emit<CatalogueSelectDetail>(this, 'yz-select', { kind: 'item', id }, { cancelable: true })) return;
    this.returnTo = { id, scrollY: window.scrollY };
    this.navigate(id);
  }

  private back = (): void => {
    // When this guide was opened by the widget, going back is the browser's Back: one history.
    const state = history.state as { yzCatalogue?: string | null } | null;
    if (this.mode !== 'none' && state?.yzCatalogue === this.item && this.returnTo) {
      history.back();
      return;
    }
    if (!this.returnTo && this.item) this.returnTo = { id: this.item, scrollY: 0 };
    this.navigate(null);
  };

  // ---- search and filters -------------------------------------------------------------------------

  private runSearch(query: string): void {
    if (query && !this._query && this._sort === 'name') this._sort = 'relevance';
    if (!query && this._sort === 'relevance') this._sort = 'name';
    this._query = query;
    this.scrollListToTop();
    const view = this.view;
    if (query && query !== this.lastSearch && view) {
      const { items, zeroResult } = this.results(view);
      emit<CatalogueSearchDetail>(this, 'yz-search', { query, resultCount: items.length, zeroResult });
    }
    this.lastSearch = query;
  }

  private toggleFilter(facet: Facet, value: string, on: boolean): void {
    const current = new Set(this._filters[facet] ?? []);
    if (on) current.add(value);
    else current.delete(value);
    this._filters = { ...this._filters, [facet]: [...current] };
    this.scrollListToTop();
  }

  private clearAll = (): void => {
    this._filters = {};
    this._query = '';
    this.queryInput.clear();
    this.lastSearch = '';
    if (this._sort === 'relevance') this._sort = 'name';
    const input = this.renderRoot.querySelector<HTMLInputElement>('#q');
    if (input) input.value = '';
  };

  /**
   * The clear buttons disappear once pressed: put the focus where the reader goes on from, not on
   * the page's body (the empty state's button → the search field; the filters' → the first filter).
   */
  private clearAndRefocus(target: string): void {
    this.clearAll();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(target)?.focus());
  }

  private onClearEmpty = (): void => this.clearAndRefocus('#q');

  private onClearFilters = (): void => this.clearAndRefocus('#filters input:not([disabled])');

  /** After the result set changes, a reader scrolled far down should see its first rows. */
  private scrollListToTop(): void {
    const list = this.renderRoot.querySelector('.list');
    if (list && list.getBoundingClientRect().top < 0) list.parentElement?.scrollIntoView({ block: 'start' });
    this._range = [0, 0];
  }

  // ---- windowing --------------------------------------------------------------------------------

  private onScroll = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.measure();
    });
  };

  /** Recompute which rows of a long list are near the viewport; re-render only when that changed. */
  private measure(): void {
    const list = this.renderRoot.querySelector<HTMLElement>('.list.windowed');
    if (!list) return;
    const row = list.querySelector<HTMLElement>('.row');
    const height = row ? row.getBoundingClientRect().height : 0;
    if (height > 0 && Math.abs(height - this._rowHeight) > 0.5) this._rowHeight = height;
    const count = Number(list.dataset['count'] ?? 0);
    const range = windowRange({
      offset: -list.getBoundingClientRect().top,
      viewport: window.innerHeight,
      rowHeight: this._rowHeight,
      count,
    });
    if (range[0] !== this._range[0] || range[1] !== this._range[1]) this._range = range;
  }

  // ---- the guide's actions ----------------------------------------------------------------------

  /** The share URL whose QR code is being made, so that updates meanwhile do not start another. */
  private qrPending: string | undefined;

  private async makeQr(id: string): Promise<void> {
    const url = this.shareUrl(id);
    if (!url) {
      this._qr = undefined;
      return;
    }
    if (this.qrPending === url) return;
    this.qrPending = url;
    try {
      // The QR code (shown on request, and on the printed guide) is no part of the guide's first
      // paint: encode it once the page is idle, not in the task that renders the guide.
      await idle(1000);
      const matrix = await qrPath(url);
      if (this.shareUrl(this.item ?? '') === url) this._qr = { url, matrix };
    } catch {
      this._qr = undefined;
    } finally {
      if (this.qrPending === url) this.qrPending = undefined;
    }
  }

  private onTick = (index: number, checked: boolean): void => {
    const next = new Set(this._ticks);
    if (checked) next.add(index);
    else next.delete(index);
    this._ticks = next;
    this.checklist().set(this.ticksKey(), next);
  };

  private onClearTicks = (): void => {
    this._ticks = new Set();
    this.checklist().clear(this.ticksKey());
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('.checklist input')?.focus());
  };

  private onAsk = (): void => {
    const itemId = this.item;
    if (!itemId) return;
    const unhandled = emit<CatalogueAskDetail>(this, 'yz-ask', { itemId }, { cancelable: true });
    if (unhandled && this.askHref) location.assign(this.askHref.replace('{id}', encodeURIComponent(itemId)));
  };

  private onCopy = async (): Promise<void> => {
    const url = this.item ? this.shareUrl(this.item) : undefined;
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      this._copyState = 'copied';
    } catch {
      this._copyState = 'failed';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#share-url')?.focus();
    }
  };

  private onToggleQr = (): void => {
    this._qrOpen = !this._qrOpen;
  };

  private onPrint = (): void => {
    window.print();
  };

  private onOutlet = (event: Event, id: string): void => {
    if (!emit<CatalogueSelectDetail>(this, 'yz-select', { kind: 'outlet', id }, { cancelable: true })) {
      event.preventDefault();
    }
  };

  private outletLink = (id: string): string | undefined =>
    this.outletHref ? this.outletHref.replace('{id}', encodeURIComponent(id)) : undefined;

  // ---- rendering --------------------------------------------------------------------------------

  override render(): TemplateResult {
    const { localize } = this;
    const view = this.view;
    let body: unknown = nothing;
    if (localize.ready && view) {
      if (this.item) {
        const item = view.items.get(this.item);
        body =
          item && item.status !== 'retired'
            ? renderGuide({
                localize,
                view,
                item,
                ticked: this._ticks,
                ephemeral: this.ephemeral,
                shareUrl: this.shareUrl(item.id),
                qr: this._qr && this._qr.url === this.shareUrl(item.id) ? this._qr.matrix : undefined,
                qrOpen: this._qrOpen,
                copyState: this._copyState,
                outletHref: this.outletLink,
                onTick: this.onTick,
                onClearTicks: this.onClearTicks,
                onBack: this.back,
                onAsk: this.onAsk,
                onCopy: () => void this.onCopy(),
                onToggleQr: this.onToggleQr,
                onPrint: this.onPrint,
                onOutlet: this.onOutlet,
              })
            : this.renderNotFound(this.item);
      } else {
        body = this.renderBrowse(view);
      }
    }
    return html`<div class="root" part="base" dir=${localize.dir}>
      ${renderBundleState(localize, this.bundle)}${body}
    </div>`;
  }

  private renderNotFound(id: string): TemplateResult {
    return html`<div class="guide not-found" part="guide">
      <p class="notice" role="alert">${this.localize.t('guide.notFound', { id })}</p>
      <button type="button" class="button secondary" part="button back-button" @click=${this.back}>
        ${this.localize.t('guide.back')}
      </button>
    </div>`;
  }

  private renderBrowse(view: CatalogueView): TemplateResult {
    const { localize } = this;
    const results = this.results(view);
    const active = activeFilterCount(this._filters);
    return html`<div class="browse" part="browse">
      <form class="search" role="search" @submit=${(e: Event) => e.preventDefault()}>
        <label for="q" class="search-label">${localize.t('search.label')}</label>
        <input
          id="q"
          type="search"
          part="search-input"
          autocomplete="off"
          enterkeyhint="search"
          placeholder=${localize.t('search.placeholder')}
          .value=${this.queryInput.value}
          @input=${this.queryInput.onInput}
          @compositionstart=${this.queryInput.onCompositionStart}
          @compositionend=${this.queryInput.onCompositionEnd}
          @keydown=${this.queryInput.onKeydown}
        />
      </form>
      <div class="browse-body">
        <button
          type="button"
          class="button secondary filters-toggle"
          part="button filters-toggle"
          aria-expanded=${this._filtersOpen ? 'true' : 'false'}
          aria-controls="filters"
          @click=${() => (this._filtersOpen = !this._filtersOpen)}
        >
          ${active ? localize.t('filters.toggleActive', { count: active }) : localize.t('filters.toggle')}
        </button>
        ${this.renderFilters(view, results.counts, active)} ${this.renderResults(view, results.items)}
      </div>
    </div>`;
  }

  private renderFilters(
    view: CatalogueView,
    counts: ReturnType<typeof applyFacets>['counts'],
    active: number,
  ): TemplateResult {
    const { localize } = this;
    const present = this.present(view);
    const label = (facet: Facet, value: string): string => {
      if (facet === 'tier') return localize.t(`common:tier.${value}`);
      if (facet === 'channel') return localize.t(`common:channel.${value}`);
      return localize.t(`common:${facet}.${value}`);
    };
    return html`<div id="filters" class="filters ${this._filtersOpen ? 'open' : 'collapsed'}" part="filters">
      <h3 class="filters-title">${localize.t('filters.title')}</h3>
      ${FACETS.filter((f) => present[f].size > 1).map((facet) => {
        const chosen = new Set(this._filters[facet] ?? []);
        return html`<fieldset class="facet" part="facet">
          <legend>${localize.t(`filters.${facet}`)}</legend>
          ${FACET_VALUES[facet]
            .filter((v: string) => present[facet].has(v))
            .map((value: string) => {
              const count = counts[facet].get(value) ?? 0;
              const checked = chosen.has(value);
              return html`<label class="option ${count === 0 && !checked ? 'empty' : ''}">
                <input
                  type="checkbox"
                  name=${facet}
                  .value=${value}
                  .checked=${checked}
                  ?disabled=${count === 0 && !checked}
                  @change=${(e: Event) => this.toggleFilter(facet, value, (e.target as HTMLInputElement).checked)}
                />
                <span class="option-label">${label(facet, value)}</span>
                <span class="count">${localize.t('filters.count', { count: localize.number(count) })}</span>
              </label>`;
            })}
        </fieldset>`;
      })}
      ${
        active
          ? html`<button
              type="button"
              class="button secondary small"
              part="button clear-filters"
              @click=${this.onClearFilters}
            >
              ${localize.t('filters.clear')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderResults(view: CatalogueView, items: ResolvedItem[]): TemplateResult {
    const { localize } = this;
    const count = items.length;
    const sortOptions: SortChoice[] = this._query ? ['relevance', ...SORTS] : [...SORTS];
    const sort = this.effectiveSort();
    return html`<div class="results" part="results">
      <div class="results-head">
        <p class="result-count" role="status" part="result-count">
          ${
            this._query
              ? localize.t('results.countQuery', { count, query: this._query })
              : localize.t('results.count', { count })
          }
        </p>
        <label class="sort">
          <span>${localize.t('sort.label')}</span>
          <select
            part="sort"
            @change=${(e: Event) => {
              this._sort = (e.target as HTMLSelectElement).value as SortChoice;
              this.scrollListToTop();
            }}
          >
            ${sortOptions.map((s) => html`<option value=${s} ?selected=${s === sort}>${localize.t(`sort.${s}`)}</option>`)}
          </select>
        </label>
      </div>
      ${count === 0 ? this.renderEmpty() : this.renderList(view, items)}
    </div>`;
  }

  private renderEmpty(): TemplateResult {
    const { localize } = this;
    return html`<div class="empty" part="empty">
      <p class="empty-title">${localize.t('empty.title')}</p>
      <p>${localize.t('empty.hint')}</p>
      <button type="button" class="button secondary" part="button clear-all" @click=${this.onClearEmpty}>
        ${localize.t('empty.clear')}
      </button>
      <slot name="empty"></slot>
    </div>`;
  }

  private renderList(_view: CatalogueView, items: ResolvedItem[]): TemplateResult {
    const count = items.length;
    const windowed = count > WINDOW_THRESHOLD;
    let [start, end] = windowed ? this._range : [0, count];
    if (windowed && (end <= start || end > count)) [start, end] = [0, Math.min(count, 30)];
    const height = this._rowHeight;
    const pad = windowed && height > 0;
    return html`<ul
      class="list ${windowed ? 'windowed' : ''}"
      part="list"
      aria-label=${this.localize.t('results.list')}
      data-count=${count}
      style=${cspStyleMap(
        pad ? { paddingBlockStart: `${start * height}px`, paddingBlockEnd: `${(count - end) * height}px` } : {},
      )}
    >
      ${items.slice(start, end).map((item, i) => this.renderRow(item, start + i + 1, count))}
    </ul>`;
  }

  private renderRow(item: ResolvedItem, position: number, count: number): TemplateResult {
    const { localize } = this;
    const name = localize.text(item.name);
    const promised = item.timeLimit?.promised ?? item.timeLimit?.legal;
    const kind = item.timeLimit?.promised ? 'promised' : 'legal';
    const content = html`<span class="row-name"
        >${renderHighlighted(name, highlightRanges(this.engine, name, this._query))}</span
      >
      <span class="row-meta" part="item-meta">
        <span>${localize.t(`common:category.${item.category}`)}</span>
        <span>${localize.t(`common:handlingType.${item.handlingType}`)}</span>
        ${promised ? html`<span>${timeLimitSentence(localize, kind, promised)}</span>` : nothing}
        ${item.status === 'suspended' ? html`<span class="tag suspended">${localize.t('badge.suspended')}</span>` : nothing}
      </span>`;
    const href = this.hrefFor(item.id);
    return html`<li class="row" part="item" aria-setsize=${count} aria-posinset=${position}>
      ${
        href
          ? html`<a
              class="row-link"
              part="item-link"
              data-id=${item.id}
              href=${href}
              @click=${(e: MouseEvent) => this.openItem(e, item.id)}
              >${content}</a
            >`
          : html`<button
              type="button"
              class="row-link"
              part="item-link"
              data-id=${item.id}
              @click=${(e: MouseEvent) => this.openItem(e, item.id)}
            >
              ${content}
            </button>`
      }
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'yz-catalogue': YzCatalogue;
  }
}
