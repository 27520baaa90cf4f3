import { LitElement, css, html, nothing, svg, type PropertyValues } from 'lit';
import type { HandOff } from '../app/state.js';
import { qrPathData } from '../handoff/qr.js';
import { LocalizeController } from '../widgets.js';
import { kioskStyles, sheetStyles } from './kiosk-styles.js';

/**
 * The QR code, large enough to scan from a step back, with what it opens in words and the address
 * itself (selectable: someone may prefer to type it).
 *
 * @fires kiosk-close - The visitor closed it.
 */
export class KioskHandOffSheet extends LitElement {
  static override properties = {
    handOff: { attribute: false },
  };

  declare handOff: HandOff | undefined;

  private readonly localize = new LocalizeController(this, ['kiosk']);

  protected override updated(changed: PropertyValues<this>): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog || !changed.has('handOff')) return;
    if (this.handOff && !dialog.open) dialog.showModal();
    if (!this.handOff && dialog.open) dialog.close();
  }

  private close(): void {
    this.dispatchEvent(new CustomEvent('kiosk-close', { bubbles: true, composed: true }));
  }

  override render() {
    const l = this.localize;
    const h = this.handOff;
    const size = (h?.modules.length ?? 0) + 8;
    return html`<dialog
      aria-labelledby="title"
      @cancel=${(e: Event) => {
        e.preventDefault();
        this.close();
      }}
    >
      ${
        h && l.ready
          ? html`<h2 id="title">${l.t(`app.handOff.${h.kind}`)}</h2>
              <svg
                class="qr"
                viewBox=${`0 0 ${size} ${size}`}
                role="img"
                aria-label=${l.t('app.handOff.qrLabel')}
                shape-rendering="crispEdges"
              >
                ${svg`<rect width=${size} height=${size} fill="#fff"></rect><path d=${qrPathData(h.modules)} fill="#000"></path>`}
              </svg>
              <p>${l.t('app.handOff.scan')}</p>
              <p class="url selectable" data-url>${h.url}</p>
              <button type="button" class="button" @click=${() => this.close()}>${l.t('app.handOff.close')}</button>`
          : nothing
      }
    </dialog>`;
  }

  static override styles = [
    ...kioskStyles,
    sheetStyles,
    css`
      .qr {
        width: min(70vw, 22em);
        height: auto;
        aspect-ratio: 1;
      }
      .url {
        font-size: 0.8em;
        color: var(--_yz-color-text-muted);
        word-break: break-all;
      }
    `,
  ];
}

if (!customElements.get('yz-kiosk-handoff')) customElements.define('yz-kiosk-handoff', KioskHandOffSheet);

declare global {
  interface HTMLElementTagNameMap {
    'yz-kiosk-handoff': KioskHandOffSheet;
  }
}
