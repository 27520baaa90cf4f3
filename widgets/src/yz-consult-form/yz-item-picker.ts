import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { ResolvedItem } from '@yizhan/catalogue';
import type { CatalogueView } from '../internal/catalogue-view.js';
import { renderHighlighted } from '../internal/highlight.js';
import { LocalizeController } from '../internal/localize.js';
import { baseStyles } from '../internal/styles.js';
import { tokenStyles } from '../internal/tokens.styles.js';
import { fieldStyles } from './field.styles.js';

/** The part of the search engine the picker uses (`BundleController.engine`). */
export interface PickerEngine {
  search(
    query: string,
    options?: { limit?: number; kinds?: Array<'item' | 'outlet'> },
  ): { hits: ReadonlyArray<{ kind: string; id: string }> };
  highlight(text: string, query: string): ReadonlyArray<readonly [number, number]>;
}

const LIMIT = 8;
let instances = 0;

/**
 * @summary Picks one service item from the catalogue by search (Chinese, pinyin, initials), as a
 * WAI-ARIA combobox with a listbox. Form-associated: inside a `<form>` its value (the item id) is
 * submitted under `name`, and it resets with the form.
 *
 * @attr name - Form field name.
 * @attr value - The chosen item id ('' for none).
 * @attr label - Visible label text.
 * @attr hint - Hint below the label.
 * @attr error - Error message; marks the field invalid.
 * @attr unavailable - The catalogue could not be loaded: say so instead of offering a search.
 * @attr elderly - Larger type and targets (适老化).
 * @prop {PickerEngine} engine - Search engine of the loaded catalogue.
 * @prop {CatalogueView} view - Lookups of the loaded catalogue.
 * @fires change - The chosen item changed (`value`).
 * @csspart input - The search input.
 * @csspart listbox - The list of matching items.
 * @csspart option - One matching item.
 */
export class YzItemPicker extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [
    tokenStyles,
    baseStyles,
    fieldStyles,
    css`
      :host {
        display: block;
      }
      .combo {
        position: relative;
      }
      [role='listbox'] {
        margin: var(--_yz-space-1) 0 0;
        padding: 0;
        list-style: none;
        border: 2px solid var(--_yz-color-border);
        border-radius: var(--_yz-radius);
        background: var(--_yz-color-surface);
        max-height: 18em;
        overflow: auto;
      }
      [role='option'] {
        display: flex;
        align-items: center;
        min-height: var(--_yz-target-size);
        padding: var(--_yz-space-2) var(--_yz-space-3);
        cursor: pointer;
        border-bottom: 1px solid var(--_yz-color-divider);
      }
      [role='option']:last-child {
        border-bottom: 0;
      }
      [role='option'][aria-selected='true'] {
        background: var(--_yz-color-primary);
        color: var(--_yz-color-on-primary);
        outline: 2px solid var(--_yz-color-focus);
        outline-offset: -2px;
      }
      [role='option'][aria-selected='true'] mark {
        background: var(--_yz-color-highlight);
      }
      .chosen {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_yz-space-2);
        margin: var(--_yz-space-2) 0 0;
      }
      .chosen button {
        min-height: var(--_yz-target-size);
        padding: 0 var(--_yz-space-3);
        border: 2px solid var(--_yz-color-primary);
        border-radius: var(--_yz-radius);
        background: var(--_yz-color-surface);
        color: var(--_yz-color-primary);
        cursor: pointer;
      }
      .empty {
        margin: var(--_yz-space-1) 0 0;
        color: var(--_yz-color-text-muted);
      }
      @media (forced-colors: active) {
        [role='option'][aria-selected='true'] {
          forced-color-adjust: none;
          background: Highlight;
          color: HighlightText;
        }
      }
    `,
  ];

  static override properties = {
    name: { type: String },
    value: { type: String },
    label: { type: String },
    hint: { type: String },
    error: { type: String },
    unavailable: { type: Boolean },
    elderly: { type: Boolean, reflect: true },
    engine: { attribute: false },
    view: { attribute: false },
    _query: { state: true },
    _results: { state: true },
    _active: { state: true },
    _open: { state: true },
    _announcement: { state: true },
  };

  declare name: string;
  declare value: string;
  declare label: string;
  declare hint: string;
  declare error: string;
  declare unavailable: boolean;
  declare elderly: boolean;
  declare engine: PickerEngine | undefined;
  declare view: CatalogueView | undefined;
  declare _query: string;
  declare _results: ResolvedItem[];
  declare _active: number;
  declare _open: boolean;
  declare _announcement: string;

  private readonly internals: ElementInternals;
  private readonly localize = new LocalizeController(this, ['consult']);
  private readonly uid = `yz-picker-${++instances}`;
  private composing = false;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  /** The item whose name the input shows; typing something else means searching again. */
  private shownFor = '';

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.name = '';
    this.value = '';
    this.label = '';
    this.hint = '';
    this.error = '';
    this.unavailable = false;
    this.elderly = false;
    this._query = '';
    this._results = [];
    this._active = -1;
    this._open = false;
    this._announcement = '';
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The chosen item, when the catalogue has it. */
  get item(): ResolvedItem | undefined {
    return this.value ? this.view?.items.get(this.value) : undefined;
  }

  formResetCallback(): void {
    this.choose('');
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') || changed.has('view') || changed.has('engine')) {
      this.internals.setFormValue(this.value || null);
      // Show the chosen item's name in the box, in the current language, unless the visitor is typing.
      if (this.shownFor !== this.value || changed.has('view')) {
        const item = this.item;
        this._query = item ? this.localize.text(item.name) : this.value && !this.view ? this.value : '';
        this.shownFor = this.value;
      }
    }
  }

  private input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }

  private runSearch(): void {
    const query = this._query.trim();
    const engine = this.engine;
    const view = this.view;
    if (!query || !engine || !view) {
      this._results = [];
      this._open = false;
      this._announcement = '';
      return;
    }
    const results: ResolvedItem[] = [];
    for (const hit of engine.search(query, { limit: 30, kinds: ['item'] }).hits) {
      const item = hit.kind === 'item' ? view.items.get(hit.id) : undefined;
      if (item && item.status !== 'retired') results.push(item);
      if (results.length >= LIMIT) break;
    }
    this._results = results;
    this._active = -1;
    this._open = true;
    this._announcement = results.length
      ? this.localize.t('item.results', { count: results.length })
      : this.localize.t('item.noResults');
  }

  private onInput(event: InputEvent): void {
    this._query = (event.target as HTMLInputElement).value;
    if (this.composing) return;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.runSearch(), 60);
  }

  private onCompositionEnd(event: CompositionEvent): void {
    this.composing = false;
    this._query = (event.target as HTMLInputElement).value;
    this.runSearch();
  }

  private onKeydown(event: KeyboardEvent): void {
    if (this.composing || event.isComposing) return;
    const count = this._results.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this._open) this.runSearch();
        else if (count) this._active = (this._active + 1) % count;
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (this._open && count) this._active = this._active <= 0 ? count - 1 : this._active - 1;
        break;
      case 'Enter':
        // Enter picks the highlighted item; with none highlighted it submits the form as usual.
        if (this._open && this._active >= 0) {
          event.preventDefault();
          this.choose(this._results[this._active]!.id);
        }
        break;
      case 'Escape':
        if (this._open) {
          event.preventDefault();
          event.stopPropagation();
          this._open = false;
          this._active = -1;
        } else if (this._query) {
          event.preventDefault();
          this.choose('');
        }
        break;
      default:
    }
  }

  private choose(id: string): void {
    const changed = id !== this.value;
    this.value = id;
    this.shownFor = '';
    this._open = false;
    this._active = -1;
    this._results = [];
    this._announcement = id ? this.localize.t('item.selected', { name: this.localize.text(this.item?.name) }) : '';
    if (!id) this._query = '';
    if (changed) this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private clear(): void {
    this.choose('');
    this.input()?.focus();
  }

  protected override updated(): void {
    if (this._active >= 0) {
      this.renderRoot.querySelector(`#${this.uid}-opt-${this._active}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  override render() {
    const t = (key: string, values?: Record<string, unknown>) => this.localize.t(key, values);
    const id = this.uid;
    const describedBy = [this.hint ? `${id}-hint` : '', this.error ? `${id}-error` : ''].filter(Boolean).join(' ');
    const item = this.item;
    return html`<div class="field ${this.error ? 'invalid' : ''}">
      <label class="label" for="${id}-input">${this.label} <span class="optional">${t('optional')}</span></label>
      ${this.hint && !this.unavailable ? html`<span class="hint" id="${id}-hint">${this.hint}</span>` : nothing}
      ${
        this.error
          ? html`<p class="error-message" id="${id}-error">
              <span class="visually-hidden">${t('errors.prefix')}</span>${this.error}
            </p>`
          : nothing
      }
      ${
        this.unavailable
          ? html`<p class="hint" id="${id}-hint">${t('item.unavailable')}</p>`
          : html`<div class="combo">
              <input
                id="${id}-input"
                class="control"
                part="input"
                type="text"
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                aria-autocomplete="list"
                aria-expanded=${this._open && this._results.length > 0 ? 'true' : 'false'}
                aria-controls="${id}-listbox"
                aria-activedescendant=${this._active >= 0 ? `${id}-opt-${this._active}` : nothing}
                aria-describedby=${describedBy || nothing}
                aria-invalid=${this.error ? 'true' : 'false'}
                .value=${this._query}
                @input=${this.onInput}
                @keydown=${this.onKeydown}
                @compositionstart=${() => (this.composing = true)}
                @compositionend=${this.onCompositionEnd}
                @blur=${() => {
                  // Let a click on an option land before the list closes.
                  setTimeout(() => (this._open = false), 150);
                }}
              />
              <ul
                id="${id}-listbox"
                role="listbox"
                part="listbox"
                aria-label=${this.label}
                ?hidden=${!this._open || this._results.length === 0}
              >
                ${this._results.map(
                  (result, i) =>
                    html`<li
                      id="${id}-opt-${i}"
                      role="option"
                      part="option"
                      aria-selected=${i === this._active ? 'true' : 'false'}
                      @pointerdown=${(e: Event) => e.preventDefault()}
                      @click=${() => this.choose(result.id)}
                    >
                      <span
                        >${renderHighlighted(
                          this.localize.text(result.name),
                          this.engine?.highlight(this.localize.text(result.name), this._query) ?? [],
                        )}</span
                      >
                    </li>`,
                )}
              </ul>
              ${
                this._open && this._results.length === 0 && this._query.trim()
                  ? html`<p class="empty">${t('item.noResults')}</p>`
                  : nothing
              }
            </div>`
      }
      ${
        item || (this.value && !this.view)
          ? html`<p class="chosen">
              <span>${t('item.selected', { name: item ? this.localize.text(item.name) : this.value })}</span>
              <button type="button" @click=${this.clear}>${t('item.clear')}</button>
            </p>`
          : nothing
      }
      <span class="visually-hidden" role="status">${this._announcement}</span>
    </div>`;
  }
}
