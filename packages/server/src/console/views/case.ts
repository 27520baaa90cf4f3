import type { CatalogueIndex } from '../../catalogue/catalogue-index.js';
import { canAct } from '../../domain/status.js';
import type { StaffAction } from '../../domain/status.js';
import type { ConsultationRecord, RatingRecord, StaffRecord } from '../../storage/types.js';
import { html, type Html } from '../html.js';
import { csrfField, draftRestored, formatDateTime, notice, page, type PageContext } from './layout.js';
import { dueCell } from './inbox.js';

export const ANSWER_MAX = 4000;

/** Text a refused form sent, shown again in the box of that form only. */
export interface CaseDraft {
  action: 'answer' | 'escalate';
  text: string;
}

/** The name assets/console.js keeps a case's answer or note draft under. */
function draftName(row: ConsultationRecord, action: StaffAction): string {
  return `case:${row.reference}:${action}`;
}

/**
 * A form that sends one text typed by staff (a case's answer or escalation note, a bad rating's
 * rectification note): the box, whose draft assets/console.js keeps under `draft` and shows the
 * "restored" notice for (found by the box's `id`), and the send button. `text` is what a refused
 * form sent, given back in its own box.
 */
export function replyForm(
  ctx: PageContext,
  form: {
    action: string;
    id: string;
    label: string;
    rows: number;
    draft: string;
    text?: string | undefined;
    submit: string;
    secondary?: boolean;
  },
): Html {
  // A newline right after <textarea> is dropped by the HTML parser, so text starting with one keeps it.
  return html`<form method="post" action="${form.action}" class="stack">
    ${csrfField(ctx)}
    <label for="${form.id}">${form.label}</label>
    <textarea
      id="${form.id}"
      name="text"
      rows="${form.rows}"
      maxlength="${ANSWER_MAX}"
      required
      autocomplete="off"
      data-draft="${form.draft}"
    >
${form.text ?? ''}</textarea>
    ${draftRestored(ctx, form.id)}
    <button type="submit" ${form.secondary ? html`class="secondary"` : ''}>${form.submit}</button>
  </form>`;
}

export function tagLabel(ctx: PageContext, tag: string): string {
  return ctx.t(`rating:tags.${tag}`, { defaultValue: tag });
}

export function casePage(
  ctx: PageContext,
  data: {
    row: ConsultationRecord;
    ratings: RatingRecord[];
    assignees: StaffRecord[];
    staffNames: Map<number, string>;
    catalogue: CatalogueIndex;
    now: Date;
    done?: string | undefined;
    /** The action the server has just carried out (`?done=`): its draft is forgotten. */
    sent?: StaffAction | undefined;
    error?: string | undefined;
    draft?: CaseDraft | undefined;
  },
): string {
  const { t } = ctx;
  const { row, catalogue } = data;
  const field = (label: string, value: unknown) =>
    html`<div>
      <dt>${label}</dt>
      <dd>${value === null || value === undefined || value === '' ? '—' : String(value)}</dd>
    </div>`;
  const can = (action: 'assign' | 'answer' | 'escalate' | 'close') => canAct(action, row);
  const body = html` ${notice('ok', data.done)}${notice('error', data.error)}
    <p><a href="/console/inbox">${t('console:case.back')}</a></p>
    <table class="facts">
      <tbody>
        <tr>
          <th scope="row">${t('console:inbox.status')}</th>
          <td><span class="status status-${row.status}">${t(`console:status.${row.status}`)}</span></td>
          <th scope="row">${t('console:inbox.due')}</th>
          ${dueCell(ctx, row, data.now)}
        </tr>
      </tbody>
    </table>
    <dl class="details">
      ${field(t('console:inbox.received'), formatDateTime(ctx, row.createdAt))}
      ${field(t('console:inbox.topic'), t(`console:topics.${row.topic}`))}
      ${field(t('console:inbox.item'), row.itemId ? catalogue.itemName(row.itemId, ctx.lang) : null)}
      ${field(t('console:inbox.outlet'), row.outletId ? catalogue.outletName(row.outletId, ctx.lang) : null)}
      ${field(t('console:case.channel'), t(`console:channels.${row.channel}`))}
      ${field(t('console:inbox.assignee'), row.assignedTo ? data.staffNames.get(row.assignedTo) : t('console:inbox.unassigned'))}
    </dl>
    <section aria-labelledby="q-h">
      <h2 id="q-h">${t('console:case.question')}</h2>
      ${
        row.erasedAt
          ? html`<p class="notice">${t('console:case.erased', { at: formatDateTime(ctx, row.erasedAt) })}</p>`
          : html`<blockquote class="question" lang="${row.locale}">${row.question}</blockquote>
              <h2>${t('console:case.requester')}</h2>
              <dl class="details">
                ${field(t('console:case.name'), row.contactName)} ${field(t('console:case.mobile'), row.contactMobile)}
                ${field(t('console:case.email'), row.contactEmail)}
                ${field(t('console:case.replyChannel'), t(`console:replyChannels.${row.replyChannel}`))}
              </dl>
              <p class="hint">
                ${t('console:case.consent', { version: row.consentVersion, at: formatDateTime(ctx, row.consentAt) })}
              </p>`
      }
    </section>
    ${
      row.answerText && row.answeredAt
        ? html`<section aria-labelledby="a-h">
            <h2 id="a-h">${t('console:case.answer')}</h2>
            <blockquote class="answer">${row.answerText}</blockquote>
            <p class="hint">
              ${t('console:case.answeredAt', { name: row.answeredBy ? (data.staffNames.get(row.answeredBy) ?? '') : '', at: formatDateTime(ctx, row.answeredAt) })}
            </p>
          </section>`
        : ''
    }
    ${
      row.escalationNote
        ? html`<section>
            <h2>${t('console:case.escalationNote')}</h2>
            <blockquote>${row.escalationNote}</blockquote>
          </section>`
        : ''
    }
    <section aria-labelledby="r-h">
      <h2 id="r-h">${t('console:case.ratings')}</h2>
      ${
        data.ratings.length === 0
          ? html`<p>${t('console:case.noRatings')}</p>`
          : html`<ul>
              ${data.ratings.map(
                (r) =>
                  html`<li>
                    <strong>${t(`console:levels.${r.level}`)}</strong> (${r.level}/5)
                    ${r.tags.map((tag) => tagLabel(ctx, tag)).join('、')}
                    ${r.comment ? html`— <q>${r.comment}</q>` : ''}
                    <span class="hint">${formatDateTime(ctx, r.createdAt)}</span>
                  </li>`,
              )}
            </ul>`
      }
    </section>
    <section aria-labelledby="act-h" class="actions-panel">
      <h2 id="act-h">${t('console:case.actions')}</h2>
      ${
        can('assign') && data.assignees.length
          ? html`<form method="post" action="/console/cases/${row.reference}/assign" class="stack">
              ${csrfField(ctx)}
              <label for="assignee">${t('console:case.assignTo')}</label>
              <select id="assignee" name="staffId">
                ${data.assignees.map((s) => html`<option value="${s.id}" ${s.id === row.assignedTo ? html`selected` : ''}>${s.displayName} (${s.username})</option>`)}
              </select>
              <button type="submit">${t('console:case.assignSubmit')}</button>
            </form>`
          : ''
      }
      ${
        can('answer')
          ? replyForm(ctx, {
              action: `/console/cases/${row.reference}/answer`,
              id: 'answer',
              label: t('console:case.answerLabel'),
              rows: 6,
              draft: draftName(row, 'answer'),
              text: data.draft?.action === 'answer' ? data.draft.text : undefined,
              submit: t('console:case.answerSubmit'),
            })
          : ''
      }
      ${
        can('escalate')
          ? replyForm(ctx, {
              action: `/console/cases/${row.reference}/escalate`,
              id: 'note',
              label: t('console:case.escalateLabel'),
              rows: 3,
              draft: draftName(row, 'escalate'),
              text: data.draft?.action === 'escalate' ? data.draft.text : undefined,
              submit: t('console:case.escalateSubmit'),
              secondary: true,
            })
          : ''
      }
      ${
        can('close')
          ? html`<form method="post" action="/console/cases/${row.reference}/close">
              ${csrfField(ctx)}
              <button type="submit" class="secondary">${t('console:case.closeSubmit')}</button>
            </form>`
          : ''
      }
    </section>`;
  return page(ctx, t('console:case.heading', { reference: row.reference }), body, {
    scope: `case:${row.reference}:`,
    sent: data.sent ? draftName(row, data.sent) : undefined,
  });
}
