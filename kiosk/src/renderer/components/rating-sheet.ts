import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { OutboxEntry } from '@yizhan/client';
import type { RatingPrompt } from '../app/state.js';
import { LocalizeController, randomId, sharedOutbox } from '../widgets.js';
import { kioskStyles } from './kiosk-styles.js';

/** Where yz-rating puts its ratings in the outbox. */
const RATINGS_ENDPOINT = '/v1/ratings';

/**
 * Whether a rating in the outbox is given, as far as the visitor is concerned: waiting for the
 * network, sent, or refused as one the server already has. Any other refusal puts the widget's
 * form back, with its own "no, thanks".
 */
function given(entry: OutboxEntry): boolean {
  return entry.status !== 'failed' || entry.error?.status === 409;
}

/**
 * After a finished task: "how did it go?" with yz-rating (好差评), voluntary and one tap to
 * dismiss. It sits at the bottom of the screen without blocking anything, goes through the
 * outbox like a consultation, and is asked once per service per visit.
 *
 * The widget says "rated" (yz-rated) only once the server has the rating; offline that may be
 * hours away, and the sheet would follow the visitor to every screen until then. So the sheet
 * gives the widget its token and watches the outbox for that rating: once it is stored there, it
 * is safe, and the sheet can be closed.
 *
 * @fires kiosk-rating-settled - Dismissed, or closed after rating.
 */
export class KioskRatingSheet extends LitElement {
  static override properties = {
    prompt: { attribute: false },
    api: { type: String },
    elderly: { type: Boolean },
    itemName: { type: String, attribute: 'item-name' },
    answered: { state: true },
  };

  declare prompt: RatingPrompt | undefined;
  declare api: string;
  declare elderly: boolean;
  declare itemName: string;
  /** Rated (in the outbox, delivered or not): the widget says so, and the button only closes the sheet. */
  declare answered: boolean;

  private readonly localize = new LocalizeController(this, ['kiosk']);
  /** One per prompt, that is per finished task, as yz-rating would make itself. */
  private token = randomId();
  private unwatch: (() => void) | undefined;

  constructor() {
    super();
    this.api = '';
    this.elderly = false;
    this.itemName = '';
    this.answered = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.watchOutbox();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatch?.();
    this.unwatch = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('prompt')) {
      this.answered = false;
      this.token = randomId();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('prompt') || changed.has('api')) this.watchOutbox();
  }

  private watchOutbox(): void {
    this.unwatch?.();
    this.unwatch = undefined;
    if (!this.prompt) return;
    const token = this.token;
    this.unwatch = sharedOutbox(this.api).subscribe((change) => {
      if (change.type !== 'update' || change.entry.endpoint !== RATINGS_ENDPOINT) return;
      // Once sent, the outbox drops the body (and the token with it); yz-rated says so then.
      const body = change.entry.body as { token?: unknown } | undefined;
      if (body?.token === token) this.answered = given(change.entry);
    });
  }

  private settle(): void {
    this.dispatchEvent(new CustomEvent('kiosk-rating-settled', { bubbles: true, composed: true }));
  }

  override render() {
    const l = this.localize;
    const p = this.prompt;
    if (!p || !l.ready) return nothing;
    return html`<section class="sheet" role="region" aria-labelledby="rating-title">
      <div class="head">
        <h2 id="rating-title">${l.t('app.rating.title', { name: this.itemName })}</h2>
        ${
          // Before a rating the widget offers its own "no, thanks"; after it, the sheet closes here.
          this.answered || !customElements.get('yz-rating')
            ? html`<button type="button" class="button secondary" data-action="dismiss" @click=${() => this.settle()}>
                ${l.t(this.answered ? 'app.notice.close' : 'app.rating.dismiss')}
              </button>`
            : nothing
        }
      </div>
      ${
        customElements.get('yz-rating')
          ? html`<yz-rating
              api=${this.api}
              target-type=${p.targetType}
              target-id=${p.targetId}
              token=${this.token}
              channel="kiosk"
              ephemeral
              compact
              ?elderly=${this.elderly}
              @yz-rated=${() => (this.answered = true)}
              @yz-dismissed=${() => this.settle()}
            ></yz-rating>`
          : nothing
      }
    </section>`;
  }

  static override styles = [
    ...kioskStyles,
    css`
      .sheet {
        display: grid;
        gap: var(--_yz-space-3);
        padding: var(--_yz-space-4) var(--_yz-space-5);
        background: var(--_yz-color-surface);
        border-top: 3px solid var(--_yz-color-primary);
        box-shadow: 0 -8px 24px #0f172a29;
      }
      .head {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: var(--_yz-space-3);
      }
    `,
  ];
}

if (!customElements.get('yz-kiosk-rating-sheet')) customElements.define('yz-kiosk-rating-sheet', KioskRatingSheet);

declare global {
  interface HTMLElementTagNameMap {
    'yz-kiosk-rating-sheet': KioskRatingSheet;
  }
}
