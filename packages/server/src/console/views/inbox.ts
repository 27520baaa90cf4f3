import { CATEGORIES, CONSULTATION_STATUSES, type ConsultationStatus } from '@yizhan/catalogue';
import type { CatalogueIndex } from '../../catalogue/catalogue-index.js';
import { isOverdue, shanghaiDate } from '../../domain/working-days.js';
import type { ConsultationRecord } from '../../storage/types.js';
import { html, type Html } from '../html.js';
import { formatDate, formatDateTime, page, type PageContext } from './layout.js';

export interface InboxFilter {
  status?: ConsultationStatus | undefined;
  outlet?: string | undefined;
  topic?: string | undefined;
  overdue: boolean;
  page: number;
}

export const INBOX_PAGE_SIZE = 50;

/** Overdue is said in words and marked by a class: never by colour alone. */
export function dueCell(ctx: PageContext, row: ConsultationRecord, now: Date): Html {
  const { t } = ctx;
  if (isOverdue(row.dueDate, row.status, now)) {
    return html`<td class="overdue">
      ${formatDate(ctx, row.dueDate)} <strong class="badge badge-overdue">${t('console:inbox.overdue')}</strong>
    </td>`;
  }
  const open = row.status !== 'answered' && row.status !== 'closed';
  if (open && row.dueDate === shanghaiDate(now)) {
    return html`<td class="due-today">
      ${formatDate(ctx, row.dueDate)} <strong class="badge badge-today">${t('console:inbox.dueToday')}</strong>
    </td>`;
  }
  return html`<td>${formatDate(ctx, row.dueDate)}</td>`;
}

function query(filter: InboxFilter, pageNumber: number): string {
  const params = new URLSearchParams();
  if (filter.status) params.set('status', filter.status);
  if (filter.outlet) params.set('outlet', filter.outlet);
  if (filter.topic) params.set('topic', filter.topic);
  if (filter.overdue) params.set('overdue', '1');
  if (pageNumber > 1) params.set('page', String(pageNumber));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function inboxPage(
  ctx: PageContext,
  data: {
    rows: ConsultationRecord[];
    total: number;
    filter: InboxFilter;
    outlets: string[];
    staffNames: Map<number, string>;
    catalogue: CatalogueIndex;
    now: Date;
  },
): string {
  const { t } = ctx;
  const { filter, catalogue } = data;
  const option = (value: string, label: string, selected: boolean) =>
    html`<option value="${value}" ${selected ? html`selected` : ''}>${label}</option>`;
  const pages = Math.max(1, Math.ceil(data.total / INBOX_PAGE_SIZE));
  const body = html` <form
      method="get"
      action="/console/inbox"
      class="filters"
      aria-label="${t('console:inbox.filters')}"
    >
      <div>
        <label for="f-status">${t('console:inbox.status')}</label>
        <select id="f-status" name="status">
          ${option('', t('console:inbox.any'), !filter.status)}
          ${CONSULTATION_STATUSES.map((s) => option(s, t(`console:status.${s}`), filter.status === s))}
        </select>
      </div>
      <div>
        <label for="f-outlet">${t('console:inbox.outlet')}</label>
        <select id="f-outlet" name="outlet">
          ${option('', t('console:inbox.any'), !filter.outlet)}
          ${data.outlets.map((o) => option(o, catalogue.outletName(o, ctx.lang), filter.outlet === o))}
        </select>
      </div>
      <div>
        <label for="f-topic">${t('console:inbox.topic')}</label>
        <select id="f-topic" name="topic">
          ${option('', t('console:inbox.any'), !filter.topic)}
          ${CATEGORIES.map((c) => option(c, t(`console:topics.${c}`), filter.topic === c))}
        </select>
      </div>
      <div class="check">
        <input type="checkbox" id="f-overdue" name="overdue" value="1" ${filter.overdue ? html`checked` : ''} />
        <label for="f-overdue">${t('console:inbox.overdueOnly')}</label>
      </div>
      <div class="actions">
        <button type="submit">${t('console:inbox.apply')}</button>
        <a href="/console/inbox">${t('console:inbox.reset')}</a>
      </div>
    </form>
    <p>${t('console:inbox.count', { count: data.total })}</p>
    ${
      data.rows.length === 0
        ? html`<p class="empty">${t('console:inbox.empty')}</p>`
        : html`<div class="table-wrap">
            <table class="inbox">
              <thead>
                <tr>
                  <th scope="col">${t('console:inbox.reference')}</th>
                  <th scope="col">${t('console:inbox.received')}</th>
                  <th scope="col">${t('console:inbox.topic')}</th>
                  <th scope="col">${t('console:inbox.item')}</th>
                  <th scope="col">${t('console:inbox.outlet')}</th>
                  <th scope="col">${t('console:inbox.status')}</th>
                  <th scope="col">${t('console:inbox.due')}</th>
                  <th scope="col">${t('console:inbox.assignee')}</th>
                </tr>
              </thead>
              <tbody>
                ${data.rows.map(
                  (row) =>
                    html`<tr class="${isOverdue(row.dueDate, row.status, data.now) ? 'row-overdue' : ''}">
                      <th scope="row"><a href="/console/cases/${row.reference}">${row.reference}</a></th>
                      <td>${formatDateTime(ctx, row.createdAt)}</td>
                      <td>${t(`console:topics.${row.topic}`)}</td>
                      <td>${row.itemId ? catalogue.itemName(row.itemId, ctx.lang) : '—'}</td>
                      <td>${row.outletId ? catalogue.outletName(row.outletId, ctx.lang) : '—'}</td>
                      <td><span class="status status-${row.status}">${t(`console:status.${row.status}`)}</span></td>
                      ${dueCell(ctx, row, data.now)}
                      <td>
                        ${row.assignedTo ? (data.staffNames.get(row.assignedTo) ?? '—') : t('console:inbox.unassigned')}
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }
    ${
      pages > 1
        ? html`<nav class="pager" aria-label="${t('console:inbox.page', { page: filter.page })}">
            ${filter.page > 1 ? html`<a href="/console/inbox${query(filter, filter.page - 1)}" rel="prev">${t('console:inbox.previous')}</a>` : ''}
            <span>${t('console:inbox.page', { page: filter.page })} / ${pages}</span>
            ${filter.page < pages ? html`<a href="/console/inbox${query(filter, filter.page + 1)}" rel="next">${t('console:inbox.next')}</a>` : ''}
          </nav>`
        : ''
    }`;
  return page(ctx, t('console:inbox.heading'), body);
}
