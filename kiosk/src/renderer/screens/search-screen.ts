import { LitElement, css, html, nothing } from 'lit';
import type { ResolvedItem } from '@yizhan/catalogue';
import type { Content, KioskContext } from '../app/context.js';
import { kioskStyles } from '../components/kiosk-styles.js';
import '../components/item-list.js';
import '../keyboard/kiosk-keyboard.js';
import type { KeyboardCandidateDetail, KeyboardKeyDetail } from '../keyboard/kiosk-keyboard.js';
import { chooseCandidate, typeKey } from '../keyboard/compose.js';
import { LocalizeController, demandReporter } from '../widgets.js';

const RESULT_LIMIT = 12;

/**
 * Search by touch: the on-screen keyboard writes into the field, the candidate bar turns pinyin
 * into catalogue words, and the results are large tiles that open the handling guide. The field
 * takes a hardware keyboard too (`inputmode="none"` keeps any OS keyboard away on touch).
 */
export class SearchScreen extends LitElement {
  static override properties = {
    ctx: { attribute: false },
    content: { attribute: false },
    query: { type: String },
  };

  declare ctx: KioskContext;
  declare content: Content | undefined;
  declare query: string;

  private readonly localize = new LocalizeController(this, ['kiosk', 'common']);
  private lastReported = '';

  constructor() {
    super();
    this.query = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Leaving without choosing still says what was looked for (zero results are demand nobody serves).
    this.report(this.results().length);
  }

  protected override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLInputElement>('input')?.focus({ preventScroll: true });
  }

  private results(): ResolvedItem[] {
    const query = this.query.trim();
    const engine = this.content?.engine;
    const view = this.content?.view;
    if (!query || !engine || !view) return [];
    return engine
      .search(query, { limit: RESULT_LIMIT, kinds: ['item'] })
      .hits.map((hit) => view.items.get(hit.id))
      .filter((item): item is ResolvedItem => item !== undefined && item.status !== 'retired');
  }

  private report(resultCount: number, itemId?: string): void {
    const query = this.query.trim();
    const reporter = demandReporter(this.ctx?.config.serverUrl, 'kiosk');
    if (!query || !reporter) return;
    if (query !== this.lastReported) reporter.track({ type: 'search', query, resultCount });
    this.lastReported = query;
    if (itemId) reporter.track({ type: 'select', query, itemId });
  }

  private setQuery(value: string): void {
    this.ctx.store.setQuery(value);
  }

  override render() {
    const l = this.localize;
    if (!l.ready) return nothing;
    const results = this.results();
    const query = this.query.trim();
    const store = this.ctx.store;
    return html`<div class="search">
      <div class="field">
        <h1 class="visually-hidden">${l.t('app.search.title')}</h1>
        <label for="q" class="visually-hidden">${l.t('app.search.label')}</label>
        <input
          id="q"
          type="search"
          inputmode="none"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          enterkeyhint="search"
          placeholder=${l.t('app.search.placeholder')}
          .value=${this.query}
          @input=${(e: InputEvent) => this.setQuery((e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="results">
        <p class="status" role="status" aria-live="polite">
          ${
            !query
              ? l.t('app.search.hint')
              : results.length
                ? l.t('app.search.count', { count: results.length })
                : l.t('app.search.none', { query })
          }
        </p>
        ${
          query && !results.length
            ? html`<button
                type="button"
                class="button secondary"
                data-action="ask"
                @click=${() => {
                  this.report(0);
                  store.go({ name: 'consult' });
                }}
              >
                ${l.t('app.search.ask')}
              </button>`
            : nothing
        }
        <yz-kiosk-item-list
          .items=${results}
          .engine=${this.content?.engine}
          query=${query}
          label=${l.t('app.search.results')}
          @kiosk-item=${(e: CustomEvent<{ itemId: string }>) => {
            this.report(results.length, e.detail.itemId);
            store.go({ name: 'guide', itemId: e.detail.itemId });
          }}
        ></yz-kiosk-item-list>
      </div>
      <yz-kiosk-keyboard
        .value=${this.query}
        .engine=${this.content?.engine}
        @kiosk-key=${(e: CustomEvent<KeyboardKeyDetail>) => this.setQuery(typeKey(this.query, e.detail.button))}
        @kiosk-candidate=${(e: CustomEvent<KeyboardCandidateDetail>) =>
          this.setQuery(chooseCandidate(this.query, e.detail.word))}
      ></yz-kiosk-keyboard>
    </div>`;
  }

  static override styles = [
    ...kioskStyles,
    css`
      :host {
        display: block;
        height: 100%;
      }
      .search {
        display: grid;
        height: 100%;
        grid-template-rows: auto minmax(0, 1fr) auto;
        grid-template-columns: minmax(0, 1fr);
        grid-template-areas: 'field' 'results' 'keyboard';
      }
      .field {
        grid-area: field;
        padding: var(--_yz-space-4) var(--_yz-space-5);
      }
      input {
        width: 100%;
        min-height: calc(var(--_k-target) * 1.2);
        padding: 0 var(--_yz-space-4);
        border: 3px solid var(--_yz-color-primary);
        border-radius: calc(var(--_yz-radius) * 2);
        background: var(--_yz-color-surface);
        font-size: 1.5em;
        caret-color: var(--_yz-color-primary);
      }
      /* The keyboard has its own Clear key; the browser's tiny ✕ is no touch target. */
      input::-webkit-search-cancel-button {
        display: none;
      }
      input::placeholder {
        color: var(--_yz-color-text-muted);
        font-size: 0.8em;
      }
      .results {
        grid-area: results;
        overflow-y: auto;
        overscroll-behavior: contain;
        touch-action: pan-y;
        padding: 0 var(--_yz-space-5) var(--_yz-space-5);
        display: grid;
        align-content: start;
        gap: var(--_yz-space-3);
      }
      .status {
        color: var(--_yz-color-text-muted);
      }
      yz-kiosk-keyboard {
        grid-area: keyboard;
      }
      @media (orientation: landscape) {
        .search {
          grid-template-columns: minmax(0, 1fr) minmax(0, 1.1fr);
          grid-template-rows: auto minmax(0, 1fr);
          grid-template-areas: 'results field' 'results keyboard';
        }
        .results {
          padding-top: var(--_yz-space-4);
        }
        yz-kiosk-keyboard {
          align-self: end;
          border-top: none;
          border-inline-start: 2px solid var(--_yz-color-divider);
          height: 100%;
        }
        .field {
          border-inline-start: 2px solid var(--_yz-color-divider);
          background: var(--_yz-color-surface-alt);
        }
      }
    `,
  ];
}

if (!customElements.get('yz-kiosk-search')) customElements.define('yz-kiosk-search', SearchScreen);

declare global {
  interface HTMLElementTagNameMap {
    'yz-kiosk-search': SearchScreen;
  }
}
