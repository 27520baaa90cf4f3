import { css, html, nothing, type TemplateResult } from 'lit';
import type { BundleController } from './bundle-controller.js';
import type { LocalizeController } from './localize.js';

/**
 * The loading, error and offline notices every catalogue-backed component shows the same way.
 * Returns `nothing` when the catalogue is ready and fresh.
 */
export function renderBundleState(
  localize: LocalizeController,
  bundle: BundleController,
): TemplateResult | typeof nothing {
  if (!localize.ready) return html`<p class="yz-state yz-loading" aria-busy="true"></p>`;
  if (bundle.status === 'loading' || bundle.status === 'idle') {
    return html`<p class="yz-state yz-loading" role="status" aria-live="polite">${localize.t('ui:loading')}</p>`;
  }
  if (bundle.status === 'error' && bundle.problem) {
    const { code, values } = bundle.problem;
    const key = localize.has(`ui:error.${code}`) ? `ui:error.${code}` : 'ui:error.unknown';
    return html`<div class="yz-state yz-error" role="alert" part="error">
      <p>${localize.t(key, values)}</p>
      ${
        code === 'noSource'
          ? nothing
          : html`<button type="button" class="button secondary" @click=${() => bundle.retry()}>
              ${localize.t('ui:retry')}
            </button>`
      }
    </div>`;
  }
  if (bundle.stale && bundle.snapshot) {
    return html`<p class="yz-state yz-offline" role="status" part="offline-notice">
      ${localize.t('ui:offlineNotice', { date: localize.date(bundle.snapshot.fetchedAt) })}
    </p>`;
  }
  return nothing;
}

export const bundleStateStyles = css`
  .yz-state {
    margin: var(--_yz-space-3) 0;
    color: var(--_yz-color-text-muted);
  }
  .yz-error {
    padding: var(--_yz-space-3) var(--_yz-space-4);
    border-inline-start: 4px solid var(--_yz-color-danger);
    background: var(--_yz-color-surface-alt);
    color: var(--_yz-color-text);
  }
  .yz-error p {
    margin: 0 0 var(--_yz-space-2);
  }
  .yz-offline {
    padding: var(--_yz-space-2) var(--_yz-space-3);
    border-radius: var(--_yz-radius);
    background: var(--_yz-color-surface-alt);
    font-size: 0.875em;
  }
`;
