import { css } from 'lit';

/**
 * What every component starts from. `all: initial` on the host cuts off inherited page styles
 * (line-height, letter-spacing, text-transform, fonts) so a hostile host stylesheet cannot reach
 * inside; sizes are in em from the token base size, never rem, so a page that changes its root
 * font size does not shrink the widgets. Custom properties still inherit: that is how partners theme.
 *
 * A page rule that matches the element itself (`* { all: unset; font-size: 8px !important }`)
 * outranks `:host` for normal declarations, and whatever it sets on the host is inherited by
 * everything inside. So the inherited text properties are `!important` here: in the cascade, a
 * shadow tree's `!important` beats the page's `!important`. Layout properties of the host
 * (display, margin, width) stay the page's to set.
 */
export const baseStyles = css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--_yz-font-family) !important;
    font-size: var(--_yz-font-size) !important;
    font-weight: 400 !important;
    font-style: normal !important;
    font-variant: normal !important;
    line-height: var(--_yz-font-line-height) !important;
    color: var(--_yz-color-text) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-decoration: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    word-break: normal !important;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
    overflow-wrap: anywhere;
  }
  :host(:lang(zh-Hant)),
  :host(:lang(zh-TW)),
  :host(:lang(zh-HK)) {
    font-family: var(--_yz-font-family-hant) !important;
  }
  :host(:lang(ja)) {
    font-family: var(--_yz-font-family-ja) !important;
  }
  /* Latin fonts first for English, so quotes and punctuation are not drawn full-width. */
  :host(:lang(en)) {
    font-family: var(--_yz-font-family-latin) !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  :focus-visible {
    outline: var(--_yz-focus-width) solid var(--_yz-color-focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_yz-color-primary);
    text-underline-offset: 0.15em;
  }
  a:hover {
    color: var(--_yz-color-primary-hover);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_yz-space-2);
    min-height: var(--_yz-target-size);
    min-width: var(--_yz-target-size);
    padding: 0 var(--_yz-space-4);
    border: 2px solid var(--_yz-color-primary);
    border-radius: var(--_yz-radius);
    background: var(--_yz-color-primary);
    color: var(--_yz-color-on-primary);
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
    touch-action: manipulation;
  }
  .button:hover {
    background: var(--_yz-color-primary-hover);
    border-color: var(--_yz-color-primary-hover);
    color: var(--_yz-color-on-primary);
  }
  .button.secondary {
    background: var(--_yz-color-surface);
    color: var(--_yz-color-primary);
  }
  .button.secondary:hover {
    background: var(--_yz-color-surface-alt);
    color: var(--_yz-color-primary-hover);
  }
  .button[disabled],
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  mark {
    background: var(--_yz-color-highlight);
    color: var(--_yz-color-on-highlight);
    border-radius: 2px;
    padding: 0 1px;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    .button {
      border: 2px solid ButtonText;
    }
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
`;
