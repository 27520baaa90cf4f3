import type { TFunction } from '@yizhan/i18n';
import type { StaffRecord } from '../../storage/types.js';
import { html, type Html } from '../html.js';

/** What every console page knows about the request. */
export interface PageContext {
  t: TFunction;
  lang: string;
  /** Path of this page, for the navigation's current link. */
  path: string;
  /**
   * The address to show this page again in another language: this page with its query (filters,
   * page, tab), or for a form's answer the page the form was on. `path` when not given.
   */
  here?: string;
  staff?: StaffRecord;
  csrf?: string;
}

export const CONSOLE_LANGUAGES = [
  { tag: 'zh-CN', name: '简体中文' },
  { tag: 'zh-Hant', name: '繁體中文' },
  { tag: 'en', name: 'English' },
  { tag: 'ja', name: '日本語' },
] as const;

/** Cookie remembering the language chosen with `?lang=`. */
export const LANGUAGE_COOKIE = 'yz_lang';

export function isConsoleLanguage(tag: unknown): tag is string {
  return CONSOLE_LANGUAGES.some((l) => l.tag === tag);
}

/** `here` with `?lang=` set, other parameters kept. */
export function languageHref(ctx: PageContext, tag: string): string {
  const url = new URL(ctx.here ?? ctx.path, 'http://console.invalid');
  url.searchParams.set('lang', tag);
  return `${url.pathname}${url.search}`;
}

export function formatDateTime(ctx: PageContext, iso: string): string {
  return new Intl.DateTimeFormat(ctx.lang, {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

export function formatDate(ctx: PageContext, day: string): string {
  return new Intl.DateTimeFormat(ctx.lang, { timeZone: 'UTC', dateStyle: 'medium' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

export function csrfField(ctx: PageContext): Html {
  return html`<input type="hidden" name="_csrf" value="${ctx.csrf ?? ''}" />`;
}

/**
 * What a page tells assets/console.js about the drafts it keeps (names as in `data-draft`).
 * Each one is the server's word, so the script forgets a draft only when it is really done with.
 */
export interface DraftMarks {
  /** A draft the server has just accepted (the form went through): forgotten. */
  sent?: string | undefined;
  /** Prefix of the drafts this page has boxes for; one whose box is missing can no longer be sent. */
  scope?: string | undefined;
  /** Signed out: every draft in the tab is forgotten. */
  forgetAll?: boolean | undefined;
}

/**
 * Under a text box whose draft assets/console.js keeps (`data-draft` on the box): hidden until
 * the script puts a draft back into the box, with a way to throw it away.
 */
export function draftRestored(ctx: PageContext, boxId: string): Html {
  return html`<p class="draft-restored" id="${boxId}-draft" role="status" hidden>
    <span>${ctx.t('console:drafts.restored')}</span>
    <button type="button" class="link" data-draft-discard="${boxId}">${ctx.t('console:drafts.discard')}</button>
  </p>`;
}

export function notice(kind: 'ok' | 'error', text: string | undefined): Html {
  if (!text) return html``;
  // role=status/alert announces the outcome of the form just sent to screen readers.
  return kind === 'ok'
    ? html`<p class="notice notice-ok" role="status">${text}</p>`
    : html`<p class="notice notice-error" role="alert">${text}</p>`;
}

function nav(ctx: PageContext): Html {
  const { t, staff } = ctx;
  if (!staff) return html``;
  const links: [string, string][] = [
    ['/console/inbox', t('console:nav.inbox')],
    ['/console/rectifications', t('console:nav.rectifications')],
    ['/console/dashboard', t('console:nav.dashboard')],
  ];
  if (staff.role === 'admin') {
    links.push(['/console/audit', t('console:nav.audit')], ['/console/staff', t('console:nav.staff')]);
  }
  return html`<nav aria-label="${t('console:nav.label')}">
    <ul>
      ${links.map(
        ([href, label]) =>
          html`<li><a href="${href}" ${ctx.path.startsWith(href) ? html`aria-current="page"` : ''}>${label}</a></li>`,
      )}
    </ul>
    <p class="who">
      ${t('console:nav.signedInAs', { name: staff.displayName, role: t(`console:roles.${staff.role}`) })}
    </p>
    <form method="post" action="/console/logout" class="inline" data-drafts-forget>
      ${csrfField(ctx)}
      <button type="submit" class="link">${t('console:nav.signOut')}</button>
    </form>
  </nav>`;
}

/**
 * The one page frame: skip link, header with navigation and language choice, main landmark. The
 * body names the signed-in staff member (by id) for console.js, which keeps each one's drafts
 * apart, and carries the page's `DraftMarks`.
 */
export function page(ctx: PageContext, title: string, body: Html, drafts: DraftMarks = {}): string {
  const { t } = ctx;
  const bodyData = [
    ctx.staff ? html` data-staff="${ctx.staff.id}"` : '',
    drafts.sent ? html` data-draft-sent="${drafts.sent}"` : '',
    drafts.scope ? html` data-draft-scope="${drafts.scope}"` : '',
    drafts.forgetAll ? html` data-drafts-forget` : '',
  ];
  return `<!doctype html>${html`<html lang="${ctx.lang}">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="robots" content="noindex" />
      <title>${title} · ${t('console:title')}</title>
      <link rel="stylesheet" href="/console/assets/console.css" />
      <script src="/console/assets/console.js" defer></script>
    </head>
    <body${bodyData}>
      <a class="skip" href="#main">${t('console:skip')}</a>
      <header class="top">
        <p class="brand">${t('console:title')}</p>
        ${nav(ctx)}
        <ul class="languages" aria-label="${t('console:nav.language')}">
          ${CONSOLE_LANGUAGES.map(
            (l) =>
              html`<li>
                <a
                  href="${languageHref(ctx, l.tag)}"
                  lang="${l.tag}"
                  hreflang="${l.tag}"
                  ${l.tag === ctx.lang ? html`aria-current="true"` : ''}
                  >${l.name}</a
                >
              </li>`,
          )}
        </ul>
      </header>
      <main id="main" tabindex="-1">
        <h1>${title}</h1>
        ${body}
      </main>
    </body>
  </html>`}`;
}

export function errorPage(ctx: PageContext, message: string): string {
  return page(
    ctx,
    ctx.t('console:errors.heading'),
    html`<p class="notice notice-error" role="alert">${message}</p>
      <p><a href="${ctx.staff ? '/console/inbox' : '/console/login'}">${ctx.t('console:errors.back')}</a></p>`,
  );
}
