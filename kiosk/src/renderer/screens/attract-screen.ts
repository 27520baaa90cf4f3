import { LitElement, css, html, nothing } from 'lit';
import type { Content, KioskContext } from '../app/context.js';
import { kioskStyles } from '../components/kiosk-styles.js';
import '../components/kiosk-text.js';
import { LocalizeController } from '../widgets.js';

/**
 * The screen nobody is using: calm, readable from across the hall, the hall's name and one
 * instruction in Chinese and English. A touch anywhere starts (the activity report wakes the idle
 * timer, and the app goes home).
 */
export class AttractScreen extends LitElement {
  static override properties = {
    ctx: { attribute: false },
    content: { attribute: false },
  };

  declare ctx: KioskContext;
  declare content: Content | undefined;

  private readonly localize = new LocalizeController(this, ['kiosk', 'common']);

  override render() {
    const l = this.localize;
    if (!l.ready) return nothing;
    const hall = this.content?.hall;
    const second = l.lang.startsWith('en') ? 'zh-CN' : 'en';
    return html`<h1 class="visually-hidden">${hall ? l.text(hall.name) : l.t('app.brand')}</h1>
      <button type="button" class="attract" @click=${() => this.ctx.store.go({ name: 'home' })}>
        <span class="mark" aria-hidden="true">
          <svg viewBox="0 0 64 64">
            <circle cx="32" cy="32" r="30"></circle>
            <path d="M16 34h32"></path>
          </svg>
        </span>
        <span class="hall" aria-hidden="true">${hall ? l.text(hall.name) : l.t('app.brand')}</span>
        <span class="touch">${l.t('app.attract.touch')}</span>
        <span class="touch second" lang=${second}><yz-kiosk-text key="app.attract.touch"></yz-kiosk-text></span>
        <span class="offer">${l.t('app.attract.offer')}</span>
      </button>`;
  }

  static override styles = [
    ...kioskStyles,
    css`
      :host {
        display: block;
        height: 100%;
      }
      .attract {
        all: unset;
        box-sizing: border-box;
        width: 100%;
        height: 100%;
        display: flex;
        flex-direction: column;
        align-items: center;
        justify-content: center;
        gap: var(--_yz-space-5);
        padding: var(--_yz-space-6);
        text-align: center;
        cursor: pointer;
        color: #fff;
        background: linear-gradient(160deg, #0b4f99 0%, #0b5cad 45%, #1675c9 100%);
        touch-action: manipulation;
        user-select: none;
        -webkit-user-select: none;
      }
      .attract:focus-visible {
        outline: 6px solid #ffd666;
        outline-offset: -12px;
      }
      .mark svg {
        width: 6em;
        height: 6em;
        fill: none;
        stroke: #fff;
        stroke-width: 3;
        opacity: 0.9;
      }
      .hall {
        font-size: 1.6em;
        font-weight: 600;
        opacity: 0.95;
      }
      .touch {
        font-size: 3.4em;
        font-weight: 700;
        line-height: 1.2;
        animation: breathe 4s ease-in-out infinite;
      }
      .touch.second {
        font-size: 1.8em;
        font-weight: 500;
        opacity: 0.85;
        animation: none;
      }
      .offer {
        max-width: 28em;
        font-size: 1.1em;
        opacity: 0.85;
      }
      @keyframes breathe {
        50% {
          opacity: 0.75;
        }
      }
    `,
  ];
}

if (!customElements.get('yz-kiosk-attract')) customElements.define('yz-kiosk-attract', AttractScreen);

declare global {
  interface HTMLElementTagNameMap {
    'yz-kiosk-attract': AttractScreen;
  }
}
