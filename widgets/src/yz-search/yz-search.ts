import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Catalogue, ResolvedItem, ResolvedOutlet } from '@yizhan/catalogue';
import { BundleController } from '../internal/bundle-controller.js';
import { demandReporter } from '../internal/demand.js';
import { bundleStateStyles, renderBundleState } from '../internal/bundle-state.js';
import { emit } from '../internal/events.js';
import { formatDuration } from '../internal/format.js';
import { renderHighlighted } from '../internal/highlight.js';
import { LocalizeController } from '../internal/localize.js';
import { baseStyles } from '../internal/styles.js';
import { tokenStyles } from '../internal/tokens.styles.js';
import {
  echoQuery,
  groupHits,
  nextActive,
  type GroupedResults,
  type SearchKind,
  type SearchOption,
} from './search-model.js';
import { searchStyles } from './yz-search.styles.js';

export interface YzSelectDetail {
  kind: SearchKind;
  id: string;
  query: string;
}

export interface YzSearchDetail {
  query: string;
  resultCount: number;
  zeroResult: boolean;
  /** True when the user pressed Enter or the search button, not just paused typing. */
  submitted: boolean;
}

export interface YzAskDetail {
  query?: string;
  itemId?: string;
}

const EMPTY: GroupedResults = { items: [], outlets: [], flat: [], total: 0 };
/** Quick enough to feel instant, long enough not to search on every key of a fast typist. */
const SEARCH_DELAY_MS = 60;
/** A query counts as "asked" (for the yz-search event and demand statistics) once typing pauses this long. */
const SETTLE_DELAY_MS = 900;

let instances = 0;

/**
 * @summary One-stop search for IP public services: Chinese, pinyin (full, initials, partial),
 * Traditional characters, English, typos and homophones, as a WAI-ARIA combobox.
 *
 * @attr src - URL of the catalogue bundle directory (`manifest.json` inside).
 * @attr placeholder - Placeholder text; defaults to a localized example.
 * @attr limit - Maximum service items shown (default 8; outlets get half).
 * @attr kinds - What to search: `item`, `outlet` or `item outlet` (default).
 * @attr suggestions - Space-separated item ids offered when nothing is found (default: first items).
 * @attr layout - `auto` (popup), `kiosk` (large, results inline).
 * @attr inline - Show results below the box instead of in a popup.
 * @attr elderly - Larger type and targets (适老化).
 * @attr value - The current query.
 * @attr report-to - Base URL of a Yizhan intake server: settled queries, zero results and choices are
 *   sent there as anonymous demand signals (no personal data). Off when absent.
 * @attr channel - `web` (default) or `kiosk`, for demand statistics.
 * @attr ask-href - Where “ask us a question” goes when no handler cancels `yz-ask`; `{query}` is replaced
 *   by the query (e.g. `/consult.html?q={query}`).
 *
 * @prop {Catalogue} catalogue - Catalogue data given directly instead of `src`.
 * @prop {unknown} searchIndex - The bundle's prebuilt search index, with `catalogue`.
 *
 * @event {CustomEvent<YzSelectDetail>} yz-select - A result was chosen (Enter, click or tap).
 * @event {CustomEvent<YzSearchDetail>} yz-search - A query settled or was submitted; `zeroResult` flags demand nobody serves.
 * @event {CustomEvent<YzAskDetail>} yz-ask - The visitor wants to ask a question instead (cancelable).
 *
 * @csspart control - The box around the input.
 * @csspart input - The text input.
 * @csspart listbox - The results list.
 * @csspart option - One result.
 * @csspart group-label - "Services" / "Outlets" headings.
 * @csspart empty - The no-results panel.
 * @csspart highlight - Matched text.
 *
 * @cssprop --yz-color-primary - Accent of the active result and links.
 * @cssprop --yz-color-highlight, --yz-color-on-highlight - Matched text.
 * @cssprop --yz-color-text, --yz-color-text-muted, --yz-color-surface, --yz-color-surface-alt, --yz-color-border - Text, the box and the popup.
 * @cssprop --yz-color-focus, --yz-focus-width - The focus ring of the box and the active result.
 * @cssprop --yz-color-warning - The badge of a suspended item.
 * @cssprop --yz-font-family, --yz-font-size, --yz-font-line-height, --yz-radius, --yz-space-1…4, --yz-target-size - Type, spacing and touch targets (elderly: --yz-elderly-*).
 * @cssprop --yz-shadow - Shadow of the popup.
 * @cssprop --yz-search-z-index - Stacking order of the popup (default 1000).
 */
export class YzSearch extends LitElement {
  static override styles = [tokenStyles, baseStyles, bundleStateStyles, searchStyles];

  static override properties = {
    src: { type: String },
    placeholder: { type: String },
    limit: { type: Number },
    kinds: { type: String },
    suggestions: { type: String },
    layout: { type: String, reflect: true },
    inline: { type: Boolean, reflect: true },
    elderly: { type: Boolean, reflect: true },
    value: { type: String },
    reportTo: { type: String, attribute: 'report-to' },
    channel: { type: String },
    askHref: { type: String, attribute: 'ask-href' },
    catalogue: { attribute: false },
    searchIndex: { attribute: false },
    _open: { state: true },
    _active: { state: true },
    _results: { state: true },
  };

  declare src: string | null;
  declare placeholder: string | null;
  declare limit: number;
  declare kinds: string;
  declare suggestions: string | null;
  declare layout: string;
  declare inline: boolean;
  declare elderly: boolean;
  declare value: string;
  declare reportTo: string | null;
  declare channel: string;
  declare askHref: string | null;
  declare catalogue: Catalogue | null;
  declare searchIndex: unknown;
  declare _open: boolean;
  declare _active: number;
  declare _results: GroupedResults;

  private readonly localize = new LocalizeController(this, ['search', 'ui']);
  private readonly bundle = new BundleController(this, () => ({
    src: this.src,
    catalogue: this.catalogue,
    searchIndex: this.searchIndex,
  }));
  private readonly uid = `yz-search-${++instances}`;
  private composing = false;
  /** The query the shown results belong to (highlighting uses it). */
  private resultsQuery = '';
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private lastReported = '';
  private typing = false;
  private searchedSnapshot: unknown;
  /** Whether the engine ran for `resultsQuery` (not while the bundle loads): only then is a count told. */
  private searched = false;
  /** Where the pointer last moved over an option: scrolling the list under a resting pointer is not a move. */
  private pointerAt = '';

  constructor() {
    super();
    this.src = null;
    this.placeholder = null;
    this.limit = 8;
    this.kinds = 'item outlet';
    this.suggestions = null;
    this.layout = 'auto';
    this.inline = false;
    this.elderly = false;
    this.value = '';
    this.reportTo = null;
    this.channel = 'web';
    this.askHref = null;
    this.catalogue = null;
    this.searchIndex = undefined;
    this._open = false;
    this._active = -1;
    this._results = EMPTY;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
    clearTimeout(this.settleTimer);
  }

  /** Focus the text input. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The page set `value` (not the user typing): show results for it straight away. A new
    // catalogue (first load, or a newer one in the background) re-runs the current query too.
    const newCatalogue = this.bundle.snapshot !== undefined && this.bundle.snapshot !== this.searchedSnapshot;
    if ((changed.has('value') && !this.typing) || (newCatalogue && this.value && !this.composing)) this.runSearch();
    this.typing = false;
  }

  protected override updated(): void {
    if (this._active >= 0) {
      this.renderRoot.querySelector(`#${this.uid}-opt-${this._active}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  private runSearch(): void {
    // Run now (Up/Down/Enter before the debounce): the pending run would reset the active option.
    clearTimeout(this.searchTimer);
    const query = this.value.trim();
    const engine = this.bundle.engine;
    const view = this.bundle.view;
    this.resultsQuery = this.value;
    this.searchedSnapshot = this.bundle.snapshot;
    this.searched = !!(query && engine && view);
    if (!query || !engine || !view) {
      this._results = EMPTY;
      this._active = -1;
      return;
    }
    const kinds = this.kinds.split(/\s+/).filter((k): k is SearchKind => k === 'item' || k === 'outlet');
    const response = engine.search(query, { limit: 50, kinds });
    this._results = groupHits(response.hits, view, this.limit);
    this._active = -1;
  }

  private scheduleSearch(): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.runSearch(), SEARCH_DELAY_MS);
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.report(false), SETTLE_DELAY_MS);
  }

  /** Tell the page what was asked, once per settled query: demand statistics count it. */
  private report(submitted: boolean): void {
    clearTimeout(this.settleTimer);
    const query = this.value.trim();
    if (!query || this.resultsQuery !== this.value) return;
    if (!submitted && query === this.lastReported) return;
    this.lastReported = query;
    demandReporter(this.reportTo, this.channel)?.track({ type: 'search', query, resultCount: this._results.total });
    emit<YzSearchDetail>(this, 'yz-search', {
      query,
      resultCount: this._results.total,
      zeroResult: this._results.total === 0,
      submitted,
    });
  }

  private onInput(event: InputEvent): void {
    this.typing = true;
    this.value = (event.target as HTMLInputElement).value;
    // While an input method is composing, the text is pinyin letters, not what the user means.
    if (this.composing || event.isComposing) return;
    this._open = this.value.trim() !== '';
    this.scheduleSearch();
  }

  private onCompositionStart(): void {
    this.composing = true;
    clearTimeout(this.searchTimer);
    clearTimeout(this.settleTimer);
  }

  private onCompositionEnd(event: CompositionEvent): void {
    this.composing = false;
    this.typing = true;
    this.value = (event.target as HTMLInputElement).value;
    this._open = this.value.trim() !== '';
    this.scheduleSearch();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.isComposing || this.composing) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        this._open = this.value.trim() !== '';
        // The results up may be those of the previous keys: move through the ones for the whole
        // query, so that Enter then chooses what the reader saw highlighted.
        if (this.resultsQuery !== this.value) this.runSearch();
        const next = nextActive(this._active, event.key, this._results.flat.length);
        if (next !== undefined) this._active = next;
        return;
      }
      case 'Home':
      case 'End': {
        if (!this._open) return;
        const next = nextActive(this._active, event.key, this._results.flat.length);
        if (next !== undefined) {
          event.preventDefault();
          this._active = next;
        }
        return;
      }
      case 'Enter': {
        event.preventDefault();
        if (this.resultsQuery !== this.value) this.runSearch();
        const chosen = this._open ? this._results.flat[this._active] : undefined;
        if (chosen) this.choose(chosen);
        else {
          this._open = this.value.trim() !== '';
          this.report(true);
        }
        return;
      }
      case 'Escape': {
        if (this._open) {
          event.preventDefault();
          this._open = false;
          this._active = -1;
        } else if (this.value) {
          event.preventDefault();
          this.clear();
        }
        return;
      }
      case 'Tab':
        // The no-results panel's suggestions and "ask us" button are next in the tab order.
        if (this._results.flat.length) this._open = false;
        return;
      default:
        return;
    }
  }

  private choose(option: SearchOption): void {
    this.report(true);
    this._open = false;
    this._active = -1;
    const query = this.value.trim();
    if (option.kind === 'item' && query) {
      demandReporter(this.reportTo, this.channel)?.track({ type: 'select', query, itemId: option.id });
    }
    emit<YzSelectDetail>(this, 'yz-select', { kind: option.kind, id: option.id, query });
  }

  private clear(): void {
    this.value = '';
    this._results = EMPTY;
    this.resultsQuery = '';
    this._open = false;
    this._active = -1;
    this.input?.focus();
  }

  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && this.renderRoot.contains(next)) return;
    this._open = false;
    this._active = -1;
  }

  private onFocus(): void {
    if (this.value.trim()) this._open = true;
  }

  private ask(): void {
    const query = this.value.trim();
    this._open = false;
    const unhandled = emit<YzAskDetail>(this, 'yz-ask', { query }, { cancelable: true });
    // Nobody on the page opened a form: follow the configured link, if any.
    if (unhandled && this.askHref) {
      location.assign(this.askHref.replace('{query}', encodeURIComponent(query)));
    }
  }

  private suggestedItems(): ResolvedItem[] {
    const view = this.bundle.view;
    if (!view) return [];
    const ids = this.suggestions?.split(/\s+/).filter(Boolean);
    const picked = ids?.length
      ? ids.map((id) => view.items.get(id)).filter((i): i is ResolvedItem => !!i)
      : view.visibleItems().filter((i) => i.status === 'active');
    return picked.slice(0, 5);
  }

  private renderItem(item: ResolvedItem): TemplateResult {
    const l = this.localize;
    const name = l.text(item.name);
    const promised = item.timeLimit?.promised;
    const legal = item.timeLimit?.legal;
    const timing =
      item.handlingType === 'instant' || promised?.unit === 'instant'
        ? l.t('instant')
        : promised
          ? l.t('promised', { duration: formatDuration(l, promised) })
          : legal
            ? l.t('legalOnly', { duration: formatDuration(l, legal) })
            : '';
    const engine = this.bundle.engine;
    return html`<span class="name">${renderHighlighted(name, engine?.highlight(name, this.resultsQuery) ?? [])}</span>
      <span class="meta">
        <span>${l.t(`common:category.${item.category}`)}</span>
        ${timing ? html`<span>${timing}</span>` : nothing}
        ${item.status === 'suspended' ? html`<span class="badge">${l.t('suspended')}</span>` : nothing}
      </span>`;
  }

  private renderOutlet(outlet: ResolvedOutlet): TemplateResult {
    const l = this.localize;
    const name = l.text(outlet.name);
    const view = this.bundle.view;
    const region = view?.regions.get(outlet.regionCode);
    const engine = this.bundle.engine;
    return html`<span class="name">${renderHighlighted(name, engine?.highlight(name, this.resultsQuery) ?? [])}</span>
      <span class="meta">
        <span>${l.t(`common:outletType.${outlet.type}`)}</span>
        ${region ? html`<span>${l.t('outletIn', { region: l.text(region.name) })}</span>` : nothing}
      </span>`;
  }

  private renderGroup(
    label: string,
    key: string,
    options: SearchOption[],
    offset: number,
  ): TemplateResult | typeof nothing {
    if (options.length === 0) return nothing;
    const labelId = `${this.uid}-${key}`;
    return html`<div role="group" aria-labelledby=${labelId}>
      <div id=${labelId} class="group-label" part="group-label" role="presentation">${label}</div>
      ${options.map((option, i) => {
        const index = offset + i;
        return html`<div
          id=${`${this.uid}-opt-${index}`}
          role="option"
          part="option"
          aria-selected=${this._active === index ? 'true' : 'false'}
          @click=${() => this.choose(option)}
          @pointermove=${(event: PointerEvent) => this.onPointerMove(event, index)}
        >
          ${
            option.kind === 'item'
              ? this.renderItem(option.record as ResolvedItem)
              : this.renderOutlet(option.record as ResolvedOutlet)
          }
        </div>`;
      })}
    </div>`;
  }

  private onPointerMove(event: PointerEvent, index: number): void {
    const at = `${event.screenX},${event.screenY}`;
    if (event.pointerType === 'touch' || at === this.pointerAt) return;
    this.pointerAt = at;
    this._active = index;
  }

  /** Escape in the no-results panel goes back to the search box, as it does in the box. */
  private onEmptyKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    // Focusing the box opens the popup again (it has a query): close it afterwards.
    this.input?.focus();
    this._open = false;
  }

  private renderEmpty(): TemplateResult {
    const l = this.localize;
    const suggestions = this.suggestedItems();
    return html`<div class="empty" part="empty" @keydown=${this.onEmptyKeyDown}>
      <p>${l.t('noResults', { query: echoQuery(this.value) })}</p>
      <p class="hint">${l.t('noResultsHint')}</p>
      ${
        suggestions.length
          ? html`<p class="hint">${l.t('suggestions')}</p>
              <ul class="suggestions">
                ${suggestions.map(
                  (item) =>
                    html`<li>
                      <button
                        type="button"
                        class="chip"
                        @click=${() => this.choose({ kind: 'item', id: item.id, record: item })}
                      >
                        ${l.text(item.name)}
                      </button>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      <button type="button" class="button secondary" @click=${() => this.ask()}>${l.t('ask')}</button>
    </div>`;
  }

  override render(): TemplateResult {
    const l = this.localize;
    const listboxId = `${this.uid}-listbox`;
    const results = this._results;
    const settled = this.resultsQuery === this.value && this.value.trim() !== '';
    const hasOptions = results.flat.length > 0;
    // While the next search waits for typing to pause, the last results stay up (highlighted
    // for the query that found them) instead of flickering away on every key; "nothing found"
    // only shows for the query actually searched.
    const showPopup = this._open && this.value.trim() !== '' && (settled || hasOptions);
    const activeId = this._active >= 0 ? `${this.uid}-opt-${this._active}` : nothing;
    const state = renderBundleState(l, this.bundle);
    // Told in the page's language at the time (a language switch re-renders it).
    const announcement =
      settled && this.searched
        ? results.total
          ? l.t('results', { count: results.total })
          : l.t('noResults', { query: echoQuery(this.value) })
        : '';
    return html`<div class="search" dir=${l.dir} @focusout=${this.onFocusOut}>
      <label class="visually-hidden" for=${`${this.uid}-input`}>${l.t('label')}</label>
      <div class="field">
        <div class="control" part="control">
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2.2">
            <circle cx="11" cy="11" r="7"></circle>
            <path d="M20 20l-3.5-3.5" stroke-linecap="round"></path>
          </svg>
          <input
            id=${`${this.uid}-input`}
            part="input"
            type="search"
            role="combobox"
            enterkeyhint="search"
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            aria-autocomplete="list"
            aria-expanded=${showPopup && hasOptions ? 'true' : 'false'}
            aria-controls=${listboxId}
            aria-activedescendant=${activeId}
            aria-describedby=${`${this.uid}-status`}
            placeholder=${this.placeholder ?? l.t('placeholder')}
            .value=${this.value}
            @input=${this.onInput}
            @compositionstart=${this.onCompositionStart}
            @compositionend=${this.onCompositionEnd}
            @keydown=${this.onKeyDown}
            @focus=${this.onFocus}
          />
          ${
            this.value
              ? html`<button type="button" class="clear" aria-label=${l.t('clear')} @click=${() => this.clear()}>
                  <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2.4">
                    <path d="M6 6l12 12M18 6L6 18" stroke-linecap="round"></path>
                  </svg>
                </button>`
              : nothing
          }
        </div>
      </div>
      ${state}
      <div class="popup" ?hidden=${!showPopup} @mousedown=${(e: Event) => e.preventDefault()}>
        <div id=${listboxId} role="listbox" part="listbox" aria-label=${l.t('label')} ?hidden=${!hasOptions}>
          ${this.renderGroup(l.t('groupItems'), 'items', results.items, 0)}
          ${this.renderGroup(l.t('groupOutlets'), 'outlets', results.outlets, results.items.length)}
        </div>
        ${showPopup && !hasOptions ? this.renderEmpty() : nothing}
      </div>
      <div id=${`${this.uid}-status`} class="visually-hidden" role="status" aria-live="polite">${announcement}</div>
    </div>`;
  }
}
