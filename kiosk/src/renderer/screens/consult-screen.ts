import { LitElement, css, html, nothing } from 'lit';
import type { Content, KioskContext } from '../app/context.js';
import { kioskStyles } from '../components/kiosk-styles.js';
import { consultationLink, consultationLinkTemplate } from '../handoff/links.js';
import { qrModules } from '../handoff/qr.js';
import { consultationReceipt } from '../receipt/compose.js';
import { LocalizeController } from '../widgets.js';

/** What yz-consult-form tells the page about the question it delivered (its `receipt` property). */
interface DeliveredConsultation {
  reference: string;
  dueDate: string;
  token: string;
  replyChannel: string;
  contact: string;
}

type ConsultForm = HTMLElement & { receipt?: DeliveredConsultation };

/**
 * Ask a person (yz-consult-form, channel `kiosk`, draft in memory only). The question goes into
 * the outbox and reaches the intake server when it can, even if the visitor has left by then.
 * Once it is accepted the kiosk offers the reference on paper and as a QR code for the phone.
 */
export class ConsultScreen extends LitElement {
  static override properties = {
    ctx: { attribute: false },
    content: { attribute: false },
    itemId: { type: String, attribute: 'item-id' },
    elderly: { type: Boolean },
    delivered: { state: true },
    busy: { state: true },
  };

  declare ctx: KioskContext;
  declare content: Content | undefined;
  declare itemId: string;
  declare elderly: boolean;
  declare delivered: DeliveredConsultation | undefined;
  declare busy: boolean;

  private readonly localize = new LocalizeController(this, ['kiosk']);

  constructor() {
    super();
    this.itemId = '';
    this.elderly = false;
    this.busy = false;
  }

  private onSubmitted(event: Event): void {
    const receipt = (event.target as ConsultForm).receipt;
    if (receipt) this.delivered = receipt;
  }

  private link(): string | undefined {
    const d = this.delivered;
    return d ? consultationLink(this.ctx.portalUrl, d.reference, d.token) : undefined;
  }

  private async showQr(): Promise<void> {
    const url = this.link();
    if (!url) return;
    this.ctx.store.showHandOff({ kind: 'consultation', url, modules: await qrModules(url) });
  }

  private async print(): Promise<void> {
    const d = this.delivered;
    if (!d || this.busy) return;
    this.busy = true;
    const { store, bridge } = this.ctx;
    try {
      const url = this.link();
      const qr = url ? { url, modules: await qrModules(url) } : undefined;
      store.notify({ tone: 'info', key: 'app.print.printing' });
      const result = await bridge
        .print(consultationReceipt({ words: this.localize, ...d, hall: this.content?.hall, qr }))
        .catch(() => ({ ok: false as const, reason: 'failed' as const }));
      store.notify(
        result.ok ? { tone: 'info', key: 'app.print.done' } : { tone: 'error', key: `app.print.${result.reason}` },
      );
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const l = this.localize;
    if (!l.ready) return nothing;
    const { config } = this.ctx;
    if (!customElements.get('yz-consult-form')) {
      return html`<h1>${l.t('app.consult.title')}</h1>
        <p class="notice">${l.t('app.consult.unavailable')}</p>`;
    }
    const statusUrl = consultationLinkTemplate(this.ctx.portalUrl);
    return html`<h1 class="visually-hidden">${l.t('app.consult.title')}</h1>
      <yz-consult-form
        api=${config.serverUrl}
        src=${config.bundleBase}
        channel="kiosk"
        ephemeral
        heading-level="1"
        item=${this.itemId || nothing}
        outlet=${this.content?.hall?.id ?? nothing}
        status-url=${statusUrl ?? nothing}
        ?elderly=${this.elderly}
        @yz-submitted=${this.onSubmitted}
      ></yz-consult-form>
      ${
        this.delivered
          ? html`<div class="actions" role="group" aria-label=${l.t('app.consult.takeAway')}>
              ${
                this.link()
                  ? html`<button type="button" class="button" data-action="qr" @click=${() => void this.showQr()}>
                      ${l.t('app.consult.qr')}
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
                      @click=${() => void this.print()}
                    >
                      ${l.t('app.consult.print')}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }`;
  }

  static override styles = [
    ...kioskStyles,
    css`
      :host {
        display: grid;
        gap: var(--_yz-space-5);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_yz-space-3);
      }
      .notice {
        font-size: 1.2em;
      }
    `,
  ];
}

if (!customElements.get('yz-kiosk-consult')) customElements.define('yz-kiosk-consult', ConsultScreen);

declare global {
  interface HTMLElementTagNameMap {
    'yz-kiosk-consult': ConsultScreen;
  }
}
