import { LitElement, css, html, nothing } from 'lit';
import type { Content, KioskContext } from '../app/context.js';
import { kioskStyles } from '../components/kiosk-styles.js';
import '../components/item-list.js';
import { LocalizeController } from '../widgets.js';

/** Every service of one category, the hall's own first, then by name. */
export class CategoryScreen extends LitElement {
  static override properties = {
    ctx: { attribute: false },
    content: { attribute: false },
    category: { type: String },
  };

  declare ctx: KioskContext;
  declare content: Content | undefined;
  declare category: string;

  private readonly localize = new LocalizeController(this, ['kiosk', 'common']);

  override render() {
    const l = this.localize;
    const content = this.content;
    if (!l.ready || !content) return nothing;
    const hall = content.hall;
    const here = (id: string) =>
      hall ? hall.itemIds.includes(id) || hall.windows.some((w) => w.itemIds.includes(id)) : false;
    const collator = new Intl.Collator(l.lang);
    const items = content.view
      .visibleItems()
      .filter((i) => i.category === this.category)
      .sort((a, b) => Number(here(b.id)) - Number(here(a.id)) || collator.compare(l.text(a.name), l.text(b.name)));
    const title = l.t(`common:category.${this.category}`);
    return html`<h1>${title}</h1>
      <p class="muted">${l.t('app.home.itemCount', { count: items.length })}</p>
      <yz-kiosk-item-list
        .items=${items}
        label=${title}
        @kiosk-item=${(e: CustomEvent<{ itemId: string }>) => this.ctx.store.go({ name: 'guide', itemId: e.detail.itemId })}
      ></yz-kiosk-item-list>`;
  }

  static override styles = [
    ...kioskStyles,
    css`
      p.muted {
        margin: var(--_yz-space-2) 0 var(--_yz-space-5);
      }
    `,
  ];
}

if (!customElements.get('yz-kiosk-category')) customElements.define('yz-kiosk-category', CategoryScreen);

declare global {
  interface HTMLElementTagNameMap {
    'yz-kiosk-category': CategoryScreen;
  }
}
