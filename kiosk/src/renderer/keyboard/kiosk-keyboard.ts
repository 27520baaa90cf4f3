import { LitElement, css, html, type PropertyValues } from 'lit';
import SimpleKeyboard from 'simple-keyboard/build/index.modern.esm.js';
import type { SearchEngine } from '@yizhan/search';
import { pinyinCandidates, type PinyinCandidate } from '@yizhan/search/candidates';
import { kioskStyles } from '../components/kiosk-styles.js';
import { LocalizeController } from '../widgets.js';
import { KEY, pendingPinyin } from './compose.js';
import { repeatWhileHeld } from './hold-repeat.js';

export interface KeyboardKeyDetail {
  /** A letter or digit, or one of `KEY` (`{bksp}`, `{space}`, `{clear}`). */
  button: string;
}

export interface KeyboardCandidateDetail {
  word: string;
  /** The pinyin the word replaces: the end of `value`. */
  pinyin: string;
}

/**
 * QWERTY letters and digits: the pinyin every Chinese school child learns, and numbers for
 * application and phone numbers. Form fields also get the punctuation a question needs and what
 * an email address needs.
 */
const LETTERS = ['1 2 3 4 5 6 7 8 9 0', 'q w e r t y u i o p', 'a s d f g h j k l', `z x c v b n m ${KEY.backspace}`];
const LAYOUT = {
  search: [...LETTERS, `${KEY.clear} ${KEY.space}`],
  text: [...LETTERS, `${KEY.clear} ， 。 ？ ${KEY.space} @ . -`],
};

export type KeyboardLayout = keyof typeof LAYOUT;

const CANDIDATE_LIMIT = 8;

/**
 * The on-screen keyboard with its pinyin candidate bar, so hanzi can be entered with no input
 * method: letters go into the text, the bar offers catalogue words for the pinyin at its end
 * (`s b` → 商标, 商标注册 …), and tapping one puts the word in place of the letters. The words come
 * from the search engine's lexicon, so every candidate is something the catalogue knows.
 *
 * The keyboard edits nothing itself: it reports keys and chosen words, and whoever owns the text
 * applies them (the search screen to its query, the field keyboard to the focused form field).
 * Keys and candidates keep focus where it was (no focus theft from the text field) and are real
 * buttons with spoken names.
 *
 * @prop {string} value - The text up to the caret (its trailing pinyin picks the candidates).
 * @prop {SearchEngine} engine - Source of the candidates.
 * @attr layout - `search` (letters and digits, the default) or `text` (also ，。？ @ . -).
 * @slot actions - Buttons at the end of the candidate bar (the field keyboard's Hide).
 * @fires kiosk-key - A key was tapped: `{ button }`.
 * @fires kiosk-candidate - A candidate was tapped: `{ word, pinyin }`.
 */
export class KioskKeyboard extends LitElement {
  static override properties = {
    value: { type: String },
    engine: { attribute: false },
    layout: { type: String, reflect: true },
  };

  declare value: string;
  declare engine: SearchEngine | undefined;
  /** `search` (letters and digits) or `text` (also punctuation and email characters). */
  declare layout: KeyboardLayout;

  private readonly localize = new LocalizeController(this, ['kiosk']);
  private keyboard: SimpleKeyboard | undefined;
  private stopRepeat: () => void = () => {};
  private labelsFor = '';

  constructor() {
    super();
    this.value = '';
    this.engine = undefined;
    this.layout = 'search';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.keyboard?.destroy();
    this.keyboard = undefined;
    this.stopRepeat();
  }

  protected override firstUpdated(): void {
    const host = this.renderRoot.querySelector<HTMLDivElement>('.keys');
    if (!host) return;
    this.keyboard = new SimpleKeyboard(host, {
      layout: LAYOUT,
      layoutName: this.layout,
      useButtonTag: true,
      // The text field keeps focus and its caret; the keyboard is just fingers.
      preventMouseDownDefault: true,
      // simple-keyboard's hold repeats every key; holding a letter would only surprise, so only ⌫
      // repeats, below.
      disableButtonHold: true,
      onKeyPress: (button: string) => this.press(button),
    });
    this.stopRepeat = repeatWhileHeld(host, {
      repeats: (button) => button === KEY.backspace,
      onRepeat: (button) => this.press(button),
    });
    this.applyLabels();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('layout') && this.keyboard && changed.get('layout') !== undefined) {
      this.keyboard.setOptions({ layoutName: this.layout });
      this.labelsFor = '';
    }
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
    this.emit<KeyboardKeyDetail>('kiosk-key', { button });
  }

  private choose(candidate: PinyinCandidate): void {
    this.emit<KeyboardCandidateDetail>('kiosk-candidate', { word: candidate.text, pinyin: pendingPinyin(this.value) });
  }

  private emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  private candidates(): PinyinCandidate[] {
    const pending = pendingPinyin(this.value);
    if (!pending || !this.engine) return [];
    return pinyinCandidates(this.engine, pending, CANDIDATE_LIMIT);
  }

  override render() {
    const l = this.localize;
    const pending = pendingPinyin(this.value);
    const candidates = this.candidates();
    return html`<div class="wrap">
      <div class="top">
        <div class="candidates" role="group" aria-label=${l.t('app.keyboard.candidates')}>
          ${
            candidates.length
              ? candidates.map(
                  (c) =>
                    html`<button
                      type="button"
                      class="candidate"
                      lang="zh-CN"
                      @pointerdown=${keepFocus}
                      @mousedown=${keepFocus}
                      @click=${() => this.choose(c)}
                    >
                      ${c.text}
                    </button>`,
                )
              : html`<span class="hint" aria-live="polite">
                  ${pending ? l.t('app.keyboard.noCandidates', { pinyin: pending }) : l.t('app.keyboard.hint')}
                </span>`
          }
        </div>
        <slot name="actions"></slot>
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
      .top {
        display: flex;
        gap: var(--_yz-space-3);
        align-items: center;
        margin-bottom: var(--_yz-space-3);
      }
      .candidates {
        flex: 1 1 auto;
        min-width: 0;
        display: flex;
        gap: var(--_yz-space-2);
        align-items: center;
        min-height: var(--_k-target);
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
      /* Search on a landscape kiosk has the height to spare: bigger keys for unsteady hands. */
      @media (orientation: landscape) and (min-height: 900px) {
        :host([layout='search']) .hg-button {
          min-height: calc(var(--_k-target) * 1.35);
        }
        :host([layout='search']) .hg-rows {
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

/** A tap on the keyboard must leave the caret in the field being typed into. */
function keepFocus(event: Event): void {
  event.preventDefault();
}

if (!customElements.get('yz-kiosk-keyboard')) customElements.define('yz-kiosk-keyboard', KioskKeyboard);

declare global {
  interface HTMLElementTagNameMap {
    'yz-kiosk-keyboard': KioskKeyboard;
  }
}
