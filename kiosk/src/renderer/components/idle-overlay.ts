import { LitElement, css, html, type PropertyValues } from 'lit';
import { LocalizeController } from '../widgets.js';
import { kioskStyles, sheetStyles } from './kiosk-styles.js';

/** A click follows its pointerup within a frame or two; this is only for a press that gets none. */
const RELEASE_GRACE_MS = 500;

/**
 * "Are you still there?": shown while the shell's idle countdown runs. Any touch anywhere cancels
 * it (the touch guard reports the activity, the shell leaves the countdown); the buttons say so
 * for people who need a clear choice, and Finish forgets the visitor now.
 *
 * The shell hears of a touch when it starts (pointerdown), so the countdown is over before the
 * touch's click. Closing then would take the buttons away from under the finger and let the click
 * land on the screen underneath (the attract screen has the same problem, see main.ts); so a
 * touch on the overlay keeps it open until that touch has ended in its click.
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
  /** The seconds last shown: they stay while the overlay waits for a touch to end, instead of a 0. */
  private shownSeconds = 0;
  /** The touch (or mouse press) under way on the overlay, if any; each press gets a new number. */
  private press = 0;
  private presses = 0;

  constructor() {
    super();
    this.secondsLeft = -1;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('secondsLeft') && this.secondsLeft >= 0) this.shownSeconds = this.secondsLeft;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog || !changed.has('secondsLeft')) return;
    if (this.secondsLeft >= 0 && !dialog.open) dialog.showModal();
    // The news may come from inside the pointerdown of a touch on the overlay (kiosk:web's bridge
    // answers at once, from the touch guard's listener, before the overlay hears of that touch):
    // decide once that event is over.
    if (this.secondsLeft < 0 && dialog.open) setTimeout(() => this.closeUnlessPressed(), 0);
  }

  private closeUnlessPressed(): void {
    if (this.press === 0 && this.secondsLeft < 0) this.renderRoot.querySelector('dialog')?.close();
  }

  private readonly pressed = (): void => {
    this.press = ++this.presses;
  };

  /** The press is over: its click has run (the buttons' own first), or it turned into something else. */
  private readonly released = (): void => {
    this.press = 0;
    this.closeUnlessPressed();
  };

  /**
   * A press almost always ends in a click (or a pointercancel when it becomes a scroll); if it does
   * not (the pointer went up somewhere no click follows), let go a moment later all the same.
   */
  private readonly lifted = (): void => {
    const press = this.press;
    setTimeout(() => {
      if (press !== 0 && this.press === press) this.released();
    }, RELEASE_GRACE_MS);
  };

  private act(action: 'continue' | 'finish'): void {
    this.dispatchEvent(new CustomEvent('kiosk-action', { detail: { action }, bubbles: true, composed: true }));
  }

  override render() {
    const l = this.localize;
    if (!l.ready) return html`<dialog></dialog>`;
    const seconds = this.shownSeconds;
    return html`<dialog
      aria-labelledby="title"
      aria-describedby="desc"
      @cancel=${(e: Event) => {
        e.preventDefault();
        this.act('continue');
      }}
      @pointerdown=${this.pressed}
      @pointerup=${this.lifted}
      @pointercancel=${this.released}
      @click=${this.released}
    >
      <h2 id="title">${l.t('app.idle.title')}</h2>
      <p class="count" aria-hidden="true">${l.number(seconds)}</p>
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
