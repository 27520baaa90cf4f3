import { html } from '../html.js';
import { notice, page, type PageContext } from './layout.js';

export function loginPage(
  ctx: PageContext,
  options: {
    csrf: string;
    username?: string;
    error?: string;
    info?: string;
    /** Where to go after signing in, already checked by `safeNext`. */
    next?: string | undefined;
    /** Just signed out: the tab forgets its drafts. */
    signedOut?: boolean;
  },
): string {
  const { t } = ctx;
  return page(
    ctx,
    t('console:login.heading'),
    html`${notice('error', options.error)}${notice('ok', options.info)}
      <p class="notice" id="drafts-kept" hidden>${t('console:drafts.kept')}</p>
      <form method="post" action="/console/login" class="stack narrow">
        <input type="hidden" name="_csrf" value="${options.csrf}" />
        ${options.next ? html`<input type="hidden" name="next" value="${options.next}" />` : ''}
        <label for="username">${t('console:login.username')}</label>
        <input
          id="username"
          name="username"
          autocomplete="username"
          required
          maxlength="32"
          value="${options.username ?? ''}"
          autofocus
        />
        <label for="password">${t('console:login.password')}</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required maxlength="256" />
        <button type="submit">${t('console:login.submit')}</button>
      </form>`,
    { forgetAll: options.signedOut },
  );
}
