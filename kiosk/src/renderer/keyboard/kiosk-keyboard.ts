import { LitElement, css, html, type PropertyValues } from 'lit';
import SimpleKeyboard from 'simple-keyboard/build/index.modern.esm.js';
import type { PinyinCandidate, SearchEngine } from '@yizhan/search';
import { kioskStyles } from '../components/kiosk-styles.js';
import { LocalizeController } from '../widgets.js';
import { KEY, chooseCandidate, pendingPinyin, typeKey } from './compose.js';

export interface KeyboardChangeDetail {
  value: string;
}

/** QWERTY letters and digits: the pinyin every Chinese school child learns, and numbers for application numbers. */
const LAYOUT = {
  default: [
    '1 2 3 4 5 6 7 8 9 0',
    'q w e r t y u i o p',
    'a s d f g h j k l',
    'z x c v b n m {bksp}',
    `${KEY.clear} ${KEY.space}`,
  ],
};

const CANDIDATE_LIMIT = 8;

/**
 * The on-screen keyboard with its pinyin candidate bar, so hanzi can be entered with no input
 * method: letters go into the text, the bar offers catalogue words for the pinyin at its end
 * (`s b` → 商标, 商标注册 …), and tapping one puts the word in place of the letters. The words come
 * from the search engine's lexicon, so every candidate is something the catalogue knows.
 *
 * Keys keep focus where it was (no focus theft from the text field) and are real buttons with
 * spoken names.
 *
 * @prop {string} value - The text being typed.
 * @prop {SearchEngine} engine - Source of the candidates.
 * @fires kiosk-change - The text changed: `{ value }`.
 */
export class KioskKeyboard extends LitElement {
  static override properties = {
    value: { type: String },
    engine: { attribute: false },
  };

  declare value: string;
  declare engine: SearchEngine | undefined;

  private readonly localize = new LocalizeController(this, ['kiosk']);
  private keyboard: SimpleKeyboard | undefined;
  private labelsFor = '';

  constructor() {
    super();
    this.value = '';
    this.engine = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.keyboard?.destroy();
    this.keyboard = undefined;
  }

  protected override firstUpdated(): void {
    const host = this.renderRoot.querySelector<HTMLDivElement>('.keys');
    if (!host) return;
    this.keyboard = new SimpleKeyboard(host, {
      layout: LAYOUT,
      useButtonTag: true,
      // The text field keeps focus and its caret; the keyboard is just fingers.
      preventMouseDownDefault: true,
      // Holding ⌫ repeats; holding a letter would only surprise.
      disableButtonHold: false,
      onKeyPress: (button: string) => this.press(button),
    });
    this.applyLabels();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('value') && this.keyboard) this.keyboard.setInput(this.value);
    this.applyLabels();
  }

  /** Localized faces and spoken names of the function keys (re-applied when the language changes). */
  private applyLabels(): void {
    const keyboard = this.keyboard;
    if (!keyboard || !this.localize.ready || this.labelsFor === this.localize.lang) return;
    this.labelsFor = this.localize.lang;
    const t = (key: string) => this.localize.t(key);
    keyboard.setOptions({
      display: {
        [KEY.backspace]: t('app.keyboard.backspace'),
        [KEY.space]: t('app.keyboard.space'),
        [KEY.clear]: t('app.keyboard.clear'),
      },
    });
    // setOptions re-renders the keys; name them after that.
    const named: Array<[string, string]> = [
      [KEY.backspace, t('app.keyboard.backspaceLabel')],
      [KEY.space, t('app.keyboard.spaceLabel')],
      [KEY.clear, t('app.keyboard.clearLabel')],
    ];
    for (const [button, label] of named) {
      const el = keyboard.getButtonElement(button);
      for (const node of Array.isArray(el) ? el : el ? [el] : []) node.setAttribute('aria-label', label);
    }
    for (const node of this.renderRoot.querySelectorAll('button.hg-button')) node.setAttribute('type', 'button');
  }

  private press(button: string): void {
    this.emitChange(typeKey(this.value, button));
  }

  private choose(candidate: PinyinCandidate): void {
    this.emitChange(chooseCandidate(this.value, candidate.text));
  }

  private emitChange(value: string): void {
    if (value === this.value) return;
    this.value = value;
    this.dispatchEvent(
      new CustomEvent<KeyboardChangeDetail>('kiosk-change', { detail: { value }, bubbles: true, composed: true }),
    );
  }

  private candidates(): PinyinCandidate[] {
    const pending = pendingPinyin(this.value);
    if (!pending || !this.engine) return [];
    return this.engine.pinyinCandidates(pending, CANDIDATE_LIMIT);
  }

  override render() {
    const l = this.localize;
    const pending = pendingPinyin(this.value);
    const candidates = this.candidates();
    return html`<div class="wrap">
      <div class="candidates" role="group" aria-label=${l.t('app.keyboard.candidates')}>
        ${
          candidates.length
            ? candidates.map(
                (c) =>
                  html`<button type="button" class="candidate" lang="zh-CN" @click=${() => this.choose(c)}>
                    ${c.text}
                  </button>`,
              )
            : html`<span class="hint" aria-live="polite">
                ${pending ? l.t('app.keyboard.noCandidates', { pinyin: pending }) : l.t('app.keyboard.hint')}
              </span>`
        }
      </div>
      <div class="keys simple-keyboard" role="group" aria-label=${l.t('app.keyboard.label')}></div>
    </div>`;
  }

  static override styles = [
    ...kioskStyles,
    css`
      :host {
        display: block;
        background: var(--_yz-color-surface-alt);
        border-top: 2px solid var(--_yz-color-divider);
        padding: var(--_yz-space-3);
        user-select: none;
        -webkit-user-select: none;
      }
      .candidates {
        display: flex;
        gap: var(--_yz-space-2);
        align-items: center;
        min-height: var(--_k-target);
        margin-bottom: var(--_yz-space-3);
        overflow-x: auto;
        touch-action: pan-x;
      }
      .candidate {
        flex: none;
        min-height: var(--_k-target);
        min-width: var(--_k-target);
        padding: 0 var(--_yz-space-4);
        border: 2px solid var(--_yz-color-primary);
        border-radius: calc(var(--_yz-radius) * 2);
        background: var(--_yz-color-surface);
        color: var(--_yz-color-primary);
        font-size: 1.2em;
        font-weight: 700;
        cursor: pointer;
        touch-action: manipulation;
      }
      .candidate:first-child {
        background: var(--_yz-color-primary);
        color: var(--_yz-color-on-primary);
      }
      .hint {
        color: var(--_yz-color-text-muted);
        padding-inline: var(--_yz-space-2);
      }
      /* simple-keyboard's own stylesheet is not used: its rows and keys are styled here, bigger. */
      .hg-rows {
        display: flex;
        flex-direction: column;
        gap: var(--_yz-space-2);
      }
      .hg-row {
        display: flex;
        gap: var(--_yz-space-2);
      }
      .hg-button {
        flex: 1 1 0;
        min-width: 0;
        min-height: var(--_k-target);
        padding: 0;
        border: 1px solid var(--_yz-color-border);
        border-radius: var(--_yz-radius);
        background: var(--_yz-color-surface);
        color: var(--_yz-color-text);
        font: inherit;
        font-size: 1.15em;
        cursor: pointer;
        touch-action: manipulation;
        box-shadow: 0 2px 0 #0f172a26;
      }
      .hg-button span {
        pointer-events: none;
      }
      .hg-button:active,
      .hg-activeButton {
        background: var(--_yz-color-surface-alt);
        transform: translateY(1px);
        box-shadow: none;
      }
      .hg-button:focus-visible {
        outline: var(--_yz-focus-width) solid var(--_yz-color-focus);
        outline-offset: 1px;
      }
      .hg-button-bksp,
      .hg-button-clear {
        flex-grow: 1.6;
        background: var(--_yz-color-surface-alt);
        font-size: 1em;
      }
      .hg-button-space {
        flex-grow: 4;
      }
      /* Landscape kiosks have the height to spare: bigger keys are easier for unsteady hands. */
      @media (orientation: landscape) and (min-height: 900px) {
        .hg-button {
          min-height: calc(var(--_k-target) * 1.35);
        }
        .hg-rows {
          gap: var(--_yz-space-3);
        }
      }
      @media (forced-colors: active) {
        .hg-button,
        .candidate {
          border-color: ButtonText;
        }
      }
    `,
  ];
}

if (!customElements.get('yz-kiosk-keyboard')) customElements.define('yz-kiosk-keyboard', KioskKeyboard);

declare global {
  interface HTMLElementTagNameMap {
    'yz-kiosk-keyboard': KioskKeyboard;
  }
}
