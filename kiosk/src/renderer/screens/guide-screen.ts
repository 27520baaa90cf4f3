import { LitElement, css, html, nothing } from 'lit';
import type { Content, KioskContext } from '../app/context.js';
import { kioskStyles } from '../components/kiosk-styles.js';
import { printGuide, showGuideQr } from '../handoff/actions.js';
import { guideLink } from '../handoff/links.js';
import { hallHandles, windowsForItem } from '../hall/hall-info.js';
import { LocalizeController, openStatus, statusText, weeklyLines } from '../widgets.js';

/**
 * One service's handling guide (yz-catalogue in its kiosk layout, ticks kept in memory only),
 * with what the hall adds: which window to queue at, whether the hall is open, and ways to take
 * the guide away (QR to the phone, printed receipt), ask a person, or say the task is done.
 */
export class GuideScreen extends LitElement {
  static override properties = {
    ctx: { attribute: false },
    content: { attribute: false },
    itemId: { type: String, attribute: 'item-id' },
    elderly: { type: Boolean },
    busy: { state: true },
  };

  declare ctx: KioskContext;
  declare content: Content | undefined;
  declare itemId: string;
  declare elderly: boolean;
  declare busy: boolean;

  private readonly localize = new LocalizeController(this, ['kiosk', 'common', 'catalogue', 'outlets']);
  private releasePrint: (() => void) | undefined;

  constructor() {
    super();
    this.itemId = '';
    this.elderly = false;
    this.busy = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.releasePrint = this.ctx.printer.set(async () => this.print('guide'));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releasePrint?.();
  }

  private onNavigate(event: CustomEvent<{ item: string | null }>): void {
    // The kiosk routes itself: the guide's own Back returns to wherever the visitor came from.
    event.preventDefault();
    if (event.detail.item) this.ctx.store.go({ name: 'guide', itemId: event.detail.item });
    else this.ctx.store.back();
  }

  private onAsk(event: Event): void {
    event.preventDefault();
    this.ctx.store.go({ name: 'consult', itemId: this.itemId });
  }

  private onSelect(event: CustomEvent<{ kind: string; id: string }>): void {
    event.preventDefault();
    if (event.detail.kind === 'outlet' && event.detail.id === this.content?.hall?.id)
      this.ctx.store.go({ name: 'hall' });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await action();
    } finally {
      this.busy = false;
    }
  }

  private print(kind: 'guide' | 'checklist'): void {
    const item = this.content?.view.items.get(this.itemId);
    const hall = this.content?.hall;
    if (!item) return;
    const hours = hall?.hours ? weeklyLines(this.localize, hall.hours) : [];
    void this.run(() => printGuide({ ctx: this.ctx, words: this.localize, item, hall, hours, kind }));
  }

  private renderHall() {
    const l = this.localize;
    const hall = this.content?.hall;
    if (!hall) return nothing;
    const windows = windowsForItem(hall, this.itemId);
    const status = openStatus(hall.hours, Date.now());
    return html`<section class="where" aria-labelledby="where">
      <h2 id="where">${l.t('app.guide.where')}</h2>
      ${
        windows.length
          ? html`<p class="queue">
                ${l.t('app.guide.queueAt', { windows: l.list(windows.map((w) => l.text(w.label))) })}
              </p>
              ${windows.map((w) => (w.note ? html`<p class="muted">${l.text(w.note)}</p>` : nothing))}`
          : html`<p class="queue">
              ${hallHandles(hall, this.itemId) ? l.t('app.guide.askDesk') : l.t('app.guide.notHere')}
            </p>`
      }
      <p class=${status.state === 'open' ? 'open' : 'closed'}>${statusText(l, status)}</p>
    </section>`;
  }

  override render() {
    const l = this.localize;
    const content = this.content;
    if (!l.ready || !content) return nothing;
    const item = content.view.items.get(this.itemId);
    const { config } = this.ctx;
    const canQr = item !== undefined && guideLink(this.ctx.portalUrl, item.id) !== undefined;
    return html`<h1 class="visually-hidden">${l.t('app.guide.title')}</h1>
      <div class="guide">
        <yz-catalogue
          src=${config.bundleBase}
          item=${this.itemId}
          route="none"
          layout="kiosk"
          ephemeral
          ?elderly=${this.elderly}
          @yz-navigate=${this.onNavigate}
          @yz-ask=${this.onAsk}
          @yz-select=${this.onSelect}
        ></yz-catalogue>
        ${
          item
            ? html`<aside aria-label=${l.t('app.guide.panel')}>
                ${this.renderHall()}
                <div class="actions" role="group" aria-label=${l.t('app.guide.takeAway')}>
                  ${
                    canQr
                      ? html`<button
                          type="button"
                          class="button"
                          data-action="qr"
                          ?disabled=${this.busy}
                          @click=${() => void this.run(() => showGuideQr(this.ctx, item.id))}
                        >
                          ${l.t('app.guide.qr')}
                        </button>`
                      : nothing
                  }
                  ${
                    config.printing
                      ? html`<button
                            type="button"
                            class="button"
                            data-action="print"
                            ?disabled=${this.busy}
                            @click=${() => this.print('guide')}
                          >
                            ${l.t('app.guide.print')}
                          </button>
                          ${
                            item.materials.length
                              ? html`<button
                                  type="button"
                                  class="button secondary"
                                  data-action="print-checklist"
                                  ?disabled=${this.busy}
                                  @click=${() => this.print('checklist')}
                                >
                                  ${l.t('app.guide.printChecklist')}
                                </button>`
                              : nothing
                          }`
                      : nothing
                  }
                  <button
                    type="button"
                    class="button secondary"
                    data-action="ask"
                    @click=${() => this.ctx.store.go({ name: 'consult', itemId: item.id })}
                  >
                    ${l.t('app.guide.ask')}
                  </button>
                  <button
                    type="button"
                    class="button secondary"
                    data-action="done"
                    @click=${() => {
                      this.ctx.store.finishTask(item.id);
                      this.ctx.store.askRating({ targetType: 'item', targetId: item.id });
                    }}
                  >
                    ${l.t('app.guide.done')}
                  </button>
                </div>
              </aside>`
            : nothing
        }
      </div>`;
  }

  static override styles = [
    ...kioskStyles,
    css`
      .guide {
        display: grid;
        gap: var(--_yz-space-5);
        grid-template-areas: 'aside' 'guide';
      }
      yz-catalogue {
        grid-area: guide;
        min-width: 0;
      }
      /*
       * The panel beside the guide offers these the kiosk way: a receipt instead of A4 print, the
       * top bar's Back instead of "back to the list" (the visitor may have come from search or home).
       */
      yz-catalogue::part(print-button),
      yz-catalogue::part(back-button),
      yz-catalogue::part(ask-button) {
        display: none;
      }
      aside {
        grid-area: aside;
        display: grid;
        gap: var(--_yz-space-4);
        padding: var(--_yz-space-4) var(--_yz-space-5);
        border: 2px solid var(--_yz-color-divider);
        border-radius: calc(var(--_yz-radius) * 2);
        background: var(--_yz-color-surface);
      }
      .where {
        display: grid;
        gap: var(--_yz-space-2);
      }
      .queue {
        font-size: 1.15em;
        font-weight: 700;
      }
      .open {
        color: var(--_yz-color-success);
        font-weight: 600;
      }
      .closed {
        color: var(--_yz-color-warning);
        font-weight: 600;
      }
      .actions {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 11em), 1fr));
        gap: var(--_yz-space-3);
      }
      @media (orientation: landscape) {
        .guide {
          grid-template-columns: minmax(0, 1fr) minmax(20em, 0.45fr);
          grid-template-areas: 'guide aside';
          align-items: start;
        }
        aside {
          position: sticky;
          top: 0;
        }
        .actions {
          grid-template-columns: 1fr;
        }
      }
    `,
  ];
}

if (!customElements.get('yz-kiosk-guide')) customElements.define('yz-kiosk-guide', GuideScreen);

declare global {
  interface HTMLElementTagNameMap {
    'yz-kiosk-guide': GuideScreen;
  }
}
