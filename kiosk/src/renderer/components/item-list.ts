import { LitElement, css, html, nothing } from 'lit';
import type { ResolvedItem } from '@yizhan/catalogue';
import type { SearchEngine } from '@yizhan/search';
import { LocalizeController } from '../widgets.js';
import { kioskStyles } from './kiosk-styles.js';

export interface ItemChosenDetail {
  itemId: string;
}

/**
 * Service items as large touch targets: name (matched text marked when a query is given),
 * category and promised time. One list for home, categories, search results and hall windows.
 *
 * @fires kiosk-item - An item was tapped: `{ itemId }`.
 */
export class KioskItemList extends LitElement {
  static override properties = {
    items: { attribute: false },
    query: { type: String },
    engine: { attribute: false },
    label: { type: String },
    grid: { type: Boolean, reflect: true },
  };

  declare items: readonly ResolvedItem[];
  declare query: string;
  declare engine: SearchEngine | undefined;
  /** Accessible name of the list. */
  declare label: string;
  /** Tiles side by side, as many as fit (home screen); otherwise one column. */
  declare grid: boolean;

  private readonly localize = new LocalizeController(this, ['kiosk', 'common']);

  constructor() {
    super();
    this.items = [];
    this.query = '';
    this.engine = undefined;
    this.label = '';
    this.grid = false;
  }

  private choose(item: ResolvedItem): void {
    this.dispatchEvent(
      new CustomEvent<ItemChosenDetail>('kiosk-item', { detail: { itemId: item.id }, bubbles: true, composed: true }),
    );
  }

  private name(item: ResolvedItem) {
    const text = this.localize.text(item.name);
    const ranges = this.query && this.engine ? this.engine.highlight(text, this.query) : [];
    if (!ranges.length) return text;
    const parts: unknown[] = [];
    let at = 0;
    for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
      if (start < at) continue;
      parts.push(text.slice(at, start), html`<mark>${text.slice(start, end)}</mark>`);
      at = end;
    }
    parts.push(text.slice(at));
    return parts;
  }

  private timing(item: ResolvedItem): string {
    const promised = item.timeLimit?.promised;
    if (item.handlingType === 'instant' || promised?.unit === 'instant')
      return this.localize.t('common:duration.instant');
    if (!promised) return '';
    return this.localize.t('app.item.promised', {
      duration: this.localize.t(`common:duration.${promised.unit}`, { count: promised.value }),
    });
  }

  override render() {
    const l = this.localize;
    if (!l.ready) return nothing;
    return html`<ul class="list" aria-label=${this.label || nothing}>
      ${this.items.map((item) => {
        const timing = this.timing(item);
        return html`<li>
          <button type="button" class="tile" data-item=${item.id} @click=${() => this.choose(item)}>
            <span class="label">${this.name(item)}</span>
            <span class="meta">
              ${l.t(`common:category.${item.category}`)}${timing ? html` · ${timing}` : nothing}
              ${item.status === 'suspended' ? html` · <strong>${l.t('app.item.suspended')}</strong>` : nothing}
            </span>
          </button>
        </li>`;
      })}
    </ul>`;
  }

  static override styles = [
    ...kioskStyles,
    css`
      .list {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--_yz-space-3);
      }
      :host([grid]) .list {
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 17em), 1fr));
      }
      .tile {
        height: 100%;
      }
    `,
  ];
}

if (!customElements.get('yz-kiosk-item-list')) customElements.define('yz-kiosk-item-list', KioskItemList);

declare global {
  interface HTMLElementTagNameMap {
    'yz-kiosk-item-list': KioskItemList;
  }
}
