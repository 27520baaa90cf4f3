import { css } from 'lit';

/**
 * GOV.UK-style field layout shared by the form and its item picker: label, hint, error message,
 * control, with a red bar beside a field in error. Controls are at least the target size tall.
 */
export const fieldStyles = css`
  .field {
    margin: 0 0 var(--_yz-space-5);
  }
  .field.invalid {
    border-inline-start: 4px solid var(--_yz-color-danger);
    padding-inline-start: var(--_yz-space-3);
  }
  .label,
  legend {
    display: block;
    margin: 0 0 var(--_yz-space-1);
    padding: 0;
    font-weight: 700;
  }
  .hint {
    display: block;
    margin: 0 0 var(--_yz-space-2);
    color: var(--_yz-color-text-muted);
  }
  .error-message {
    display: block;
    margin: 0 0 var(--_yz-space-2);
    color: var(--_yz-color-danger);
    font-weight: 700;
  }
  .control {
    display: block;
    width: 100%;
    min-height: var(--_yz-target-size);
    padding: var(--_yz-space-2) var(--_yz-space-3);
    border: 2px solid var(--_yz-color-border);
    border-radius: var(--_yz-radius);
    background: var(--_yz-color-surface);
    color: var(--_yz-color-text);
  }
  .control[aria-invalid='true'] {
    border-color: var(--_yz-color-danger);
  }
  .control:focus-visible {
    outline-offset: 0;
  }
  .width-m {
    max-width: 20em;
  }
  @media (forced-colors: active) {
    .field.invalid {
      border-inline-start-color: CanvasText;
    }
    .control {
      border-color: ButtonText;
    }
  }
`;
