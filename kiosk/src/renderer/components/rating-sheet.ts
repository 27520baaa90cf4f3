import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { RatingPrompt, RatingState } from '../app/state.js';
import { LocalizeController } from '../widgets.js';
import { kioskStyles } from './kiosk-styles.js';

const promptKey = (prompt: RatingPrompt) => `${prompt.targetType}:${prompt.targetId}`;

/** `kiosk-rating-state`: where the visitor is with the rating of `prompt` (see `RatingState`). */
export interface KioskRatingStateDetail {
  prompt: RatingPrompt;
  state: RatingState;
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
 * @fires kiosk-rating-state - `detail: { prompt, state }`, each time the visitor's state in the
 *   prompt of `prompt` changes: `choosing` (the first input the widget lets out: a level chosen or
 *   text typed, not sent), `saved` (`yz-saved`: safe, sent or queued) or `refused` (`yz-refused`:
 *   the server refused it after all, and the form is back with their choices). The visit keeps a
 *   prompt with unsent choices (`choosing`, `refused`) in place rather than replace it with the
 *   next finished task's, and does not ask about a `saved` target again, even when the visitor
 *   leaves its prompt open.
 */
export class KioskRatingSheet extends LitElement {
  static override properties = {
    prompt: { attribute: false },
    api: { type: String },
    elderly: { type: Boolean },
    itemName: { type: String, attribute: 'item-name' },
    ratingState: { state: true },
  };

  declare prompt: RatingPrompt | undefined;
  declare api: string;
  declare elderly: boolean;
  declare itemName: string;
  /**
   * What was last said in `kiosk-rating-state` about the current prompt (nothing yet: untouched).
   * `saved`: the widget says so, and the button only closes the sheet.
   */
  declare ratingState: RatingState | undefined;

  private readonly localize = new LocalizeController(this, ['kiosk']);

  constructor() {
    super();
    this.api = '';
    this.elderly = false;
    this.itemName = '';
    this.ratingState = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = changed.get('prompt') as RatingPrompt | undefined;
    if (changed.has('prompt') && (!before || !this.prompt || promptKey(before) !== promptKey(this.prompt))) {
      this.ratingState = undefined;
    }
  }

  private report(prompt: RatingPrompt, state: RatingState): void {
    this.ratingState = state;
    this.dispatchEvent(
      new CustomEvent<KioskRatingStateDetail>('kiosk-rating-state', {
        detail: { prompt, state },
        bubbles: true,
        composed: true,
      }),
    );
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
          this.ratingState === 'saved' || !customElements.get('yz-rating')
            ? html`<button type="button" class="button secondary" data-action="dismiss" @click=${() => this.settle()}>
                ${l.t(this.ratingState === 'saved' ? 'app.notice.close' : 'app.rating.dismiss')}
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
                  // yz-rating has no public "dirty" state, but its level radios, tags and comment
                  // box all let out a composed `input` event (also when the kiosk's keyboard
                  // types), and a level, once chosen, cannot be unchosen: the first `input` of
                  // an untouched prompt means there is something the visitor would lose. Later input
                  // adds nothing: after `refused` their choices are still unsent, after `saved` safe.
                  if (!this.ratingState) this.report(p, 'choosing');
                }}
                @yz-saved=${() => this.report(p, 'saved')}
                @yz-refused=${() => this.report(p, 'refused')}
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
