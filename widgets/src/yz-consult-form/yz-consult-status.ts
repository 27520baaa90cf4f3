import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { defineElement } from '../internal/define.js';
import { emit } from '../internal/events.js';
import { REFERENCE_PATTERN } from '../internal/intake-constants.js';
import { LocalizeController } from '../internal/localize.js';
import { apiBase } from '../internal/shared-outbox.js';
import { baseStyles } from '../internal/styles.js';
import { tokenStyles } from '../internal/tokens.styles.js';
import '../yz-rating/define.js';

export interface YzErasedDetail {
  /** The consultation whose personal data the server erased. */
  reference: string;
}

/** `GET /v1/consultations/:reference` (docs/intake-api.md). */
interface ConsultationView {
  reference: string;
  status: 'received' | 'assigned' | 'answered' | 'escalated' | 'closed';
  dueDate: string;
  answer?: { text: string; answeredAt: string };
  /** When the requester erased their personal data. */
  erasedAt?: string;
}

type Problem = 'notFound' | 'offline' | 'failed';
type State =
  | { kind: 'loading' }
  | { kind: 'ready'; view: ConsultationView }
  | { kind: 'erased' }
  | { kind: 'error'; problem: Problem };

/**
 * @summary Where a consultation's QR code leads: its progress and answer, read with the
 * requester's token, and the PIPL rights the notice promised (export, erase). Loaded by
 * yz-consult-form only when the page is opened with `#yz-ref=…&yz-token=…`.
 *
 * @attr api - Base URL of the intake server.
 * @attr reference - The consultation reference.
 * @attr token - The requester's capability token.
 * @attr rating-token - The consultation's rating token, to offer a rating once answered.
 * @attr channel - Channel sent with a rating.
 * @attr elderly - Larger type and targets (适老化).
 * @event {CustomEvent<YzErasedDetail>} yz-erased - The personal data of the consultation was erased.
 * @event {CustomEvent<Record<string, never>>} yz-status-close - The visitor wants to ask a new question instead.
 * @csspart answer - The staff's answer.
 * @csspart actions - The export, erase and new-question buttons.
 */
export class YzConsultStatus extends LitElement {
  static override styles = [
    tokenStyles,
    baseStyles,
    css`
      .heading {
        margin: 0 0 var(--_yz-space-3);
        font-size: 1.5em;
        font-weight: 700;
      }
      .heading.small {
        font-size: 1.15em;
      }
      .heading:focus {
        outline: none;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: var(--_yz-space-2) var(--_yz-space-4);
        margin: 0 0 var(--_yz-space-4);
      }
      dt {
        font-weight: 700;
      }
      dd {
        margin: 0;
      }
      .reference {
        font-weight: 700;
        user-select: all;
        -webkit-user-select: all;
      }
      .answer {
        margin: 0 0 var(--_yz-space-4);
        padding: var(--_yz-space-3) var(--_yz-space-4);
        border-inline-start: 4px solid var(--_yz-color-success);
        background: var(--_yz-color-surface-alt);
        white-space: pre-wrap;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_yz-space-3);
        margin: var(--_yz-space-4) 0;
      }
      .confirm {
        padding: var(--_yz-space-3) var(--_yz-space-4);
        border: 2px solid var(--_yz-color-danger);
        border-radius: var(--_yz-radius);
      }
      .confirm p {
        margin: 0 0 var(--_yz-space-3);
      }
      .button.danger {
        background: var(--_yz-color-danger);
        border-color: var(--_yz-color-danger);
      }
    `,
  ];

  static override properties = {
    api: { type: String },
    reference: { type: String },
    token: { type: String },
    ratingToken: { type: String, attribute: 'rating-token' },
    channel: { type: String },
    elderly: { type: Boolean, reflect: true },
    _state: { state: true },
    _confirming: { state: true },
    _busy: { state: true },
    _notice: { state: true },
  };

  declare api: string;
  declare reference: string;
  declare token: string;
  declare ratingToken: string;
  declare channel: string;
  declare elderly: boolean;
  declare _state: State;
  declare _confirming: boolean;
  declare _busy: boolean;
  declare _notice: Problem | '';

  private readonly localize = new LocalizeController(this, ['consult', 'ui']);

  constructor() {
    super();
    this.api = '';
    this.reference = '';
    this.token = '';
    this.ratingToken = '';
    this.channel = 'web';
    this.elderly = false;
    this._state = { kind: 'loading' };
    this._confirming = false;
    this._busy = false;
    this._notice = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async call(path: string, method = 'GET'): Promise<Response> {
    return fetch(`${apiBase(this.api)}/v1/consultations/${encodeURIComponent(this.reference)}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${this.token}`,
        Accept: 'application/json',
        'Accept-Language': this.localize.lang,
      },
    });
  }

  private problemOf(error: unknown, response?: Response): Problem {
    if (response && [401, 403, 404].includes(response.status)) return 'notFound';
    return error instanceof TypeError ? 'offline' : 'failed';
  }

  private async load(): Promise<void> {
    if (!REFERENCE_PATTERN.test(this.reference) || !this.token) {
      this._state = { kind: 'error', problem: 'notFound' };
      return;
    }
    this._state = { kind: 'loading' };
    let response: Response | undefined;
    try {
      response = await this.call('');
      if (!response.ok) throw new Error(String(response.status));
      this._state = { kind: 'ready', view: (await response.json()) as ConsultationView };
    } catch (error) {
      this._state = { kind: 'error', problem: this.problemOf(error, response) };
    }
  }

  /** PIPL right of access: everything stored about the requester, as a JSON file. */
  private async download(): Promise<void> {
    this._busy = true;
    this._notice = '';
    let response: Response | undefined;
    try {
      response = await this.call('/export');
      if (!response.ok) throw new Error(String(response.status));
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = `${this.reference}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      this._notice = this.problemOf(error, response);
    }
    this._busy = false;
  }

  /** PIPL right of deletion: the case keeps only what statistics need. */
  private async erase(): Promise<void> {
    this._busy = true;
    this._notice = '';
    let response: Response | undefined;
    try {
      response = await this.call('', 'DELETE');
      if (!response.ok) throw new Error(String(response.status));
      this._state = { kind: 'erased' };
      this._confirming = false;
      emit<YzErasedDetail>(this, 'yz-erased', { reference: this.reference });
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[role="status"]')?.focus());
    } catch (error) {
      this._notice = this.problemOf(error, response);
    }
    this._busy = false;
  }

  private renderView(view: ConsultationView): TemplateResult {
    const t = (key: string, values?: Record<string, unknown>) => this.localize.t(key, values);
    const answered = view.status === 'answered' || view.status === 'closed';
    return html`<dl>
        <dt>${t('done.reference')}</dt>
        <dd class="reference">${view.reference}</dd>
        <dt>${t('progress.statusLabel')}</dt>
        <dd>${t(`progress.status.${view.status}`)}</dd>
        <dt>${t('progress.due')}</dt>
        <dd>${this.localize.date(view.dueDate, { dateStyle: 'long' })}</dd>
      </dl>
      ${
        view.answer
          ? html`<div role="heading" aria-level="3" class="heading small">${t('progress.answer')}</div>
              <p class="answer" part="answer">${view.answer.text}</p>
              <p>
                ${t('progress.answeredAt', { date: this.localize.date(view.answer.answeredAt, { dateStyle: 'long', timeStyle: 'short' }) })}
              </p>`
          : nothing
      }
      ${
        answered && this.ratingToken
          ? html`<yz-rating
              api=${this.api}
              target-type="consultation"
              target-id=${view.reference}
              token=${this.ratingToken}
              channel=${this.channel}
            ></yz-rating>`
          : nothing
      }
      ${
        view.erasedAt
          ? html`<p>${t('progress.erasedOn', { date: this.localize.date(view.erasedAt, { dateStyle: 'long' }) })}</p>`
          : html`<p>${t('progress.rights')}</p>`
      }
      <div class="actions" part="actions">
        <button type="button" class="button secondary" ?disabled=${this._busy} @click=${() => void this.download()}>
          ${t('progress.export')}
        </button>
        ${
          view.erasedAt
            ? nothing
            : html`<button
                type="button"
                class="button secondary"
                ?disabled=${this._busy}
                aria-expanded=${this._confirming ? 'true' : 'false'}
                @click=${() => (this._confirming = true)}
              >
                ${t('progress.erase')}
              </button>`
        }
      </div>
      ${
        this._confirming
          ? html`<div class="confirm" role="group" aria-label=${t('progress.erase')}>
              <p>${t('progress.eraseConfirm')}</p>
              <div class="actions">
                <button type="button" class="button danger" ?disabled=${this._busy} @click=${() => void this.erase()}>
                  ${t('progress.eraseYes')}
                </button>
                <button type="button" class="button secondary" @click=${() => (this._confirming = false)}>
                  ${t('progress.eraseNo')}
                </button>
              </div>
            </div>`
          : nothing
      }`;
  }

  override render() {
    if (!this.localize.ready) return nothing;
    const t = (key: string) => this.localize.t(key);
    const state = this._state;
    let body: TemplateResult;
    if (state.kind === 'loading') body = html`<p role="status">${t('progress.loading')}</p>`;
    else if (state.kind === 'error') {
      body = html`<p role="alert">${t(`progress.${state.problem}`)}</p>
        ${
          state.problem === 'notFound'
            ? nothing
            : html`<button type="button" class="button secondary" @click=${() => void this.load()}>
                ${t('ui:retry')}
              </button>`
        }`;
    } else if (state.kind === 'erased') body = html`<p role="status" tabindex="-1">${t('progress.erased')}</p>`;
    else body = this.renderView(state.view);
    return html`<section aria-labelledby="progress-title" dir=${this.localize.dir}>
      <div role="heading" aria-level="2" id="progress-title" class="heading" tabindex="-1">${t('progress.title')}</div>
      ${body} ${this._notice ? html`<p role="alert">${t(`progress.${this._notice}`)}</p>` : nothing}
      <div class="actions">
        <button type="button" class="button" @click=${() => emit<Record<string, never>>(this, 'yz-status-close', {})}>
          ${t('done.newQuestion')}
        </button>
      </div>
    </section>`;
  }
}

export function defineStatus(): void {
  defineElement('yz-consult-status', YzConsultStatus);
}
