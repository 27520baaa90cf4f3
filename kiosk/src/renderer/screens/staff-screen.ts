import { LitElement, css, html, nothing } from 'lit';
import type { KioskContext } from '../app/context.js';
import type { ContentStatusMessage, OutboxHealthMessage } from '../../shared/bridge.js';
import { kioskStyles } from '../components/kiosk-styles.js';
import { LocalizeController } from '../widgets.js';

/**
 * For hall staff (opened by the hidden gesture, see docs/kiosk.md): is the outbox delivering,
 * which content is in use, how is this kiosk configured. Counts and versions only: nothing a
 * visitor typed is shown here, so it is safe to open in front of the public.
 */
export class StaffScreen extends LitElement {
  static override properties = {
    ctx: { attribute: false },
    health: { state: true },
    contentStatus: { state: true },
    sending: { state: true },
  };

  declare ctx: KioskContext;
  declare health: OutboxHealthMessage | undefined;
  declare contentStatus: ContentStatusMessage | undefined;
  declare sending: boolean;

  private readonly localize = new LocalizeController(this, ['kiosk']);
  private unsubscribe: (() => void) | undefined;

  constructor() {
    super();
    this.sending = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load(true);
    // Each sync has told the shell before it tells us: read the shell's view, do not sync again.
    this.unsubscribe = this.ctx?.outboxSync?.subscribe(() => void this.load(false));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  private loads = 0;

  private async load(sync: boolean): Promise<void> {
    const { bridge, outboxSync } = this.ctx;
    const load = ++this.loads;
    if (sync) await outboxSync?.refresh();
    const answers = await Promise.all([bridge.getOutboxHealth(), bridge.getContentStatus()]);
    // An older answer arriving late must not overwrite a newer one.
    if (load === this.loads) [this.health, this.contentStatus] = answers;
  }

  private async sendNow(): Promise<void> {
    this.sending = true;
    try {
      await this.ctx.outbox?.flush();
      await this.load(true);
    } finally {
      this.sending = false;
    }
  }

  private when(iso: string | undefined): string {
    return iso
      ? this.localize.date(iso, { dateStyle: 'short', timeStyle: 'medium' })
      : this.localize.t('app.staff.never');
  }

  override render() {
    const l = this.localize;
    if (!l.ready) return nothing;
    const { config } = this.ctx;
    const h = this.health;
    const c = this.contentStatus;
    const row = (label: string, value: string, testId?: string) =>
      html`<div class="row">
        <dt>${label}</dt>
        <dd data-field=${testId ?? nothing}>${value}</dd>
      </div>`;
    return html`<h1>${l.t('app.staff.title')}</h1>
      <section aria-labelledby="outbox">
        <h2 id="outbox">${l.t('app.staff.outbox')}</h2>
        ${
          h
            ? html`<p class=${`level ${h.level}`} data-level=${h.level}>${l.t(`app.outbox.level.${h.level}`)}</p>
                <dl>
                  ${row(l.t('app.staff.queued'), l.number(h.queued), 'queued')}
                  ${row(l.t('app.staff.failed'), l.number(h.failed), 'failed')}
                  ${row(l.t('app.staff.oldest'), this.when(h.oldestQueuedAt))}
                  ${row(l.t('app.staff.lastSuccess'), this.when(h.lastSuccessAt))}
                </dl>
                <p class="muted">${l.t(`app.outbox.advice.${h.level}`)}</p>`
            : nothing
        }
        <button type="button" class="button" ?disabled=${this.sending} @click=${() => void this.sendNow()}>
          ${l.t('app.staff.sendNow')}
        </button>
      </section>
      <section aria-labelledby="content">
        <h2 id="content">${l.t('app.staff.content')}</h2>
        ${
          c
            ? html`<dl>
                ${row(l.t('app.staff.source'), l.t(`app.staff.sources.${c.source}`))}
                ${row(l.t('app.staff.version'), c.catalogueVersion ?? '—')}
                ${row(l.t('app.staff.builtAt'), this.when(c.builtAt))}
                ${row(l.t('app.staff.lastUpdate'), this.when(c.lastSuccessAt))}
                ${c.lastError ? row(l.t('app.staff.lastError'), `${c.lastError.code}: ${c.lastError.detail}`) : nothing}
              </dl>`
            : nothing
        }
      </section>
      <section aria-labelledby="config">
        <h2 id="config">${l.t('app.staff.config')}</h2>
        <dl>
          ${row(l.t('app.staff.hallId'), config.hallId)} ${row(l.t('app.staff.outletId'), config.outletId)}
          ${row(l.t('app.staff.server'), config.serverUrl)}
          ${row(l.t('app.staff.printer'), l.t(config.printing ? 'app.staff.yes' : 'app.staff.no'))}
          ${row(l.t('app.staff.idle'), l.t('app.staff.seconds', { idle: config.idleSeconds, countdown: config.countdownSeconds }))}
        </dl>
      </section>
      <button type="button" class="button secondary" @click=${() => this.ctx.store.go({ name: 'home' })}>
        ${l.t('app.staff.close')}
      </button>`;
  }

  static override styles = [
    ...kioskStyles,
    css`
      :host {
        display: grid;
        gap: var(--_yz-space-5);
        justify-items: start;
      }
      section {
        display: grid;
        gap: var(--_yz-space-3);
        width: 100%;
        padding: var(--_yz-space-4) var(--_yz-space-5);
        border: 2px solid var(--_yz-color-divider);
        border-radius: calc(var(--_yz-radius) * 2);
        background: var(--_yz-color-surface);
        justify-items: start;
      }
      dl {
        margin: 0;
        display: grid;
        gap: var(--_yz-space-1);
        width: 100%;
      }
      .row {
        display: grid;
        grid-template-columns: 12em 1fr;
        gap: var(--_yz-space-3);
      }
      dt {
        color: var(--_yz-color-text-muted);
      }
      dd {
        margin: 0;
        font-variant-numeric: tabular-nums;
      }
      .level {
        font-weight: 700;
        font-size: 1.2em;
      }
      .level.ok {
        color: var(--_yz-color-success);
      }
      .level.waiting,
      .level.unknown {
        color: var(--_yz-color-warning);
      }
      .level.stuck,
      .level.failed {
        color: var(--_yz-color-danger);
      }
    `,
  ];
}

if (!customElements.get('yz-kiosk-staff')) customElements.define('yz-kiosk-staff', StaffScreen);

declare global {
  interface HTMLElementTagNameMap {
    'yz-kiosk-staff': StaffScreen;
  }
}
