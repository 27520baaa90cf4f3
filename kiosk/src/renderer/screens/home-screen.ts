import { LitElement, css, html, nothing } from 'lit';
import type { Content, KioskContext } from '../app/context.js';
import { kioskStyles } from '../components/kiosk-styles.js';
import '../components/item-list.js';
import { categoriesWithItems, commonlyUsed } from '../hall/hall-info.js';
import { LocalizeController, openStatus, statusText } from '../widgets.js';

/**
 * Home: one big way in for each kind of visitor: search by typing, the services most people come
 * for, browse by category, this hall's windows and hours, or ask a person a question.
 */
export class HomeScreen extends LitElement {
  static override properties = {
    ctx: { attribute: false },
    content: { attribute: false },
  };

  declare ctx: KioskContext;
  declare content: Content | undefined;

  private readonly localize = new LocalizeController(this, ['kiosk', 'common', 'outlets']);

  override render() {
    const l = this.localize;
    const content = this.content;
    if (!l.ready || !content) return nothing;
    const { view, hall } = content;
    const store = this.ctx.store;
    const popular = commonlyUsed(view.items, hall);
    const visible = view.visibleItems();
    const categories = categoriesWithItems(visible);
    const count = (c: string) => visible.filter((i) => i.category === c).length;
    return html`<div class="home">
      <h1 class="visually-hidden">${l.t('app.home.title')}</h1>
      <button type="button" class="tile search" @click=${() => store.go({ name: 'search' })}>
        <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2.2">
          <circle cx="11" cy="11" r="7"></circle>
          <path d="M20 20l-3.5-3.5" stroke-linecap="round"></path>
        </svg>
        <span>
          <span class="label">${l.t('app.home.search')}</span>
          <span class="meta">${l.t('app.home.searchHint')}</span>
        </span>
      </button>

      <section aria-labelledby="popular">
        <h2 id="popular">${l.t('app.home.popular')}</h2>
        <yz-kiosk-item-list
          grid
          .items=${popular}
          label=${l.t('app.home.popular')}
          @kiosk-item=${(e: CustomEvent<{ itemId: string }>) => store.go({ name: 'guide', itemId: e.detail.itemId })}
        ></yz-kiosk-item-list>
      </section>

      <section aria-labelledby="categories">
        <h2 id="categories">${l.t('app.home.categories')}</h2>
        <ul class="grid">
          ${categories.map(
            (c) =>
              html`<li>
                <button
                  type="button"
                  class="tile category"
                  data-category=${c}
                  @click=${() => store.go({ name: 'category', category: c })}
                >
                  <span class="label">${l.t(`common:category.${c}`)}</span>
                  <span class="meta">${l.t('app.home.itemCount', { count: count(c) })}</span>
                </button>
              </li>`,
          )}
        </ul>
      </section>

      <div class="more">
        ${
          hall
            ? html`<button type="button" class="tile" data-action="hall" @click=${() => store.go({ name: 'hall' })}>
                <span class="label">${l.t('app.home.hall')}</span>
                <span class="meta">${statusText(l, openStatus(hall.hours, Date.now()))}</span>
              </button>`
            : nothing
        }
        <button type="button" class="tile" data-action="consult" @click=${() => store.go({ name: 'consult' })}>
          <span class="label">${l.t('app.home.consult')}</span>
          <span class="meta">${l.t('app.home.consultHint')}</span>
        </button>
      </div>
    </div>`;
  }

  static override styles = [
    ...kioskStyles,
    css`
      .home {
        display: grid;
        gap: var(--_yz-space-6);
      }
      h2 {
        margin-bottom: var(--_yz-space-3);
      }
      .tile.search {
        flex-direction: row;
        align-items: center;
        gap: var(--_yz-space-5);
        min-height: calc(var(--_k-target) * 1.8);
        border-color: var(--_yz-color-primary);
        background: var(--_yz-color-primary);
        color: var(--_yz-color-on-primary);
      }
      .tile.search .label {
        display: block;
        font-size: 1.4em;
      }
      .tile.search .meta {
        display: block;
        color: inherit;
        opacity: 0.9;
      }
      .tile.search svg {
        width: 2.4em;
        height: 2.4em;
        flex: none;
      }
      .grid {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(3, minmax(0, 1fr));
        gap: var(--_yz-space-3);
      }
      .tile.category {
        min-height: calc(var(--_k-target) * 1.6);
        height: 100%;
      }
      .more {
        display: grid;
        grid-template-columns: repeat(2, minmax(0, 1fr));
        gap: var(--_yz-space-3);
      }
      @media (orientation: landscape) {
        .grid {
          grid-template-columns: repeat(5, minmax(0, 1fr));
        }
      }
    `,
  ];
}

if (!customElements.get('yz-kiosk-home')) customElements.define('yz-kiosk-home', HomeScreen);

declare global {
  interface HTMLElementTagNameMap {
    'yz-kiosk-home': HomeScreen;
  }
}
