import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { RatingPrompt } from '../app/state.js';
import { LocalizeController } from '../widgets.js';
import { kioskStyles } from './kiosk-styles.js';

const promptKey = (prompt: RatingPrompt) => `${prompt.targetType}:${prompt.targetId}`;

/** `kiosk-rating-answered`: the rating of `prompt` is safe (`answered`), or was refused after all. */
export interface KioskRatingAnswered {
  prompt: RatingPrompt;
  answered: boolean;
}

/**
 * `kiosk-rating-unsent`: the visitor has chosen something in the prompt of `prompt` that is not
 * safe yet (`unsent`), or no longer has.
 */
export interface KioskRatingUnsent {
  prompt: RatingPrompt;
  unsent: boolean;
}

/**
 * After a finished task: "how did it go?" with yz-rating (好差评), voluntary and one tap to
 * dismiss. It sits at the bottom of the screen without blocking anything, goes through the
 * outbox like a consultation, and is asked once per service per visit.
 *
 * The widget says when the rating is safe (`yz-saved`: sent, or queued in the outbox while the
 * network is down), and the sheet can then be closed rather than follow the visitor to every
 * screen until the network returns; if the server later refuses it (`yz-refused`), the widget's
 * form is back, with its own "no, thanks".
 *
 * @fires kiosk-rating-settled - Dismissed, or closed after rating.
 * @fires kiosk-rating-answered - `detail: { prompt, answered }`: the rating of `prompt` is safe
 *   (`yz-saved`), or was refused after all (`yz-refused`); the visit should not ask about a rated
 *   target again, even when the visitor leaves its prompt open.
 * @fires kiosk-rating-unsent - `detail: { prompt, unsent }`: the visitor chose a level or typed in
 *   the widget and has not sent it (`true`: the first input the widget lets out, or its form back
 *   with their choices after `yz-refused`), or it is safe now (`false`: `yz-saved`). The visit keeps
 *   such a prompt in place rather than replace it with the next finished task's.
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
  /** Rated (sent or queued: yz-saved): the widget says so, and the button only closes the sheet. */
  declare answered: boolean;

  private readonly localize = new LocalizeController(this, ['kiosk']);
  /** What was last said in `kiosk-rating-unsent` about the current prompt. */
  private unsent = false;

  constructor() {
    super();
    this.api = '';
    this.elderly = false;
    this.itemName = '';
    this.answered = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = changed.get('prompt') as RatingPrompt | undefined;
    if (changed.has('prompt') && (!before || !this.prompt || promptKey(before) !== promptKey(this.prompt))) {
      this.answered = false;
      this.unsent = false;
    }
  }

  /**
   * yz-rating has no public "dirty" state, but its level radios, tags and comment box all let out
   * a composed `input` event (also when the kiosk's keyboard types), and a level, once chosen,
   * cannot be unchosen: the first `input` means there is something the visitor would lose.
   */
  private markUnsent(prompt: RatingPrompt, unsent: boolean): void {
    if (this.unsent === unsent) return;
    this.unsent = unsent;
    this.dispatchEvent(
      new CustomEvent<KioskRatingUnsent>('kiosk-rating-unsent', {
        detail: { prompt, unsent },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private settle(): void {
    this.dispatchEvent(new CustomEvent('kiosk-rating-settled', { bubbles: true, composed: true }));
  }

  private answer(prompt: RatingPrompt, answered: boolean): void {
    this.answered = answered;
    this.dispatchEvent(
      new CustomEvent<KioskRatingAnswered>('kiosk-rating-answered', {
        detail: { prompt, answered },
        bubbles: true,
        composed: true,
      }),
    );
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
        // One element per rated target: its own token, and nothing said about the rating of an
        // earlier prompt reaches this one; asked again for the same one, it stays as it is.
        customElements.get('yz-rating')
          ? keyed(
              promptKey(p),
              html`<yz-rating
                api=${this.api}
                target-type=${p.targetType}
                target-id=${p.targetId}
                channel="kiosk"
                ephemeral
                compact
                ?elderly=${this.elderly}
                @input=${() => {
                  if (!this.answered) this.markUnsent(p, true);
                }}
                @yz-saved=${() => {
                  this.markUnsent(p, false);
                  this.answer(p, true);
                }}
                @yz-refused=${() => {
                  this.markUnsent(p, true);
                  this.answer(p, false);
                }}
                @yz-dismissed=${() => this.settle()}
              ></yz-rating>`,
            )
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
