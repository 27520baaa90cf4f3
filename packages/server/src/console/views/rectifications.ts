import type { CatalogueIndex } from '../../catalogue/catalogue-index.js';
import { shanghaiDate } from '../../domain/working-days.js';
import type { RectificationRecord } from '../../storage/types.js';
import { html } from '../html.js';
import { replyForm, tagLabel } from './case.js';
import { formatDate, formatDateTime, notice, page, type PageContext } from './layout.js';

export function rectificationsPage(
  ctx: PageContext,
  data: {
    rows: RectificationRecord[];
    status: 'open' | 'resolved';
    catalogue: CatalogueIndex;
    now: Date;
    done?: string | undefined;
    /** The rectification the server has just resolved (`?done=`): its note's draft is forgotten. */
    sent?: string | undefined;
    error?: string | undefined;
  },
): string {
  const { t } = ctx;
  const today = shanghaiDate(data.now);
  const target = (r: RectificationRecord) => {
    if (r.targetType === 'consultation') {
      return html`<a href="/console/cases/${r.targetId}"
        >${t('console:rectifications.targetConsultation', { id: r.targetId })}</a
      >`;
    }
    return r.targetType === 'item'
      ? t('console:rectifications.targetItem', { name: data.catalogue.itemName(r.targetId, ctx.lang) })
      : t('console:rectifications.targetOutlet', { name: data.catalogue.outletName(r.targetId, ctx.lang) });
  };
  const tab = (status: 'open' | 'resolved') =>
    html`<li>
      <a href="/console/rectifications?status=${status}" ${data.status === status ? html`aria-current="page"` : ''}
        >${t(`console:rectifications.${status}`)}</a
      >
    </li>`;
  const body = html` ${notice('ok', data.done)}${notice('error', data.error)}
    <ul class="tabs">
      ${tab('open')}${tab('resolved')}
    </ul>
    ${
      data.rows.length === 0
        ? html`<p class="empty">${t('console:rectifications.empty')}</p>`
        : html`<ol class="cards">
            ${data.rows.map((r) => {
              const overdue = r.status === 'open' && r.dueDate < today;
              return html`<li class="card ${overdue ? 'row-overdue' : ''}">
                <h2>${target(r)}</h2>
                <dl class="details">
                  <div>
                    <dt>${t('console:rectifications.rating')}</dt>
                    <dd>${t(`console:levels.${r.level}`)} (${r.level}/5)</dd>
                  </div>
                  <div>
                    <dt>${t('console:rectifications.tags')}</dt>
                    <dd>${r.tags.map((tag) => tagLabel(ctx, tag)).join('、') || '—'}</dd>
                  </div>
                  <div>
                    <dt>${t('console:rectifications.comment')}</dt>
                    <dd>${r.comment ?? '—'}</dd>
                  </div>
                  <div>
                    <dt>${t('console:rectifications.due')}</dt>
                    <dd class="${overdue ? 'overdue' : ''}">
                      ${formatDate(ctx, r.dueDate)}
                      ${overdue ? html`<strong class="badge badge-overdue">${t('console:inbox.overdue')}</strong>` : ''}
                    </dd>
                  </div>
                </dl>
                ${
                  r.status === 'resolved' && r.resolvedAt
                    ? html`<p>
                        ${t('console:rectifications.resolution', { at: formatDateTime(ctx, r.resolvedAt), note: r.resolutionNote ?? '' })}
                      </p>`
                    : replyForm(ctx, {
                        action: `/console/rectifications/${r.id}/resolve`,
                        id: `note-${r.id}`,
                        label: t('console:rectifications.resolveLabel'),
                        rows: 3,
                        draft: `rect:${r.id}`,
                        submit: t('console:rectifications.resolveSubmit'),
                      })
                }
              </li>`;
            })}
          </ol>`
    }`;
  return page(ctx, t('console:rectifications.heading'), body, {
    sent: data.sent ? `rect:${data.sent}` : undefined,
  });
}
