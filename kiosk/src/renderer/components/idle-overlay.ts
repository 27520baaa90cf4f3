import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { LocalizeController } from '../widgets.js';
import { kioskStyles, sheetStyles } from './kiosk-styles.js';

/**
 * "Are you still there?": shown while the shell's idle countdown runs. Any touch anywhere cancels
 * it (the touch guard reports the activity, the shell leaves the countdown); the buttons say so
 * for people who need a clear choice, and Finish forgets the visitor now.
 *
 * @fires kiosk-action - `{ action: 'continue' | 'finish' }`.
 */
export class KioskIdleOverlay extends LitElement {
  static override properties = {
    secondsLeft: { type: Number, attribute: 'seconds-left' },
  };

  /** Seconds on the countdown; negative or absent hides the overlay. */
  declare secondsLeft: number;

  private readonly localize = new LocalizeController(this, ['kiosk']);

  constructor() {
    super();
    this.secondsLeft = -1;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog || !changed.has('secondsLeft')) return;
    const open = this.secondsLeft >= 0;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }

  private act(action: 'continue' | 'finish'): void {
    this.dispatchEvent(new CustomEvent('kiosk-action', { detail: { action }, bubbles: true, composed: true }));
  }

  override render() {
    const l = this.localize;
    if (!l.ready) return html`<dialog></dialog>`;
    const seconds = Math.max(0, this.secondsLeft);
    return html`<dialog
      aria-labelledby="title"
      aria-describedby="desc"
      @cancel=${(e: Event) => {
        e.preventDefault();
        this.act('continue');
      }}
    >
      <h2 id="title">${l.t('app.idle.title')}</h2>
      <p class="count" aria-hidden="true">${seconds >= 0 ? l.number(seconds) : nothing}</p>
      <p id="desc">${l.t('app.idle.body', { count: seconds })}</p>
      <div class="actions">
        <button type="button" class="button" data-action="continue" @click=${() => this.act('continue')}>
          ${l.t('app.idle.continue')}
        </button>
        <button type="button" class="button secondary" data-action="finish" @click=${() => this.act('finish')}>
          ${l.t('app.idle.finish')}
        </button>
      </div>
    </dialog>`;
  }

  static override styles = [
    ...kioskStyles,
    sheetStyles,
    css`
      :host {
        --_k-sheet-width: min(90vw, 36em);
        --_k-sheet-backdrop: #0f172acc;
      }
      .count {
        font-size: 5em;
        font-weight: 800;
        line-height: 1;
        color: var(--_yz-color-accent);
        font-variant-numeric: tabular-nums;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_yz-space-3);
        justify-content: center;
      }
    `,
  ];
}

if (!customElements.get('yz-kiosk-idle-overlay')) customElements.define('yz-kiosk-idle-overlay', KioskIdleOverlay);

declare global {
  interface HTMLElementTagNameMap {
    'yz-kiosk-idle-overlay': KioskIdleOverlay;
  }
}
