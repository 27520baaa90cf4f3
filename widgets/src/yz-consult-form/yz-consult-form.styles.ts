import { css } from 'lit';

export const consultStyles = css`
  :host {
    max-width: 44em;
  }
  .heading {
    margin: 0 0 var(--_yz-space-3);
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.3;
  }
  .heading.h1 {
    font-size: 1.15em;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: var(--_yz-focus-width) solid var(--_yz-color-focus);
  }
  .intro,
  .muted {
    color: var(--_yz-color-text-muted);
  }
  .intro {
    margin: 0 0 var(--_yz-space-5);
  }
  .optional {
    font-weight: 400;
    color: var(--_yz-color-text-muted);
  }
  textarea.control {
    resize: vertical;
    min-height: 8em;
  }
  .count {
    margin: var(--_yz-space-1) 0 0;
    color: var(--_yz-color-text-muted);
  }
  .count.over {
    color: var(--_yz-color-danger);
    font-weight: 700;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_yz-space-2) var(--_yz-space-5);
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: var(--_yz-space-2);
    min-height: var(--_yz-target-size);
    cursor: pointer;
    touch-action: manipulation;
  }
  .choice input {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_yz-color-primary);
    cursor: pointer;
  }
  .choice.consent {
    align-items: flex-start;
    padding: var(--_yz-space-2) 0;
  }
  .choice.consent input {
    margin-top: 0.1em;
  }
  .notice-box {
    margin: 0 0 var(--_yz-space-4);
    padding: var(--_yz-space-3) var(--_yz-space-4);
    border-inline-start: 4px solid var(--_yz-color-primary);
    background: var(--_yz-color-surface-alt);
  }
  .notice-box ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .notice-box li + li {
    margin-top: var(--_yz-space-1);
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_yz-space-2) var(--_yz-space-4);
    margin: 0 0 var(--_yz-space-4);
    padding: var(--_yz-space-3) var(--_yz-space-4);
    border: 2px solid var(--_yz-color-primary);
    border-radius: var(--_yz-radius);
  }
  .notice p {
    margin: 0;
    flex: 1 1 16em;
  }
  .error-summary {
    margin: 0 0 var(--_yz-space-5);
    padding: var(--_yz-space-4);
    border: 4px solid var(--_yz-color-danger);
    border-radius: var(--_yz-radius);
  }
  .error-summary:focus {
    outline: var(--_yz-focus-width) solid var(--_yz-color-focus);
    outline-offset: 2px;
  }
  .error-summary p {
    margin: 0 0 var(--_yz-space-2);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .error-summary li + li {
    margin-top: var(--_yz-space-2);
  }
  .error-summary a {
    color: var(--_yz-color-danger);
    font-weight: 700;
  }
  /* The spam trap: off-screen, never display:none (some bots skip hidden fields). */
  .trap {
    position: absolute;
    inset-inline-start: -10000px;
    top: auto;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_yz-space-3);
    margin-top: var(--_yz-space-5);
  }
  .summary-list {
    margin: 0 0 var(--_yz-space-4);
    border-top: 1px solid var(--_yz-color-divider);
  }
  .summary-list .row {
    display: grid;
    grid-template-columns: minmax(7em, 1fr) 2fr auto;
    gap: var(--_yz-space-1) var(--_yz-space-4);
    padding: var(--_yz-space-3) 0;
    border-bottom: 1px solid var(--_yz-color-divider);
  }
  .summary-list dt {
    font-weight: 700;
  }
  .summary-list dd {
    margin: 0;
  }
  .summary-list .action a {
    display: inline-flex;
    align-items: center;
    min-height: var(--_yz-target-size);
    min-width: var(--_yz-target-size);
  }
  .pre {
    white-space: pre-wrap;
  }
  @media (max-width: 40em) {
    .summary-list .row {
      grid-template-columns: 1fr auto;
    }
    .summary-list dt {
      grid-column: 1 / -1;
    }
  }
  .status {
    display: flex;
    align-items: center;
    gap: var(--_yz-space-3);
    padding: var(--_yz-space-4);
    border-radius: var(--_yz-radius);
    background: var(--_yz-color-surface-alt);
  }
  .status p {
    margin: 0;
  }
  .status-offline,
  .status-rate-limited {
    border-inline-start: 4px solid var(--_yz-color-warning);
  }
  .spinner {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    border: 3px solid var(--_yz-color-divider);
    border-top-color: var(--_yz-color-primary);
    border-radius: 50%;
    animation: spin 1s linear infinite;
  }
  .status-offline .spinner,
  .status-rate-limited .spinner {
    animation: none;
    border-color: var(--_yz-color-warning);
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .confirmation {
    container-type: inline-size;
    padding: var(--_yz-space-5);
    border: 4px solid var(--_yz-color-success);
    border-radius: var(--_yz-radius);
  }
  .confirmation p {
    margin: 0 0 var(--_yz-space-2);
  }
  .reference-label {
    color: var(--_yz-color-text-muted);
  }
  .reference {
    /* One line at any width: 18 characters fit in about 11 em. */
    font-size: min(2em, 8.5cqi);
    white-space: nowrap;
    font-weight: 700;
    letter-spacing: 0.04em;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
    user-select: all;
    -webkit-user-select: all;
    overflow-wrap: normal;
  }
  .due {
    font-size: 1.15em;
    font-weight: 700;
  }
  .qr {
    margin: var(--_yz-space-4) 0 0;
  }
  .qr svg {
    display: block;
    /* Large enough to scan from a screen at arm's length (about 4 px a module on a phone). */
    width: min(14em, 100%);
    height: auto;
    aspect-ratio: 1;
  }
  .qr figcaption {
    margin-top: var(--_yz-space-1);
    color: var(--_yz-color-text-muted);
  }
  .rating {
    margin-top: var(--_yz-space-5);
  }
  .loading {
    min-height: 10em;
  }
  @media print {
    :host {
      max-width: none;
      color: #000 !important;
    }
    .no-print {
      display: none !important;
    }
    .confirmation {
      border: 2px solid #000;
      break-inside: avoid;
    }
    .reference {
      font-size: 24pt;
    }
    .qr svg {
      width: 35mm;
      height: 35mm;
    }
  }
  @media (forced-colors: active) {
    .error-summary,
    .confirmation,
    .notice {
      border-color: CanvasText;
    }
    .qr svg {
      forced-color-adjust: none;
    }
  }
`;
