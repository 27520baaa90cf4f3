import { css } from 'lit';
import { baseStyles, tokenStyles } from '../widgets.js';

/**
 * The kiosk's look on top of the widgets' tokens: big type for arm's length, 56 px targets at
 * least (64 in the kiosk layout), no hover-only affordances, pressed states for fingers. The
 * kiosk sets the public `--yz-*` properties on its root (kiosk.css), so widgets and these
 * components grow together in elderly mode.
 */
export const kioskStyles = [
  tokenStyles,
  baseStyles,
  css`
    :host {
      --_k-target: max(56px, var(--yz-kiosk-target-size, 64px));
      -webkit-tap-highlight-color: transparent;
      -webkit-touch-callout: none;
    }
    h1,
    h2,
    h3,
    p {
      margin: 0;
    }
    h1 {
      font-size: 1.6em;
      line-height: 1.3;
    }
    h2 {
      font-size: 1.25em;
      line-height: 1.35;
    }
    .button,
    .tile {
      min-height: var(--_k-target);
      min-width: var(--_k-target);
      touch-action: manipulation;
      user-select: none;
      -webkit-user-select: none;
    }
    .button {
      font-size: 1em;
      padding: 0 var(--_yz-space-5);
      border-radius: calc(var(--_yz-radius) * 2);
    }
    .button:active,
    .tile:active {
      transform: translateY(1px);
      filter: brightness(0.94);
    }
    .button.quiet {
      background: transparent;
      border-color: transparent;
      color: var(--_yz-color-primary);
    }
    .tile {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      justify-content: center;
      gap: var(--_yz-space-1);
      width: 100%;
      padding: var(--_yz-space-4) var(--_yz-space-5);
      border: 2px solid var(--_yz-color-divider);
      border-radius: calc(var(--_yz-radius) * 2);
      background: var(--_yz-color-surface);
      color: var(--_yz-color-text);
      font: inherit;
      text-align: start;
      cursor: pointer;
      box-shadow: 0 1px 2px #0f172a14;
    }
    .tile .label {
      font-size: 1.1em;
      font-weight: 700;
      line-height: 1.35;
    }
    .tile .meta {
      color: var(--_yz-color-text-muted);
      font-size: 0.85em;
    }
    .selectable {
      user-select: text;
      -webkit-user-select: text;
    }
    .muted {
      color: var(--_yz-color-text-muted);
    }
    @media (hover: hover) {
      .tile:hover {
        border-color: var(--_yz-color-primary);
      }
    }
    @media (forced-colors: active) {
      .tile {
        border-color: ButtonText;
      }
    }
  `,
];

/**
 * A centred modal sheet over the screen (QR hand-off, idle countdown): width and backdrop are
 * set per sheet with `--_k-sheet-width` and `--_k-sheet-backdrop`.
 */
export const sheetStyles = css`
  dialog {
    width: var(--_k-sheet-width, min(92vw, 34em));
    padding: var(--_yz-space-6);
    border: none;
    border-radius: calc(var(--_yz-radius) * 3);
    text-align: center;
    display: grid;
    gap: var(--_yz-space-4);
    justify-items: center;
  }
  dialog:not([open]) {
    display: none;
  }
  dialog::backdrop {
    background: var(--_k-sheet-backdrop, #0f172a99);
  }
`;
