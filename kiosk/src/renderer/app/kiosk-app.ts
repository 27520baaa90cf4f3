import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { Content, KioskContext } from './context.js';
import type { Screen, VisitorState } from './state.js';
import { kioskStyles } from '../components/kiosk-styles.js';
import '../components/top-bar.js';
import '../components/idle-overlay.js';
import '../components/handoff-sheet.js';
import '../components/rating-sheet.js';
import type { KioskRatingStateDetail } from '../components/rating-sheet.js';
import '../keyboard/field-keyboard.js';
import '../screens/attract-screen.js';
import '../screens/home-screen.js';
import '../screens/category-screen.js';
import '../screens/search-screen.js';
import '../screens/guide-screen.js';
import '../screens/hall-screen.js';
import '../screens/consult-screen.js';
import '../screens/staff-screen.js';
import type { OutboxReportMessage } from '../../shared/bridge.js';
import { BundleController, LocalizeController } from '../widgets.js';

/**
 * The kiosk app: the visitor's current screen under the top bar, and the layers above it (rating
 * prompt, notices, QR hand-off, idle countdown). Rendering only: the session lives in the
 * VisitorStore, the shell behind the bridge; main.ts wires the three together.
 */
export class KioskApp extends LitElement {
  static override properties = {
    ctx: { attribute: false },
    secondsLeft: { type: Number, attribute: 'seconds-left' },
    state: { state: true },
    outbox: { state: true },
  };

  declare ctx: KioskContext;
  /** The shell's idle countdown; -1 when none runs. */
  declare secondsLeft: number;
  declare state: VisitorState;
  declare outbox: OutboxReportMessage | undefined;

  private readonly localize = new LocalizeController(this, ['kiosk']);
  private readonly bundle = new BundleController(this, () => ({ src: this.ctx?.config.bundleBase ?? null }));
  private unsubscribe: Array<() => void> = [];
  private shownScreen: Screen | undefined;

  constructor() {
    super();
    this.secondsLeft = -1;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const { store, outboxSync } = this.ctx;
    this.state = store.state;
    this.outbox = outboxSync?.current;
    this.unsubscribe = [
      store.subscribe((state) => (this.state = state)),
      ...(outboxSync ? [outboxSync.subscribe((report) => (this.outbox = report))] : []),
    ];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const off of this.unsubscribe) off();
  }

  private get content(): Content | undefined {
    const view = this.bundle.status === 'ready' ? this.bundle.view : undefined;
    if (!view) return undefined;
    return {
      view,
      engine: this.bundle.engine,
      hall: view.outlets.get(this.ctx.config.outletId),
      stale: this.bundle.stale,
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A new screen starts at its top, as a new page would.
    const screen = this.ctx.store.screen;
    if (changed.has('state') && screen !== this.shownScreen) {
      const first = this.shownScreen === undefined;
      this.shownScreen = screen;
      const main = this.renderRoot.querySelector('main');
      main?.scrollTo({ top: 0 });
      // A screen reader user hears the new screen, as after a page load (a screen may then focus its own field).
      if (!first) main?.focus({ preventScroll: true });
    }
  }

  private onAction(event: CustomEvent<{ action: string }>): void {
    const { store, bridge } = this.ctx;
    switch (event.detail.action) {
      case 'home':
        return store.go({ name: 'home' });
      case 'back':
        return store.back();
      case 'staff':
        return store.go({ name: 'staff' });
      case 'continue':
        return bridge.reportActivity({ kind: 'touch' });
      case 'finish':
        // Forget the visitor now: the shell wipes and reloads; onWipe resets what is on screen first.
        return bridge.endVisit();
    }
  }

  private onLocale(event: CustomEvent<{ locale: string }>): void {
    this.ctx.store.setLocale(event.detail.locale);
  }

  private onElderly(event: CustomEvent<{ elderly: boolean }>): void {
    this.ctx.store.setElderly(event.detail.elderly);
    this.ctx.bridge.setPace({ relaxed: event.detail.elderly });
  }

  private renderScreen(screen: Screen, content: Content | undefined) {
    const { ctx } = this;
    const elderly = this.state.elderly;
    switch (screen.name) {
      case 'attract':
        return html`<yz-kiosk-attract .ctx=${ctx} .content=${content}></yz-kiosk-attract>`;
      case 'home':
        return html`<yz-kiosk-home .ctx=${ctx} .content=${content}></yz-kiosk-home>`;
      case 'category':
        return html`<yz-kiosk-category
          .ctx=${ctx}
          .content=${content}
          category=${screen.category}
        ></yz-kiosk-category>`;
      case 'search':
        return html`<yz-kiosk-search .ctx=${ctx} .content=${content} query=${this.state.query}></yz-kiosk-search>`;
      case 'guide':
        return html`<yz-kiosk-guide
          .ctx=${ctx}
          .content=${content}
          item-id=${screen.itemId}
          ?elderly=${elderly}
        ></yz-kiosk-guide>`;
      case 'hall':
        return html`<yz-kiosk-hall .ctx=${ctx} .content=${content}></yz-kiosk-hall>`;
      case 'consult':
        return html`<yz-kiosk-consult
          .ctx=${ctx}
          .content=${content}
          item-id=${screen.itemId ?? ''}
          ?elderly=${elderly}
        ></yz-kiosk-consult>`;
      case 'staff':
        return html`<yz-kiosk-staff .ctx=${ctx}></yz-kiosk-staff>`;
    }
  }

  private renderBody(screen: Screen, content: Content | undefined) {
    const l = this.localize;
    if (content || screen.name === 'attract' || screen.name === 'staff') return this.renderScreen(screen, content);
    if (this.bundle.status === 'error') {
      return html`<div class="state" role="alert">
        <h1>${l.t('app.content.unavailable')}</h1>
        <p>${l.t('app.content.unavailableHelp')}</p>
      </div>`;
    }
    return html`<p class="state" role="status">${l.t('app.content.loading')}</p>`;
  }

  override render() {
    const l = this.localize;
    if (!l.ready || !this.state) return nothing;
    const { store, config } = this.ctx;
    const screen = store.screen;
    const content = this.content;
    const state = this.state;
    const ratingItem = state.rating ? content?.view.items.get(state.rating.targetId) : undefined;
    const fill = screen.name === 'attract' || screen.name === 'search';
    return html`<div class=${`app ${state.elderly ? 'elderly' : ''}`}>
      ${
        screen.name === 'attract'
          ? nothing
          : html`<yz-kiosk-top-bar
              hall-name=${content?.hall ? l.text(content.hall.name) : ''}
              locale=${state.locale}
              ?elderly=${state.elderly}
              ?can-go-back=${state.stack.length > 1}
              .outbox=${this.outbox}
              @kiosk-action=${this.onAction}
              @kiosk-locale=${this.onLocale}
              @kiosk-elderly=${this.onElderly}
            ></yz-kiosk-top-bar>`
      }
      ${
        content?.stale && screen.name !== 'attract'
          ? html`<p class="offline" role="status">${l.t('app.content.offline')}</p>`
          : nothing
      }
      <main class=${fill ? 'fill' : ''} data-screen=${screen.name} tabindex="-1">
        ${this.renderBody(screen, content)}
      </main>
      <yz-kiosk-field-keyboard
        .engine=${content?.engine}
        screen=${JSON.stringify(screen)}
        ?disabled=${screen.name === 'search' || screen.name === 'attract'}
      ></yz-kiosk-field-keyboard>
      ${
        state.notice
          ? html`<div class=${`notice ${state.notice.tone}`} role=${state.notice.tone === 'error' ? 'alert' : 'status'}>
              <span>${l.t(state.notice.key)}</span>
              <button type="button" class="button secondary" @click=${() => store.notify(undefined)}>
                ${l.t('app.notice.close')}
              </button>
            </div>`
          : nothing
      }
      <yz-kiosk-rating-sheet
        .prompt=${state.rating}
        api=${config.serverUrl}
        item-name=${ratingItem ? l.text(ratingItem.name) : ''}
        ?elderly=${state.elderly}
        @kiosk-rating-settled=${() => store.settleRating()}
        @kiosk-rating-state=${(e: CustomEvent<KioskRatingStateDetail>) =>
          store.setRatingState(e.detail.prompt, e.detail.state)}
      ></yz-kiosk-rating-sheet>
      <yz-kiosk-handoff .handOff=${state.handOff} @kiosk-close=${() => store.showHandOff(undefined)}></yz-kiosk-handoff>
      <yz-kiosk-idle-overlay seconds-left=${this.secondsLeft} @kiosk-action=${this.onAction}></yz-kiosk-idle-overlay>
    </div>`;
  }

  static override styles = [
    ...kioskStyles,
    css`
      :host {
        display: block;
        height: 100%;
      }
      .app {
        display: flex;
        flex-direction: column;
        height: 100%;
        background: var(--_yz-color-surface-alt);
      }
      /* Elderly mode (适老化): the kiosk's own components take the larger tokens too. */
      .app.elderly {
        --yz-font-size: var(--yz-elderly-font-size, 28px);
        --yz-target-size: var(--yz-elderly-target-size, 64px);
        --yz-kiosk-target-size: 76px;
      }
      main {
        flex: 1 1 auto;
        min-height: 0;
        overflow-y: auto;
        overscroll-behavior: contain;
        touch-action: pan-y;
        padding: var(--_yz-space-5) var(--_yz-space-6) var(--_yz-space-6);
      }
      main.fill {
        padding: 0;
        overflow: hidden;
      }
      main:focus {
        outline: none;
      }
      .state {
        padding: var(--_yz-space-6);
        font-size: 1.2em;
        display: grid;
        gap: var(--_yz-space-3);
      }
      .offline {
        padding: var(--_yz-space-2) var(--_yz-space-5);
        background: #fff7e6;
        color: var(--_yz-color-warning);
        font-size: 0.9em;
      }
      .notice {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: var(--_yz-space-4);
        padding: var(--_yz-space-3) var(--_yz-space-5);
        background: var(--_yz-color-text);
        color: var(--_yz-color-surface);
        font-size: 1.05em;
      }
      .notice.error {
        background: var(--_yz-color-danger);
      }
    `,
  ];
}

if (!customElements.get('yz-kiosk-app')) customElements.define('yz-kiosk-app', KioskApp);

declare global {
  interface HTMLElementTagNameMap {
    'yz-kiosk-app': KioskApp;
  }
}
