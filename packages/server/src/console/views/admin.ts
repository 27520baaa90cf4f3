import type { CatalogueIndex } from '../../catalogue/catalogue-index.js';
import type { AuditRecord, Role, StaffRecord } from '../../storage/types.js';
import { html } from '../html.js';
import { csrfField, formatDateTime, notice, page, type PageContext } from './layout.js';

export function auditPage(ctx: PageContext, data: { rows: AuditRecord[]; page: number; more: boolean }): string {
  const { t } = ctx;
  const body = html` ${
      data.rows.length === 0
        ? html`<p class="empty">${t('console:audit.empty')}</p>`
        : html`<div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">${t('console:audit.at')}</th>
                  <th scope="col">${t('console:audit.staff')}</th>
                  <th scope="col">${t('console:audit.action')}</th>
                  <th scope="col">${t('console:audit.target')}</th>
                  <th scope="col">${t('console:audit.detail')}</th>
                </tr>
              </thead>
              <tbody>
                ${data.rows.map(
                  (r) =>
                    html`<tr>
                      <td>${formatDateTime(ctx, r.at)}</td>
                      <td>${r.staffUsername ?? t('console:audit.system')}</td>
                      <td>${t(`console:audit.actions.${r.action}`, { defaultValue: r.action })}</td>
                      <td>${r.target ?? ''}</td>
                      <td><code>${Object.keys(r.detail).length ? JSON.stringify(r.detail) : ''}</code></td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }
    <nav class="pager" aria-label="${t('console:inbox.page', { page: data.page })}">
      ${data.page > 1 ? html`<a href="/console/audit?page=${data.page - 1}" rel="prev">${t('console:inbox.previous')}</a>` : ''}
      <span>${t('console:inbox.page', { page: data.page })}</span>
      ${data.more ? html`<a href="/console/audit?page=${data.page + 1}" rel="next">${t('console:inbox.next')}</a>` : ''}
    </nav>`;
  return page(ctx, t('console:audit.heading'), body);
}

export interface StaffForm {
  username?: string;
  displayName?: string;
  role?: Role;
  outletIds?: string[];
}

export function staffPage(
  ctx: PageContext,
  data: {
    staff: StaffRecord[];
    catalogue: CatalogueIndex;
    outlets: string[];
    form?: StaffForm;
    errors?: string[];
    done?: string | undefined;
  },
): string {
  const { t } = ctx;
  const form = data.form ?? {};
  const outletNames = (ids: string[]) => ids.map((id) => data.catalogue.outletName(id, ctx.lang)).join('、');
  const body = html` ${notice('ok', data.done)}
    ${
      data.errors?.length
        ? html`<div class="notice notice-error" role="alert">
            <ul>
              ${data.errors.map((e) => html`<li>${e}</li>`)}
            </ul>
          </div>`
        : ''
    }
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">${t('console:staff.username')}</th>
            <th scope="col">${t('console:staff.displayName')}</th>
            <th scope="col">${t('console:staff.role')}</th>
            <th scope="col">${t('console:staff.outlets')}</th>
            <th scope="col">${t('console:staff.created')}</th>
          </tr>
        </thead>
        <tbody>
          ${data.staff.map(
            (s) =>
              html`<tr>
                <th scope="row">${s.username}</th>
                <td>${s.displayName}</td>
                <td>${t(`console:roles.${s.role}`)}</td>
                <td>${s.role === 'admin' ? t('console:staff.allOutlets') : outletNames(s.outletIds)}</td>
                <td>${formatDateTime(ctx, s.createdAt)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <section aria-labelledby="new-h" class="panel">
      <h2 id="new-h">${t('console:staff.createHeading')}</h2>
      <form method="post" action="/console/staff" class="stack narrow">
        ${csrfField(ctx)}
        <label for="s-username">${t('console:staff.username')}</label>
        <input
          id="s-username"
          name="username"
          required
          maxlength="32"
          autocomplete="off"
          value="${form.username ?? ''}"
        />
        <label for="s-name">${t('console:staff.displayName')}</label>
        <input id="s-name" name="displayName" required maxlength="64" value="${form.displayName ?? ''}" />
        <fieldset>
          <legend>${t('console:staff.role')}</legend>
          ${(['agent', 'admin'] as const).map(
            (role) =>
              html`<div class="check">
                <input
                  type="radio"
                  id="s-role-${role}"
                  name="role"
                  value="${role}"
                  ${(form.role ?? 'agent') === role ? html`checked` : ''}
                />
                <label for="s-role-${role}">${t(`console:roles.${role}`)}</label>
              </div>`,
          )}
        </fieldset>
        <fieldset>
          <legend>${t('console:staff.outlets')}</legend>
          <p class="hint">${t('console:staff.outletsHint')}</p>
          ${data.outlets.map(
            (id) =>
              html`<div class="check">
                <input
                  type="checkbox"
                  id="s-outlet-${id}"
                  name="outletIds"
                  value="${id}"
                  ${form.outletIds?.includes(id) ? html`checked` : ''}
                />
                <label for="s-outlet-${id}">${data.catalogue.outletName(id, ctx.lang)} <code>${id}</code></label>
              </div>`,
          )}
        </fieldset>
        <label for="s-password">${t('console:staff.password')}</label>
        <p class="hint" id="s-password-hint">${t('console:staff.passwordHint')}</p>
        <input
          id="s-password"
          name="password"
          type="password"
          required
          minlength="12"
          maxlength="256"
          autocomplete="new-password"
          aria-describedby="s-password-hint"
        />
        <button type="submit">${t('console:staff.submit')}</button>
      </form>
    </section>`;
  return page(ctx, t('console:staff.heading'), body);
}
