import { LitElement, css, html, nothing } from 'lit';
import type { OutboxReportMessage } from '../../shared/bridge.js';
import { LocalizeController } from '../widgets.js';
import { kioskStyles } from './kiosk-styles.js';
import { StaffGesture } from '../app/staff-gesture.js';

/** The languages a visitor can pick, each named in itself. */
export const KIOSK_LANGUAGES = [
  { tag: 'zh-CN', name: '简体中文' },
  { tag: 'zh-Hant', name: '繁體中文' },
  { tag: 'en', name: 'English' },
] as const;

export type TopBarAction = 'home' | 'back' | 'finish' | 'staff';

/**
 * Always on screen (except the attract loop): the hall's name, Home and Back, language, large
 * text (适老化) and Finish, which forgets the visitor at once. The outbox dot in the corner is for
 * staff; seven quick taps on the hall's name open the staff screen.
 *
 * @fires kiosk-action - `{ action: 'home' | 'back' | 'finish' | 'staff' }`.
 * @fires kiosk-locale - `{ locale }`.
 * @fires kiosk-elderly - `{ elderly }`.
 */
export class KioskTopBar extends LitElement {
  static override properties = {
    hallName: { type: String, attribute: 'hall-name' },
    locale: { type: String },
    elderly: { type: Boolean },
    canGoBack: { type: Boolean, attribute: 'can-go-back' },
    outbox: { attribute: false },
  };

  declare hallName: string;
  declare locale: string;
  declare elderly: boolean;
  declare canGoBack: boolean;
  declare outbox: OutboxReportMessage | undefined;

  private readonly localize = new LocalizeController(this, ['kiosk']);
  private readonly gesture = new StaffGesture(() => this.emit('kiosk-action', { action: 'staff' }));

  constructor() {
    super();
    this.hallName = '';
    this.locale = 'zh-CN';
    this.elderly = false;
    this.canGoBack = false;
    this.outbox = undefined;
  }

  private emit(type: string, detail: object): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private renderOutbox() {
    const o = this.outbox;
    if (!o) return nothing;
    const level = o.failed > 0 ? 'failed' : o.queued > 0 ? 'waiting' : 'ok';
    const label =
      level === 'ok'
        ? this.localize.t('app.outbox.dotOk')
        : this.localize.t('app.outbox.dotWaiting', { queued: o.queued, failed: o.failed });
    return html`<span class=${`dot ${level}`} role="img" aria-label=${label} data-outbox=${level}>
      ${level === 'ok' ? nothing : html`<span aria-hidden="true">${o.queued + o.failed}</span>`}
    </span>`;
  }

  override render() {
    const l = this.localize;
    if (!l.ready) return nothing;
    return html`<header>
      <div class="brand" @pointerdown=${(e: PointerEvent) => this.gesture.tap(e.timeStamp)}>
        <span class="name">${this.hallName || l.t('app.brand')}</span>
        ${this.renderOutbox()}
      </div>
      <nav aria-label=${l.t('app.nav.label')}>
        ${
          this.canGoBack
            ? html`<button
                type="button"
                class="button secondary"
                data-action="back"
                @click=${() => this.emit('kiosk-action', { action: 'back' })}
              >
                <span aria-hidden="true">‹</span> ${l.t('app.nav.back')}
              </button>`
            : nothing
        }
        <button
          type="button"
          class="button secondary"
          data-action="home"
          @click=${() => this.emit('kiosk-action', { action: 'home' })}
        >
          ${l.t('app.nav.home')}
        </button>
      </nav>
      <div class="settings">
        <div class="langs" role="group" aria-label=${l.t('app.nav.language')}>
          ${KIOSK_LANGUAGES.map(
            (lang) =>
              html`<button
                type="button"
                class="button secondary lang"
                lang=${lang.tag}
                data-locale=${lang.tag}
                aria-pressed=${this.locale === lang.tag ? 'true' : 'false'}
                @click=${() => this.emit('kiosk-locale', { locale: lang.tag })}
              >
                ${lang.name}
              </button>`,
          )}
        </div>
        <button
          type="button"
          class="button secondary"
          data-action="elderly"
          aria-pressed=${this.elderly ? 'true' : 'false'}
          @click=${() => this.emit('kiosk-elderly', { elderly: !this.elderly })}
        >
          ${l.t('app.nav.elderly')}
        </button>
        <button
          type="button"
          class="button finish"
          data-action="finish"
          @click=${() => this.emit('kiosk-action', { action: 'finish' })}
        >
          ${l.t('app.nav.finish')}
        </button>
      </div>
    </header>`;
  }

  static override styles = [
    ...kioskStyles,
    css`
      :host {
        display: block;
        background: var(--_yz-color-surface);
        border-bottom: 2px solid var(--_yz-color-divider);
        user-select: none;
        -webkit-user-select: none;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_yz-space-3) var(--_yz-space-4);
        padding: var(--_yz-space-3) var(--_yz-space-5);
      }
      .brand {
        display: flex;
        align-items: center;
        gap: var(--_yz-space-2);
        min-height: var(--_k-target);
        flex: 1 1 12em;
        font-weight: 700;
        font-size: 1.1em;
        color: var(--_yz-color-primary);
      }
      nav,
      .settings,
      .langs {
        display: flex;
        gap: var(--_yz-space-2);
        flex-wrap: wrap;
      }
      .button {
        padding: 0 var(--_yz-space-4);
      }
      .lang[aria-pressed='true'],
      [data-action='elderly'][aria-pressed='true'] {
        background: var(--_yz-color-primary);
        color: var(--_yz-color-on-primary);
      }
      .finish {
        background: var(--_yz-color-accent);
        border-color: var(--_yz-color-accent);
      }
      .dot {
        display: inline-flex;
        align-items: center;
        justify-content: center;
        min-width: 14px;
        height: 14px;
        padding: 0 4px;
        border-radius: 7px;
        font-size: 10px;
        line-height: 1;
        color: #fff;
      }
      .dot.ok {
        background: var(--_yz-color-success);
        opacity: 0.6;
      }
      .dot.waiting {
        background: var(--_yz-color-warning);
      }
      .dot.failed {
        background: var(--_yz-color-danger);
      }
      @media (forced-colors: active) {
        .dot {
          border: 1px solid CanvasText;
        }
      }
    `,
  ];
}

if (!customElements.get('yz-kiosk-top-bar')) customElements.define('yz-kiosk-top-bar', KioskTopBar);

declare global {
  interface HTMLElementTagNameMap {
    'yz-kiosk-top-bar': KioskTopBar;
  }
}
