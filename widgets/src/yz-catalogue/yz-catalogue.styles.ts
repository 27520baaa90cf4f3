import { css, unsafeCSS, type CSSResult } from 'lit';
import { bundleStateStyles } from '../internal/bundle-state.js';
import { baseStyles } from '../internal/styles.js';
import { tokenStyles } from '../internal/tokens.styles.js';

/**
 * Wide-layout rules, written once and applied twice: under a container query when `layout` is
 * auto (the widget's own width decides, not the page's), and directly for `layout="desktop"` and
 * `"kiosk"`. Elderly mode in auto layout stays in the simpler single column.
 */
const wide = (scope: CSSResult): CSSResult => css`
  ${scope} .browse-body {
    display: grid;
    grid-template-columns: minmax(13em, 17em) minmax(0, 1fr);
    gap: var(--_yz-space-5);
    align-items: start;
  }
  ${scope} .filters-toggle {
    display: none;
  }
  ${scope} .filters.collapsed {
    display: block;
  }
  ${scope} .filters-title {
    position: static !important;
    width: auto !important;
    height: auto !important;
    clip: auto !important;
    margin: 0 0 var(--_yz-space-2) !important;
  }
`;

const AUTO = unsafeCSS(':host(:not([layout="phone"]):not([layout="desktop"]):not([layout="kiosk"]):not([elderly]))');
const FORCED = unsafeCSS(':host(:is([layout="desktop"], [layout="kiosk"]))');

const layoutStyles = css`
  ${wide(FORCED)}
  @container yz-catalogue (min-width: 46em) {
    ${wide(AUTO)}
  }
`;

const componentStyles = css`
  :host([layout='kiosk']) {
    --_yz-target-size: var(--yz-kiosk-target-size, 56px);
  }
  .root {
    container: yz-catalogue / inline-size;
  }
  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  fieldset {
    margin: 0;
  }
  ul,
  ol {
    padding: 0;
  }
  .print-only {
    display: none;
  }
  .button.small {
    min-height: calc(var(--_yz-target-size) * 0.82);
    font-weight: 500;
  }
  .link {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_yz-color-primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    text-align: start;
  }
  .tag {
    display: inline-block;
    padding: 0 var(--_yz-space-2);
    border: 1px solid var(--_yz-color-divider);
    border-radius: var(--_yz-radius);
    background: var(--_yz-color-surface-alt);
    color: var(--_yz-color-text);
    font-size: 0.8125em;
    line-height: 1.7;
    white-space: nowrap;
  }
  .tag.suspended,
  .tag.required {
    border-color: var(--_yz-color-warning);
    color: var(--_yz-color-warning);
    background: var(--_yz-color-surface);
  }
  .note,
  .provenance,
  .hint {
    color: var(--_yz-color-text-muted);
    font-size: 0.875em;
  }

  /* ---- browse ---- */
  .browse {
    display: grid;
    gap: var(--_yz-space-4);
  }
  .search {
    display: grid;
    gap: var(--_yz-space-1);
  }
  .search-label {
    font-weight: 600;
  }
  input[type='search'],
  select,
  .share-url {
    min-height: var(--_yz-target-size);
    padding: 0 var(--_yz-space-3);
    border: 2px solid var(--_yz-color-border);
    border-radius: var(--_yz-radius);
    background: var(--_yz-color-surface);
    inline-size: 100%;
  }
  select {
    inline-size: auto;
    max-inline-size: 100%;
  }
  .browse-body {
    display: grid;
    gap: var(--_yz-space-3);
  }
  .filters-toggle {
    justify-self: start;
  }
  .filters.collapsed {
    display: none;
  }
  .filters {
    display: block;
    padding: var(--_yz-space-3) var(--_yz-space-4);
    border: 1px solid var(--_yz-color-divider);
    border-radius: var(--_yz-radius);
    background: var(--_yz-color-surface);
  }
  .filters-title {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    font-size: 1em;
  }
  .facet {
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .facet + .facet {
    margin-block-start: var(--_yz-space-3);
    padding-block-start: var(--_yz-space-3);
    border-block-start: 1px solid var(--_yz-color-divider);
  }
  /* A floated legend is laid out like a heading, so the divider above it is not cut. */
  legend {
    float: inline-start;
    inline-size: 100%;
    padding: 0;
    font-weight: 600;
    margin-block-end: var(--_yz-space-1);
  }
  legend + * {
    clear: both;
  }
  .option,
  .check {
    display: flex;
    align-items: center;
    gap: var(--_yz-space-2);
    min-height: var(--_yz-target-size);
    cursor: pointer;
  }
  .option.empty {
    color: var(--_yz-color-text-muted);
    cursor: default;
  }
  input[type='checkbox'] {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_yz-color-primary);
  }
  .count {
    margin-inline-start: auto;
    white-space: nowrap;
    color: var(--_yz-color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .filters .button {
    margin-block-start: var(--_yz-space-3);
  }
  .results-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_yz-space-2) var(--_yz-space-4);
    margin-block-end: var(--_yz-space-2);
  }
  .result-count {
    font-weight: 600;
  }
  .sort {
    display: flex;
    align-items: center;
    gap: var(--_yz-space-2);
  }
  .list {
    list-style: none;
    border-block-start: 1px solid var(--_yz-color-divider);
  }
  .row {
    border-block-end: 1px solid var(--_yz-color-divider);
  }
  .row-link {
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: var(--_yz-space-1);
    inline-size: 100%;
    min-height: var(--_yz-target-size);
    padding: var(--_yz-space-3) var(--_yz-space-2);
    border: 0;
    background: none;
    color: var(--_yz-color-text);
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }
  .row-link:hover {
    background: var(--_yz-color-surface-alt);
    color: var(--_yz-color-text);
  }
  .row-link:focus-visible {
    outline-offset: -3px;
  }
  .row-name {
    color: var(--_yz-color-primary);
    font-weight: 600;
    text-decoration: underline;
    text-decoration-color: transparent;
    text-underline-offset: 0.15em;
  }
  .row-link:hover .row-name {
    text-decoration-color: currentColor;
  }
  .row-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_yz-space-1) var(--_yz-space-2);
    color: var(--_yz-color-text-muted);
    font-size: 0.875em;
  }
  .row-meta > span:not(.tag) + span:not(.tag) {
    padding-inline-start: var(--_yz-space-2);
    border-inline-start: 1px solid var(--_yz-color-divider);
  }
  /* Long lists: every row one line of name and one of details, so rows share one height. */
  .windowed .row-link {
    block-size: calc(var(--_yz-font-line-height) * 1.875em + 2 * var(--_yz-space-3) + var(--_yz-space-1));
    overflow: hidden;
  }
  .windowed .row-name,
  .windowed .row-meta {
    flex-wrap: nowrap;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .empty {
    display: grid;
    gap: var(--_yz-space-3);
    justify-items: start;
    padding: var(--_yz-space-5) var(--_yz-space-4);
    border: 1px dashed var(--_yz-color-border);
    border-radius: var(--_yz-radius);
  }
  .empty-title {
    font-weight: 600;
    font-size: 1.125em;
  }

  /* ---- guide ---- */
  .guide {
    display: grid;
    gap: var(--_yz-space-5);
    max-inline-size: 60em;
  }
  .guide-nav {
    margin-block-end: calc(-1 * var(--_yz-space-2));
  }
  .back-arrow {
    display: inline-block;
  }
  :host(:dir(rtl)) .back-arrow,
  .root[dir='rtl'] .back-arrow {
    transform: scaleX(-1);
  }
  .guide-header {
    display: grid;
    gap: var(--_yz-space-3);
  }
  .eyebrow {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_yz-space-2);
    color: var(--_yz-color-text-muted);
    font-size: 0.9375em;
  }
  #guide-title {
    font-size: 1.625em;
    line-height: 1.3;
  }
  #guide-title:focus {
    outline: none;
  }
  #guide-title:focus-visible {
    outline: var(--_yz-focus-width) solid var(--_yz-color-focus);
  }
  .notice {
    padding: var(--_yz-space-3) var(--_yz-space-4);
    border-inline-start: 4px solid var(--_yz-color-warning);
    background: var(--_yz-color-surface-alt);
    font-weight: 600;
  }
  /* What to know about the item as a whole: set apart from the summary, not a warning. */
  .item-note {
    padding: var(--_yz-space-3) var(--_yz-space-4);
    border-inline-start: 4px solid var(--_yz-color-primary);
    background: var(--_yz-color-surface-alt);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_yz-space-2);
  }
  .share-status:empty {
    display: none;
  }
  .copy-failed {
    display: grid;
    gap: var(--_yz-space-1);
  }
  .qr-panel {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_yz-space-3);
  }
  .qr-panel[hidden] {
    display: none;
  }
  .qr {
    inline-size: 10em;
    block-size: 10em;
    flex: none;
  }
  .section {
    display: grid;
    gap: var(--_yz-space-2);
  }
  .section-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 var(--_yz-space-3);
    padding-block-end: var(--_yz-space-1);
    border-block-end: 2px solid var(--_yz-color-divider);
  }
  .section h3 {
    font-size: 1.1875em;
  }
  .section h4 {
    font-size: 1em;
    margin: 0;
  }

  .limits {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: var(--_yz-space-3);
  }
  .limit {
    padding: var(--_yz-space-3);
    border: 1px solid var(--_yz-color-divider);
    border-radius: var(--_yz-radius);
    background: var(--_yz-color-surface-alt);
  }
  .limit.promised {
    border-inline-start: 4px solid var(--_yz-color-accent);
    font-weight: 700;
  }
  .checklist {
    list-style: none;
    display: grid;
    gap: var(--_yz-space-1);
  }
  .material {
    padding-block: var(--_yz-space-1);
    border-block-end: 1px solid var(--_yz-color-divider);
  }
  .material > p {
    margin-inline-start: calc(1.25em + var(--_yz-space-2));
  }
  .check {
    align-items: flex-start;
    padding-block: var(--_yz-space-2);
  }
  .check input {
    margin-block-start: 0.2em;
  }
  .material-text {
    display: grid;
    gap: var(--_yz-space-1);
  }
  .material-name {
    font-weight: 600;
  }
  .material-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_yz-space-2);
    align-items: center;
    color: var(--_yz-color-text-muted);
    font-size: 0.9375em;
  }
  .check:has(input:checked) .material-name {
    color: var(--_yz-color-success);
  }
  .checklist-foot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_yz-space-3);
  }
  .progress {
    font-weight: 600;
  }
  .steps {
    padding-inline-start: 1.75em;
    display: grid;
    gap: var(--_yz-space-2);
  }
  .steps li::marker {
    color: var(--_yz-color-primary);
    font-weight: 700;
  }
  .step {
    padding-inline-start: var(--_yz-space-1);
  }
  .step-title {
    font-weight: 600;
  }
  .step-detail {
    display: block;
    color: var(--_yz-color-text-muted);
  }
  .fees,
  .basis {
    padding-inline-start: 1.25em;
  }
  .free {
    font-weight: 600;
    color: var(--_yz-color-success);
  }
  .fee-variable {
    font-weight: 600;
  }
  .channels,
  .outlets {
    list-style: none;
    display: grid;
    gap: var(--_yz-space-3);
  }
  .channel {
    display: grid;
    gap: var(--_yz-space-1);
    padding: var(--_yz-space-3);
    border: 1px solid var(--_yz-color-divider);
    border-radius: var(--_yz-radius);
  }
  .outlet {
    display: grid;
    padding-inline-start: var(--_yz-space-3);
    border-inline-start: 3px solid var(--_yz-color-divider);
  }
  .outlet-name {
    display: inline-flex;
    align-items: center;
    font-weight: 600;
    justify-self: start;
    min-height: var(--_yz-target-size);
  }
  .outlet-address {
    color: var(--_yz-color-text-muted);
  }
  a[href^='tel:'] {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_yz-target-size);
    font-variant-numeric: tabular-nums;
  }
  .meta {
    display: grid;
    gap: var(--_yz-space-3);
    padding-block-start: var(--_yz-space-3);
    border-block-start: 1px solid var(--_yz-color-divider);
    color: var(--_yz-color-text-muted);
    font-size: 0.875em;
  }
  .meta > p {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_yz-space-1) var(--_yz-space-4);
  }

  /* ---- elderly: one column, the essentials larger ---- */
  :host([elderly]) .row-meta > span:nth-child(2) {
    display: none;
  }
  :host([elderly]) #guide-title {
    font-size: 1.5em;
  }
  :host([elderly]) .limits {
    grid-template-columns: minmax(0, 1fr);
  }

  @media (forced-colors: active) {
    .limit.promised,
    .notice,
    .item-note {
      border-color: CanvasText;
    }
    .qr rect {
      fill: Canvas;
    }
    .qr path {
      fill: CanvasText;
    }
  }

  /* ---- print: a clean A4 handling guide, no controls, links spelled out ---- */
  @media print {
    /* !important: the base styles guard the host's text properties with it (internal/styles.ts). */
    :host {
      font-size: 10.5pt !important;
      line-height: 1.45 !important;
      color: #000 !important;
    }
    .screen-only,
    .search,
    .filters,
    .filters-toggle,
    .sort,
    .guide-nav,
    .actions,
    .qr-panel,
    button,
    slot {
      display: none !important;
    }
    .print-only {
      display: flex;
    }
    .guide {
      gap: 7pt;
      max-inline-size: none;
    }
    .guide-header,
    .section {
      gap: 3pt;
    }
    /* Lists of short entries run in two columns so a long guide still fits two A4 pages. */
    .checklist,
    .fees,
    .basis,
    .channels {
      display: block;
      columns: 2;
      column-gap: 8mm;
    }
    .channel {
      margin-block-end: 4pt;
    }
    .checklist .material-text {
      display: inline;
    }
    .material-meta {
      display: inline-flex;
      margin-inline-start: 4pt;
      font-size: 0.9em;
    }
    .material > p {
      margin-block: 0;
      font-size: 0.9em;
    }
    .steps {
      gap: 2pt;
    }
    .step-detail {
      display: inline;
      margin-inline-start: 4pt;
      font-size: 0.9em;
    }
    #guide-title {
      font-size: 16pt;
    }
    .section h3 {
      font-size: 12pt;
      break-after: avoid;
    }
    .section h3,
    .limit,
    .tag,
    .channel,
    .notice,
    .item-note {
      background: none;
      color: #000;
    }
    .limit,
    .channel,
    .material,
    .step,
    .outlet,
    .print-link {
      break-inside: avoid;
    }
    .check {
      min-height: 0;
      padding-block: 2pt;
    }
    .material {
      padding-block: 0;
    }
    .channel {
      padding: 6pt;
    }
    a {
      color: #000;
      text-decoration: none;
    }
    a[href^='tel:'],
    .outlet-name {
      min-block-size: 0;
    }
    a[href^='http']::after {
      content: ' <' attr(href) '>';
      font-size: 0.85em;
      word-break: break-all;
    }
    .print-link {
      align-items: center;
      gap: 10pt;
    }
    .print-link .qr {
      inline-size: 28mm;
      block-size: 28mm;
    }
    .provenance,
    .note,
    .meta {
      color: #333;
    }
    .row-link {
      min-height: 0;
      padding-block: 3pt;
    }
  }
`;

export const catalogueStyles = [tokenStyles, baseStyles, bundleStateStyles, componentStyles, layoutStyles];
