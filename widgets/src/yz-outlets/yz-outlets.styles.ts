import { css, unsafeCSS, type CSSResult } from 'lit';
import { bundleStateStyles } from '../internal/bundle-state.js';
import { baseStyles } from '../internal/styles.js';
import { tokenStyles } from '../internal/tokens.styles.js';

/** Wide-layout rules, applied under a container query (auto) or directly (desktop, kiosk). */
const wide = (scope: CSSResult): CSSResult => css`
  ${scope} .filters {
    grid-template-columns: repeat(4, minmax(0, 1fr));
  }
  ${scope} .wide-field {
    grid-column: 1 / -1;
  }
  ${scope} .list {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
`;

const AUTO = unsafeCSS(':host(:not([layout="phone"]):not([layout="desktop"]):not([layout="kiosk"]):not([elderly]))');
const FORCED = unsafeCSS(':host(:is([layout="desktop"], [layout="kiosk"]))');

const componentStyles = css`
  :host([layout='kiosk']) {
    --_yz-target-size: var(--yz-kiosk-target-size, 56px);
  }
  .root {
    container: yz-outlets / inline-size;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul,
  dl,
  dd {
    margin: 0;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  .finder {
    display: grid;
    gap: var(--_yz-space-4);
  }
  .filters {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_yz-space-3);
    align-items: end;
    padding: var(--_yz-space-4);
    border: 1px solid var(--_yz-color-divider);
    border-radius: var(--_yz-radius);
    background: var(--_yz-color-surface-alt);
  }
  .filters-title {
    grid-column: 1 / -1;
    font-size: 1.0625em;
  }
  .field {
    display: grid;
    gap: var(--_yz-space-1);
    font-weight: 600;
  }
  input,
  select {
    min-height: var(--_yz-target-size);
    inline-size: 100%;
    padding: 0 var(--_yz-space-3);
    border: 2px solid var(--_yz-color-border);
    border-radius: var(--_yz-radius);
    background: var(--_yz-color-surface);
    font-weight: 400;
  }
  select:disabled {
    opacity: 0.7;
  }
  .clear {
    justify-self: start;
  }
  .button.small {
    min-height: calc(var(--_yz-target-size) * 0.82);
    font-weight: 500;
  }
  .link {
    display: inline;
    min-height: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_yz-color-primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    text-align: start;
  }
  .item-filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_yz-space-2) var(--_yz-space-3);
    padding: var(--_yz-space-3) var(--_yz-space-4);
    border-inline-start: 4px solid var(--_yz-color-primary);
    background: var(--_yz-color-surface-alt);
    font-weight: 600;
  }
  .near {
    display: grid;
    gap: var(--_yz-space-1);
    justify-items: start;
  }
  .hint,
  .geo-status,
  .note,
  .transit,
  .outlet-type,
  .sample-note {
    color: var(--_yz-color-text-muted);
    font-size: 0.875em;
  }
  .geo-status:empty {
    display: none;
  }
  .geo-status.denied,
  .geo-status.unavailable {
    color: var(--_yz-color-text);
    padding-inline-start: var(--_yz-space-2);
    border-inline-start: 3px solid var(--_yz-color-warning);
  }
  .result-count,
  .matched {
    font-weight: 600;
  }
  .list {
    display: grid;
    gap: var(--_yz-space-3);
  }
  .outlet {
    display: grid;
    gap: var(--_yz-space-2);
    align-content: start;
    padding: var(--_yz-space-4);
    border: 1px solid var(--_yz-color-divider);
    border-radius: var(--_yz-radius);
    background: var(--_yz-color-surface);
    scroll-margin-block-start: var(--_yz-space-4);
  }
  .outlet:focus {
    outline: var(--_yz-focus-width) solid var(--_yz-color-focus);
    outline-offset: 2px;
  }
  .outlet-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_yz-space-2);
  }
  .outlet-name {
    font-size: 1.125em;
    line-height: 1.35;
  }
  .badge {
    padding: 0 var(--_yz-space-2);
    border: 1px solid var(--_yz-color-warning);
    border-radius: var(--_yz-radius);
    color: var(--_yz-color-warning);
    font-size: 0.8125em;
    white-space: nowrap;
  }
  .open-status {
    display: flex;
    align-items: center;
    gap: var(--_yz-space-2);
    font-weight: 600;
  }
  .dot {
    flex: none;
    inline-size: 0.625em;
    block-size: 0.625em;
    border-radius: 50%;
    background: var(--_yz-color-text-muted);
  }
  .open-status.open {
    color: var(--_yz-color-success);
  }
  .open-status.open .dot {
    background: var(--_yz-color-success);
  }
  .open-status.soon {
    color: var(--_yz-color-warning);
  }
  .open-status.soon .dot {
    background: var(--_yz-color-warning);
  }
  .distance {
    font-weight: 600;
  }
  .facts {
    display: grid;
    gap: var(--_yz-space-2);
  }
  .facts > div {
    display: grid;
    grid-template-columns: minmax(4.5em, max-content) minmax(0, 1fr);
    align-items: baseline;
    gap: var(--_yz-space-2);
  }
  dt {
    color: var(--_yz-color-text-muted);
  }
  dd .line,
  .transit {
    display: block;
  }
  .phones {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_yz-space-3);
  }
  a[href^='tel:'] {
    display: inline-flex;
    align-items: center;
    min-height: var(--_yz-target-size);
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_yz-space-1);
  }
  .chips li {
    padding: 0 var(--_yz-space-2);
    border: 1px solid var(--_yz-color-divider);
    border-radius: var(--_yz-radius);
    background: var(--_yz-color-surface-alt);
    font-size: 0.875em;
  }
  .items {
    display: grid;
    gap: var(--_yz-space-1);
    justify-items: start;
    padding-block-start: var(--_yz-space-2);
    border-block-start: 1px solid var(--_yz-color-divider);
  }
  .items-title {
    font-size: 1em;
  }
  .items ul {
    display: grid;
    justify-items: start;
  }
  .items li a,
  .items li .link,
  .facts .link {
    display: inline-flex;
    align-items: center;
    min-height: var(--_yz-target-size);
  }
  .more {
    justify-self: center;
  }
  .empty {
    display: grid;
    gap: var(--_yz-space-2);
    padding: var(--_yz-space-5) var(--_yz-space-4);
    border: 1px dashed var(--_yz-color-border);
    border-radius: var(--_yz-radius);
  }
  .empty-title {
    font-weight: 600;
  }
  ::slotted([slot='map']) {
    display: block;
    max-inline-size: 100%;
  }
  @media (forced-colors: active) {
    .dot {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
  @media print {
    .filters,
    .near,
    button,
    .more {
      display: none !important;
    }
    .outlet {
      break-inside: avoid;
    }
  }
`;

const layoutStyles = css`
  ${wide(FORCED)}
  @container yz-outlets (min-width: 46em) {
    ${wide(AUTO)}
  }
`;

export const outletsStyles = [tokenStyles, baseStyles, bundleStateStyles, componentStyles, layoutStyles];
