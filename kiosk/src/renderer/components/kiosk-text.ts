import { LitElement, html, nothing } from 'lit';
import { LocalizeController } from '../widgets.js';

/**
 * One kiosk string in the language of its own `lang` attribute, for the few places that speak
 * two languages at once (the attract screen does not know its visitor's language yet).
 */
export class KioskText extends LitElement {
  static override properties = { key: { type: String } };
  declare key: string;

  private readonly localize = new LocalizeController(this, ['kiosk']);

  constructor() {
    super();
    this.key = '';
  }

  // Light DOM: the text takes the surrounding element's style.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override render() {
    return this.localize.ready ? html`${this.localize.t(this.key)}` : nothing;
  }
}

if (!customElements.get('yz-kiosk-text')) customElements.define('yz-kiosk-text', KioskText);

declare global {
  interface HTMLElementTagNameMap {
    'yz-kiosk-text': KioskText;
  }
}
