import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { SearchEngine } from '@yizhan/search';
import { kioskStyles } from '../components/kiosk-styles.js';
import { LocalizeController } from '../widgets.js';
import {
  chooseInto,
  deepActiveElement,
  isTextField,
  textBeforeCaret,
  typeInto,
  type TextField,
} from './field-editing.js';
import './kiosk-keyboard.js';
import type { KeyboardCandidateDetail, KeyboardKeyDetail } from './kiosk-keyboard.js';

/**
 * The on-screen keyboard for form fields anywhere on the page (the consultation form's question,
 * name, phone number, its service picker), inside widgets' shadow roots too. It docks at the
 * bottom while a text field has focus, types at the caret, and offers pinyin candidates from the
 * catalogue for Chinese; "hide" closes it. Search has its own keyboard and turns this one off.
 *
 * @prop {SearchEngine} engine - Source of the candidates.
 * @attr disabled - Never show (the search screen).
 * @attr screen - The screen it serves; a new screen closes it (its field is gone).
 * @attr open - Reflects whether it is showing.
 */
export class KioskFieldKeyboard extends LitElement {
  static override properties = {
    engine: { attribute: false },
    disabled: { type: Boolean },
    screen: { type: String },
    open: { type: Boolean, reflect: true },
    typed: { state: true },
  };

  declare engine: SearchEngine | undefined;
  declare disabled: boolean;
  declare screen: string;
  declare open: boolean;
  /** Text before the caret of the field being typed into. */
  declare typed: string;

  private readonly localize = new LocalizeController(this, ['kiosk']);
  private field: TextField | undefined;
  private controller: AbortController | undefined;

  constructor() {
    super();
    this.engine = undefined;
    this.disabled = false;
    this.screen = '';
    this.open = false;
    this.typed = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.controller = new AbortController();
    const options = { capture: true, signal: this.controller.signal };
    document.addEventListener('focusin', this.onFocusIn, options);
    document.addEventListener('focusout', this.onFocusOut, options);
    // Hardware keys or a tap that moves the caret change which pinyin is pending.
    document.addEventListener('input', this.refresh, options);
    document.addEventListener('selectionchange', this.refresh, options);
    document.addEventListener('pointerup', this.refresh, options);
    document.addEventListener('pointerdown', this.onPointerDown, options);
    document.addEventListener('pointerup', this.onPointerUp, options);
    document.addEventListener('pointercancel', this.onPointerUp, options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
    this.watched = new WeakSet();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('screen') || changed.has('disabled')) && this.open) this.close();
  }

  /**
   * Focus moving between two fields of one widget never leaves its shadow root, so the document
   * does not hear it. Listen in every (open) shadow root focus has been seen in.
   */
  private watched = new WeakSet<ShadowRoot>();

  private watchShadowRoots(event: Event): void {
    const signal = this.controller?.signal;
    if (!signal) return;
    for (const node of event.composedPath()) {
      if (!(node instanceof ShadowRoot) || this.watched.has(node) || node === this.renderRoot) continue;
      this.watched.add(node);
      node.addEventListener('focusin', this.onFocusIn as EventListener, { capture: true, signal });
      node.addEventListener('focusout', this.onFocusOut as EventListener, { capture: true, signal });
    }
  }

  private readonly onFocusIn = (event: FocusEvent): void => {
    this.watchShadowRoots(event);
    const target = event.composedPath()[0];
    if (this.disabled || !isTextField(target)) return;
    this.field = target;
    this.typed = textBeforeCaret(target);
    if (!this.open) {
      this.open = true;
      // Once the keyboard takes its space, bring the field back into view above it.
      void this.updateComplete.then(() =>
        requestAnimationFrame(() => this.field?.scrollIntoView({ block: 'center', behavior: 'instant' })),
      );
    }
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (next instanceof Node && (this.contains(next) || this.renderRoot.contains(next))) return;
    if (isTextField(next)) return;
    // Not now: the tap that moved focus (onto a checkbox, a button) has yet to deliver its click,
    // and closing would move the page under the finger first. A finger still down waits for pointerup.
    if (this.pointerDown) this.closeAfterPointer = true;
    else this.closeSoon();
  };

  private pointerDown = false;
  private closeAfterPointer = false;

  private readonly onPointerDown = (): void => {
    this.pointerDown = true;
  };

  private readonly onPointerUp = (): void => {
    this.pointerDown = false;
    if (this.closeAfterPointer) {
      this.closeAfterPointer = false;
      this.closeSoon();
    }
  };

  private closeSoon(): void {
    setTimeout(() => {
      if (!isTextField(deepActiveElement())) this.close();
    }, 0);
  }

  private readonly refresh = (): void => {
    if (this.field && deepActiveElement() === this.field) this.typed = textBeforeCaret(this.field);
  };

  private close(): void {
    this.open = false;
    this.field = undefined;
    this.typed = '';
  }

  private hide(): void {
    this.field?.blur();
    this.close();
  }

  private onKey(event: CustomEvent<KeyboardKeyDetail>): void {
    if (!this.field) return;
    typeInto(this.field, event.detail.button);
    this.typed = textBeforeCaret(this.field);
  }

  private onCandidate(event: CustomEvent<KeyboardCandidateDetail>): void {
    if (!this.field) return;
    chooseInto(this.field, event.detail.word);
    this.typed = textBeforeCaret(this.field);
  }

  override render() {
    const l = this.localize;
    if (!this.open || this.disabled || !l.ready) return nothing;
    return html`<div class="dock">
      <yz-kiosk-keyboard
        layout="text"
        .value=${this.typed}
        .engine=${this.engine}
        @kiosk-key=${this.onKey}
        @kiosk-candidate=${this.onCandidate}
      >
        <button
          slot="actions"
          type="button"
          class="button secondary"
          data-action="hide-keyboard"
          @pointerdown=${(e: Event) => e.preventDefault()}
          @mousedown=${(e: Event) => e.preventDefault()}
          @click=${() => this.hide()}
        >
          ${l.t('app.keyboard.hide')}
        </button>
      </yz-kiosk-keyboard>
    </div>`;
  }

  static override styles = [
    ...kioskStyles,
    css`
      :host {
        display: block;
      }
      :host(:not([open])) {
        display: none;
      }
      .dock {
        box-shadow: 0 -6px 18px #0f172a1f;
        background: var(--_yz-color-surface-alt);
      }
      [data-action='hide-keyboard'] {
        flex: none;
      }
      @media (orientation: landscape) {
        yz-kiosk-keyboard {
          max-width: 1200px;
          margin-inline: auto;
        }
      }
    `,
  ];
}

if (!customElements.get('yz-kiosk-field-keyboard'))
  customElements.define('yz-kiosk-field-keyboard', KioskFieldKeyboard);

declare global {
  interface HTMLElementTagNameMap {
    'yz-kiosk-field-keyboard': KioskFieldKeyboard;
  }
}
