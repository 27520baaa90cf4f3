import { LitElement, css, html, nothing } from 'lit';
import type { ResolvedItem } from '@yizhan/catalogue';
import type { Content, KioskContext } from '../app/context.js';
import { kioskStyles } from '../components/kiosk-styles.js';
import '../components/item-list.js';
import { LocalizeController, openStatus, statusText, weeklyLines } from '../widgets.js';

/** This hall: whether it is open, its hours, and what each window handles (tap a service for its guide). */
export class HallScreen extends LitElement {
  static override properties = {
    ctx: { attribute: false },
    content: { attribute: false },
  };

  declare ctx: KioskContext;
  declare content: Content | undefined;

  private readonly localize = new LocalizeController(this, ['kiosk', 'common', 'outlets']);

  override render() {
    const l = this.localize;
    const hall = this.content?.hall;
    const view = this.content?.view;
    if (!l.ready || !hall || !view) return nothing;
    const status = openStatus(hall.hours, Date.now());
    const open = (e: CustomEvent<{ itemId: string }>) => this.ctx.store.go({ name: 'guide', itemId: e.detail.itemId });
    return html`<h1>${l.text(hall.name)}</h1>
      <section class="hours" aria-labelledby="hours">
        <h2 id="hours">${l.t('app.hall.hours')}</h2>
        <p class=${status.state === 'open' ? 'open' : 'closed'}>${statusText(l, status)}</p>
        ${hall.hours ? weeklyLines(l, hall.hours).map((line) => html`<p>${line}</p>`) : nothing}
        ${hall.hours?.note ? html`<p class="muted">${l.text(hall.hours.note)}</p>` : nothing}
        ${hall.phones.length ? html`<p>${l.t('app.hall.phone', { phones: l.list(hall.phones) })}</p>` : nothing}
      </section>
      <section aria-labelledby="windows">
        <h2 id="windows">${l.t('app.hall.windows')}</h2>
        ${
          hall.windows.length
            ? hall.windows.map((w, i) => {
                const items = w.itemIds
                  .map((id) => view.items.get(id))
                  .filter((it): it is ResolvedItem => it !== undefined && it.status !== 'retired');
                return html`<section class="window" aria-labelledby=${`w${i}`}>
                  <h3 id=${`w${i}`}>${l.text(w.label)}</h3>
                  ${w.note ? html`<p class="muted">${l.text(w.note)}</p>` : nothing}
                  <yz-kiosk-item-list
                    grid
                    .items=${items}
                    label=${l.text(w.label)}
                    @kiosk-item=${open}
                  ></yz-kiosk-item-list>
                </section>`;
              })
            : html`<p>${l.t('app.hall.noWindows')}</p>`
        }
      </section>`;
  }

  static override styles = [
    ...kioskStyles,
    css`
      :host {
        display: grid;
        gap: var(--_yz-space-5);
      }
      section {
        display: grid;
        gap: var(--_yz-space-2);
      }
      .hours {
        padding: var(--_yz-space-4) var(--_yz-space-5);
        border-radius: calc(var(--_yz-radius) * 2);
        background: var(--_yz-color-surface);
        border: 2px solid var(--_yz-color-divider);
      }
      .window {
        margin-top: var(--_yz-space-4);
      }
      h3 {
        margin: 0;
        font-size: 1.1em;
      }
      .open {
        color: var(--_yz-color-success);
        font-weight: 700;
      }
      .closed {
        color: var(--_yz-color-warning);
        font-weight: 700;
      }
    `,
  ];
}

if (!customElements.get('yz-kiosk-hall')) customElements.define('yz-kiosk-hall', HallScreen);

declare global {
  interface HTMLElementTagNameMap {
    'yz-kiosk-hall': HallScreen;
  }
}
