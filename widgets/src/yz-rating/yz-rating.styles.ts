import { css } from 'lit';

export const ratingStyles = css`
  :host {
    max-width: 44em;
  }
  .wrap {
    container-type: inline-size;
  }
  fieldset {
    margin: 0 0 var(--_yz-space-4);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .legend {
    display: block;
    margin: 0 0 var(--_yz-space-2);
    padding: 0;
    font-weight: 700;
    font-size: 1.1em;
  }
  .legend.small {
    font-size: 1em;
  }
  .level-row {
    display: grid;
    grid-template-columns: repeat(5, minmax(0, 1fr));
    gap: var(--_yz-space-2);
  }
  .level {
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--_yz-space-1);
    min-height: calc(var(--_yz-target-size) * 1.6);
    padding: var(--_yz-space-2) var(--_yz-space-1);
    border: 2px solid var(--_yz-color-border);
    border-radius: var(--_yz-radius);
    background: var(--_yz-color-surface);
    text-align: center;
    cursor: pointer;
    touch-action: manipulation;
    user-select: none;
    -webkit-user-select: none;
  }
  /* The real radio stays in the label (keyboard and screen readers use it) but out of sight. */
  .level input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .level:has(input:checked) {
    border-color: var(--_yz-color-primary);
    background: var(--_yz-color-primary);
    color: var(--_yz-color-on-primary);
  }
  .level:has(input:focus-visible) {
    outline: var(--_yz-focus-width) solid var(--_yz-color-focus);
    outline-offset: 2px;
  }
  .face {
    width: 2em;
    height: 2em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
  }
  .face .eye {
    fill: currentColor;
    stroke: none;
  }
  .word {
    font-size: 0.9em;
    line-height: 1.3;
  }
  :host([compact]) .level {
    min-height: var(--_yz-target-size);
  }
  :host([compact]) .face {
    width: 1.6em;
    height: 1.6em;
  }
  /* Narrow (a phone, or large elderly type): one level a row, the whole row the target. */
  @container (max-width: 26em) {
    :host(:not([compact])) .level-row {
      grid-template-columns: 1fr;
    }
    :host(:not([compact])) .level {
      flex-direction: row;
      justify-content: flex-start;
      gap: var(--_yz-space-3);
      min-height: var(--_yz-target-size);
      padding: var(--_yz-space-1) var(--_yz-space-3);
    }
    :host(:not([compact])) .word {
      font-size: 1em;
    }
    :host([compact]) .word {
      font-size: 0.8em;
    }
  }
  .rectification {
    margin: 0 0 var(--_yz-space-3);
    padding: var(--_yz-space-2) var(--_yz-space-3);
    border-inline-start: 4px solid var(--_yz-color-warning);
    background: var(--_yz-color-surface-alt);
  }
  .tags.invalid,
  .comment.invalid {
    border-inline-start: 4px solid var(--_yz-color-danger);
    padding-inline-start: var(--_yz-space-3);
  }
  .tag-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_yz-space-2);
  }
  .tag {
    display: inline-flex;
    align-items: center;
    gap: var(--_yz-space-2);
    min-height: var(--_yz-target-size);
    padding: 0 var(--_yz-space-3);
    border: 2px solid var(--_yz-color-border);
    border-radius: 999px;
    cursor: pointer;
    touch-action: manipulation;
  }
  .tag:has(input:checked) {
    border-color: var(--_yz-color-primary);
    background: var(--_yz-color-surface-alt);
  }
  .tag input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_yz-color-primary);
  }
  .comment {
    margin: 0 0 var(--_yz-space-3);
  }
  textarea {
    display: block;
    width: 100%;
    min-height: var(--_yz-target-size);
    padding: var(--_yz-space-2) var(--_yz-space-3);
    border: 2px solid var(--_yz-color-border);
    border-radius: var(--_yz-radius);
    background: var(--_yz-color-surface);
    resize: vertical;
  }
  textarea[aria-invalid='true'] {
    border-color: var(--_yz-color-danger);
  }
  .count {
    margin: var(--_yz-space-1) 0 0;
    color: var(--_yz-color-text-muted);
    font-size: 0.9em;
  }
  .count.over,
  .error {
    color: var(--_yz-color-danger);
    font-weight: 700;
  }
  .error {
    margin: 0 0 var(--_yz-space-2);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_yz-space-3);
  }
  .voluntary {
    margin: var(--_yz-space-2) 0 0;
    color: var(--_yz-color-text-muted);
    font-size: 0.9em;
  }
  .status {
    padding: var(--_yz-space-3) var(--_yz-space-4);
    border-inline-start: 4px solid var(--_yz-color-primary);
    background: var(--_yz-color-surface-alt);
  }
  .status:focus {
    outline: none;
  }
  .status:focus-visible {
    outline: var(--_yz-focus-width) solid var(--_yz-color-focus);
  }
  .status-done,
  .status-already {
    border-inline-start-color: var(--_yz-color-success);
  }
  .status p {
    margin: 0;
  }
  .status p + p {
    margin-top: var(--_yz-space-2);
  }
  .loading {
    min-height: 4em;
  }
  @media (forced-colors: active) {
    .level:has(input:checked) {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .level,
    .tag {
      border-color: ButtonText;
    }
  }
`;
