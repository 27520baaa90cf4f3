import { LitElement, css, html, nothing } from 'lit';
import type { Content, KioskContext } from '../app/context.js';
import { kioskStyles } from '../components/kiosk-styles.js';
import { consultationLink, consultationLinkTemplate } from '../handoff/links.js';
import { qrModules } from '../handoff/qr.js';
import { consultationReceipt } from '../receipt/compose.js';
import { LocalizeController, type YzConsultForm } from '../widgets.js';

/**
 * Ask a person: yz-consult-form with channel `kiosk` and its draft in memory only. The question
 * goes into the page's outbox and reaches the intake server when it can, even after the visitor
 * has left. Once accepted, the form shows the reference, a QR code to follow it on the phone (when
 * the kiosk knows its public portal) and the rating; its Print button prints the 80 mm receipt.
 * The fields are typed with the kiosk's field keyboard.
 */
export class ConsultScreen extends LitElement {
  static override properties = {
    ctx: { attribute: false },
    content: { attribute: false },
    itemId: { type: String, attribute: 'item-id' },
    elderly: { type: Boolean },
  };

  declare ctx: KioskContext;
  declare content: Content | undefined;
  declare itemId: string;
  declare elderly: boolean;

  private readonly localize = new LocalizeController(this, ['kiosk']);
  private releasePrint: (() => void) | undefined;

  constructor() {
    super();
    this.itemId = '';
    this.elderly = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.releasePrint = this.ctx.printer.set(() => this.print());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releasePrint?.();
  }

  private get form(): YzConsultForm | null {
    return this.renderRoot.querySelector('yz-consult-form');
  }

  /** The consultation receipt, once the form has one (before that, printing does nothing). */
  private async print(): Promise<void> {
    const receipt = this.form?.receipt;
    if (!receipt) return;
    const { store, bridge, config } = this.ctx;
    if (!config.printing) return store.notify({ tone: 'error', key: 'app.print.no-printer' });
    const url = consultationLink(this.ctx.portalUrl, receipt);
    const qr = url ? { url, modules: await qrModules(url) } : undefined;
    store.notify({ tone: 'info', key: 'app.print.printing' });
    const result = await bridge
      .print(consultationReceipt({ words: this.localize, ...receipt, hall: this.content?.hall, qr }))
      .catch(() => ({ ok: false as const, reason: 'failed' as const }));
    store.notify(
      result.ok ? { tone: 'info', key: 'app.print.done' } : { tone: 'error', key: `app.print.${result.reason}` },
    );
  }

  override render() {
    const l = this.localize;
    if (!l.ready) return nothing;
    const { config } = this.ctx;
    const statusUrl = consultationLinkTemplate(this.ctx.portalUrl);
    return html`<h1 class="visually-hidden">${l.t('app.consult.title')}</h1>
      <yz-consult-form
        class=${statusUrl ? '' : 'no-portal'}
        api=${config.serverUrl}
        src=${config.bundleBase}
        channel="kiosk"
        ephemeral
        heading-level="2"
        item=${this.itemId || nothing}
        outlet=${this.content?.hall?.id ?? nothing}
        status-url=${statusUrl ?? nothing}
        ?elderly=${this.elderly}
      ></yz-consult-form>`;
  }

  static override styles = [
    ...kioskStyles,
    css`
      :host {
        display: block;
        max-width: 60em;
      }
      /* Without a public portal the form's QR code would point at the kiosk itself. */
      yz-consult-form.no-portal::part(qr) {
        display: none;
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
