import { css } from 'lit';

export const searchStyles = css`
  :host {
    position: relative;
    max-inline-size: 100%;
  }
  /* The popup's containing block: a page rule on the host (\`* { all: unset }\`) can unset the
     host's position, never this one's. */
  .search {
    position: relative;
  }
  .field {
    position: relative;
    display: flex;
    align-items: stretch;
    gap: var(--_yz-space-2);
  }
  .control {
    position: relative;
    flex: 1;
    /* Not the input's own width (about 20 characters): the box fits a narrow phone in large type. */
    min-inline-size: 0;
    display: flex;
    align-items: center;
    min-block-size: calc(var(--_yz-target-size) + 4px);
    border: 2px solid var(--_yz-color-border);
    border-radius: var(--_yz-radius);
    background: var(--_yz-color-surface);
    color: var(--_yz-color-text);
  }
  .control:focus-within {
    border-color: var(--_yz-color-focus);
    box-shadow: 0 0 0 var(--_yz-focus-width) color-mix(in srgb, var(--_yz-color-focus) 35%, transparent);
  }
  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-inline-start: var(--_yz-space-3);
    color: var(--_yz-color-text-muted);
  }
  input {
    flex: 1;
    min-inline-size: 0;
    block-size: 100%;
    min-block-size: var(--_yz-target-size);
    padding: 0 var(--_yz-space-3);
    border: 0;
    background: transparent;
    font-size: 1.0625em;
    outline: none;
  }
  input:focus-visible {
    /* The surrounding control draws the focus ring. */
    outline: none;
  }
  input::placeholder {
    color: var(--_yz-color-text-muted);
    opacity: 1;
  }
  input::-webkit-search-cancel-button {
    display: none;
  }
  .clear {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: var(--_yz-target-size);
    block-size: var(--_yz-target-size);
    border: 0;
    border-radius: var(--_yz-radius);
    background: transparent;
    color: var(--_yz-color-text-muted);
    cursor: pointer;
  }
  .clear:hover {
    color: var(--_yz-color-text);
  }
  .clear svg {
    inline-size: 1.1em;
    block-size: 1.1em;
  }
  /* Loading lasts a moment: say so over the page below, as the popup does, instead of pushing
     the page down and back up again (a layout shift the reader sees, and Lighthouse counts). */
  .search > .yz-loading {
    position: absolute;
    inset-inline: 0;
    inset-block-start: 100%;
    z-index: var(--yz-search-z-index, 1000);
    margin: 4px 0 0;
    padding: var(--_yz-space-1) var(--_yz-space-3);
    border-radius: var(--_yz-radius);
    background: var(--_yz-color-surface);
    font-size: 0.875em;
  }
  .search > .yz-loading:empty {
    display: none;
  }
  :host([inline]) .search > .yz-loading,
  :host([layout='kiosk']) .search > .yz-loading {
    position: static;
  }
  .popup {
    position: absolute;
    inset-inline: 0;
    inset-block-start: calc(100% + 4px);
    z-index: var(--yz-search-z-index, 1000);
    /* No inner scrolling: results are capped by \`limit\`, the page scrolls, and the listbox
       never becomes a scroll region that keyboard users could not reach (axe
       scrollable-region-focusable). */
    border: 1px solid var(--_yz-color-border);
    border-radius: var(--_yz-radius);
    background: var(--_yz-color-surface);
    box-shadow: var(--_yz-shadow);
    padding: var(--_yz-space-1) 0;
  }
  :host([inline]) .popup,
  :host([layout='kiosk']) .popup {
    position: static;
    margin-block-start: var(--_yz-space-2);
    max-block-size: none;
    box-shadow: none;
  }
  [role='listbox'] {
    margin: 0;
    padding: 0;
  }
  .group-label {
    padding: var(--_yz-space-2) var(--_yz-space-4) var(--_yz-space-1);
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_yz-color-text-muted);
  }
  [role='option'] {
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: 2px;
    min-block-size: var(--_yz-target-size);
    padding: var(--_yz-space-2) var(--_yz-space-4);
    cursor: pointer;
    border-inline-start: 4px solid transparent;
  }
  [role='option'][aria-selected='true'] {
    background: var(--_yz-color-surface-alt);
    border-inline-start-color: var(--_yz-color-primary);
    outline: 2px solid var(--_yz-color-focus);
    outline-offset: -2px;
  }
  [role='option']:hover {
    background: var(--_yz-color-surface-alt);
  }
  .name {
    font-weight: 600;
    color: var(--_yz-color-text);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_yz-space-3);
    font-size: 0.875em;
    color: var(--_yz-color-text-muted);
  }
  .badge {
    color: var(--_yz-color-warning);
    font-weight: 600;
  }
  .empty {
    padding: var(--_yz-space-3) var(--_yz-space-4);
  }
  .empty p {
    margin: 0 0 var(--_yz-space-2);
  }
  .empty .hint {
    color: var(--_yz-color-text-muted);
    font-size: 0.9375em;
  }
  .suggestions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_yz-space-2);
    margin: var(--_yz-space-2) 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    min-block-size: var(--_yz-target-size);
    padding: 0 var(--_yz-space-3);
    border: 1px solid var(--_yz-color-border);
    border-radius: 999px;
    background: var(--_yz-color-surface);
    color: var(--_yz-color-primary);
    cursor: pointer;
  }
  .chip:hover {
    background: var(--_yz-color-surface-alt);
  }
  :host([layout='kiosk']) input {
    font-size: 1.35em;
  }
  :host([layout='kiosk']) [role='option'] {
    min-block-size: 64px;
    font-size: 1.15em;
  }
  @media (forced-colors: active) {
    [role='option'][aria-selected='true'] {
      outline: 2px solid Highlight;
    }
    .control {
      border-color: CanvasText;
    }
  }
  @media print {
    .popup,
    .clear {
      display: none;
    }
  }
`;
