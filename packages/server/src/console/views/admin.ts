import type { CatalogueIndex } from '../../catalogue/catalogue-index.js';
import type { AuditRecord, Role, StaffRecord } from '../../storage/types.js';
import { html, type Html } from '../html.js';
import { csrfField, formatDateTime, notice, page, type PageContext } from './layout.js';

/** An ISO timestamp, as the audit log's own times are written. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Names the audit page needs to put an entry's detail into words. */
export interface AuditNames {
  catalogue: CatalogueIndex;
  /** Display name of each account, by username. */
  displayNames: ReadonlyMap<string, string>;
}

/** A detail value no phrase knows: plain text, times as the page writes them, never JSON. */
function plainValue(ctx: PageContext, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return ISO_TIME.test(value) ? formatDateTime(ctx, value) : value;
  if (Array.isArray(value)) return value.map((v) => plainValue(ctx, v)).join('、');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => ctx.t('console:audit.details.other', { key: k, value: plainValue(ctx, v) }))
      .join(ctx.t('console:audit.details.separator'));
  }
  return String(value as number | boolean | bigint);
}

/** One key of an entry's detail, as a short phrase in the page's language. */
function detailPhrase(ctx: PageContext, names: AuditNames, key: string, value: unknown): string {
  const { t } = ctx;
  const text = plainValue(ctx, value);
  switch (key) {
    case 'sessionsEnded':
    case 'length':
      if (typeof value === 'number') return t(`console:audit.details.${key}`, { count: value });
      break;
    case 'from':
      return t('console:audit.details.from', { status: t(`console:status.${text}`, { defaultValue: text }) });
    case 'assignee':
      return t('console:audit.details.assignee', { name: names.displayNames.get(text) ?? text });
    case 'rating':
      return t('console:audit.details.rating', { id: text });
    case 'ip':
      return t('console:audit.details.ip', { ip: text });
    case 'role':
      return t('console:audit.details.role', { role: t(`console:roles.${text}`, { defaultValue: text }) });
    case 'outlets':
      if (Array.isArray(value)) {
        const outlets = value.map((id) => names.catalogue.outletName(String(id), ctx.lang)).join('、');
        return t('console:audit.details.outlets', { outlets: outlets || t('console:staff.allOutlets') });
      }
      break;
  }
  return t('console:audit.details.other', { key, value: text });
}

/** An entry's detail in words: one phrase per key, in the order recorded. */
export function auditDetail(ctx: PageContext, names: AuditNames, detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([key, value]) => detailPhrase(ctx, names, key, value))
    .join(ctx.t('console:audit.details.separator'));
}

export function auditPage(
  ctx: PageContext,
  data: { rows: AuditRecord[]; page: number; more: boolean } & AuditNames,
): string {
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
                      <td>${auditDetail(ctx, data, r.detail)}</td>
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

/** A username after a visible action word, for screen readers listing the links of the table. */
function forAccount(account: StaffRecord): Html {
  return html`<span class="visually-hidden"> ${account.username}</span>`;
}

/** What can be done to one account from the list. */
function rowActions(ctx: PageContext, account: StaffRecord): Html {
  const { t } = ctx;
  const self = account.id === ctx.staff?.id;
  const base = `/console/staff/${encodeURIComponent(account.username)}`;
  const toggle = self
    ? html`<span class="hint">${t('console:staff.you')}</span>`
    : account.disabled
      ? html`<form method="post" action="${base}/enable" class="inline">
          ${csrfField(ctx)}
          <button type="submit" class="link">${t('console:staff.enable')}${forAccount(account)}</button>
        </form>`
      : html`<a href="${base}/disable">${t('console:staff.disable')}${forAccount(account)}</a>`;
  return html`<div class="row-actions">
    ${toggle}
    <a href="${base}/reset">${t('console:staff.reset')}${forAccount(account)}</a>
  </div>`;
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
      <table class="staff-list">
        <thead>
          <tr>
            <th scope="col">${t('console:staff.username')}</th>
            <th scope="col">${t('console:staff.displayName')}</th>
            <th scope="col">${t('console:staff.role')}</th>
            <th scope="col">${t('console:staff.status')}</th>
            <th scope="col">${t('console:staff.actions')}</th>
            <th scope="col">${t('console:staff.outlets')}</th>
            <th scope="col">${t('console:staff.created')}</th>
          </tr>
        </thead>
        <tbody>
          ${data.staff.map(
            (s) =>
              html`<tr class="${s.disabled ? 'row-disabled' : ''}">
                <th scope="row">${s.username}</th>
                <td>${s.displayName}</td>
                <td>${t(`console:roles.${s.role}`)}</td>
                <td>
                  ${
                    s.disabled
                      ? html`<strong class="badge badge-disabled">${t('console:staff.disabled')}</strong>`
                      : t('console:staff.active')
                  }
                </td>
                <td>${rowActions(ctx, s)}</td>
                <td class="outlets">
                  ${s.role === 'admin' ? t('console:staff.allOutlets') : outletNames(s.outletIds)}
                </td>
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

/** The account's name as the confirmation and password pages give it: display name and username. */
function accountFacts(ctx: PageContext, account: StaffRecord): Html {
  const { t } = ctx;
  return html`<dl class="details">
    <div>
      <dt>${t('console:staff.username')}</dt>
      <dd><code translate="no">${account.username}</code></dd>
    </div>
    <div>
      <dt>${t('console:staff.displayName')}</dt>
      <dd>${account.displayName}</dd>
    </div>
    <div>
      <dt>${t('console:staff.role')}</dt>
      <dd>${t(`console:roles.${account.role}`)}</dd>
    </div>
  </dl>`;
}

/**
 * Asks before disabling an account or resetting its password: both sign the person out at once.
 * Sending the form does it; nothing changes until then.
 */
export function staffConfirmPage(
  ctx: PageContext,
  data: { account: StaffRecord; action: 'disable' | 'reset'; self?: boolean },
): string {
  const { t } = ctx;
  const { account, action } = data;
  const values = { username: account.username, name: account.displayName };
  const explain =
    action === 'disable'
      ? t('console:staff.disableExplain', values)
      : data.self
        ? t('console:staff.resetExplainSelf')
        : t('console:staff.resetExplain', values);
  const body = html`${accountFacts(ctx, account)}
    <p>${explain}</p>
    <form method="post" action="/console/staff/${encodeURIComponent(account.username)}/${action}" class="confirm">
      ${csrfField(ctx)}
      <button type="submit" class="${action === 'disable' ? 'danger' : ''}">
        ${t(action === 'disable' ? 'console:staff.disableSubmit' : 'console:staff.resetSubmit')}
      </button>
      <a href="/console/staff">${t('console:staff.cancel')}</a>
    </form>`;
  return page(
    ctx,
    t(action === 'disable' ? 'console:staff.disableHeading' : 'console:staff.resetHeading', values),
    body,
  );
}

/**
 * The page a password reset redirects to: the new password, shown this once. It is in no
 * address, no redirect and no log; the page is `no-store`, and a reload or going back gets
 * `passwordShownPage` instead.
 */
export function newPasswordPage(
  ctx: PageContext,
  data: { account: StaffRecord; password: string; self: boolean },
): string {
  const { t } = ctx;
  const { account } = data;
  const body = html`${notice(
      'ok',
      data.self ? t('console:staff.resetDoneSelf') : t('console:staff.resetDone', { username: account.username }),
    )}
    ${accountFacts(ctx, account)}
    <h2 id="pw-h">${t('console:staff.newPassword')}</h2>
    <p class="new-password"><code translate="no">${data.password}</code></p>
    <p class="hint">${t('console:staff.newPasswordOnce')}</p>
    <p><a href="/console/staff">${t('console:staff.back')}</a></p>`;
  return page(ctx, t('console:staff.newPasswordHeading', { username: account.username }), body);
}

/**
 * The new-password page once its password was taken (a reload, going back, a late visit): says
 * so and how to reset again. Changes nothing.
 */
export function passwordShownPage(ctx: PageContext, data: { account: StaffRecord }): string {
  const { t } = ctx;
  const { account } = data;
  const body = html`${accountFacts(ctx, account)}
    <p>${t('console:staff.passwordShown')}</p>
    <p>
      <a href="/console/staff/${encodeURIComponent(account.username)}/reset">${t('console:staff.resetAgain')}</a>
    </p>
    <p><a href="/console/staff">${t('console:staff.back')}</a></p>`;
  return page(ctx, t('console:staff.passwordShownHeading', { username: account.username }), body);
}
