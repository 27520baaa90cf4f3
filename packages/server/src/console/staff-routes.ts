import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { plainText } from '@yizhan/catalogue';
import type { ServerContext } from '../http/context.js';
import { tOf } from '../http/context.js';
import type { Role, StaffRecord } from '../storage/types.js';
import { generatedPassword, mayBeAccountName, USERNAME_PATTERN } from './accounts.js';
import { ConsoleError, formList, formText, pageContext, requireAdmin, requireStaff, sendPage } from './guard.js';
import { openPassword, SHOW_WITHIN_MS, sealPassword } from './one-time-passwords.js';
import { hashPassword } from './passwords.js';
import { cookieOptions, resetPasswordCookieName, sessionCookieName } from './session.js';
import { newPasswordPage, passwordShownPage, staffConfirmPage, staffPage, type StaffForm } from './views/admin.js';

const MIN_PASSWORD = 12;

/** `?done=` of the staff list: what was done to `?account=`, and the notice that says so. */
const DONE_NOTICES = {
  create: 'console:staff.done',
  disable: 'console:staff.disabledDone',
  enable: 'console:staff.enabledDone',
} as const;

/**
 * Whether the notice of `done` is true of the account now: the address is anyone's to write, so
 * `?done=disable` says "disabled" only of an account that is.
 */
function stillTrue(done: keyof typeof DONE_NOTICES, account: StaffRecord): boolean {
  if (done === 'disable') return account.disabled;
  if (done === 'enable') return !account.disabled;
  return true;
}

type StaffParams = { Params: { username: string } };

/**
 * `/console/staff`, administrators only: the accounts, creating one, and per account disabling,
 * re-enabling and resetting the password. Each of these three is a POST with the session's CSRF
 * token, written to the audit log in the same transaction as the change, and ends the account's
 * sessions at once (re-enabling too, so none from before comes back). Disabling and resetting
 * are confirmed on a page of their own first (GET shows it, changes nothing). A reset password
 * is generated like the first accounts' (`generatedPassword`) and stored only hashed; the POST
 * hands the clear password to this session's browser, sealed in a cookie only this session can
 * open for a few minutes (`sealPassword`), and redirects to a GET page that shows it once and
 * clears the cookie, so a reload never resets again nor shows it twice. It is never in an
 * address or a redirect, and no server instance holds it.
 */
export function staffRoutes(app: FastifyInstance, ctx: ServerContext) {
  const guard = { preHandler: requireStaff(ctx) };
  const staffOutlets = () => ctx.catalogue.outletIds();
  /** The session id as the browser holds it (the server stores only its hash). */
  const sessionIdOf = (request: FastifyRequest) => request.cookies[sessionCookieName(ctx.config)] ?? '';

  /** The list, with a form's refusal or the notice of what was just done. */
  const showList = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: { form?: StaffForm; errors?: string[]; done?: string } = {},
    status = 200,
  ) =>
    sendPage(
      reply,
      staffPage(pageContext(request), {
        staff: await ctx.storage.listStaff(),
        catalogue: ctx.catalogue,
        outlets: staffOutlets(),
        ...options,
      }),
      status,
    );

  /** The account named in the address, or the same 404 as any unknown page. */
  const target = async (request: FastifyRequest<StaffParams>): Promise<StaffRecord> => {
    const { username } = request.params;
    const staff = mayBeAccountName(username) ? await ctx.storage.staffByUsername(username) : null;
    if (!staff) throw new ConsoleError(404, 'notFound');
    return staff;
  };

  const listAfter = (action: keyof typeof DONE_NOTICES, username: string) =>
    `/console/staff?done=${action}&account=${encodeURIComponent(username)}`;

  app.get<{ Querystring: { done?: string; account?: string } }>('/staff', guard, async (request, reply) => {
    requireAdmin(request);
    const { done, account } = request.query;
    const action = done && Object.hasOwn(DONE_NOTICES, done) ? (done as keyof typeof DONE_NOTICES) : undefined;
    const staff = action && account && mayBeAccountName(account) ? await ctx.storage.staffByUsername(account) : null;
    return showList(request, reply, {
      ...(action && staff && stillTrue(action, staff)
        ? { done: tOf(request)(DONE_NOTICES[action], { username: staff.username }) }
        : {}),
    });
  });

  app.post('/staff', guard, async (request, reply) => {
    requireAdmin(request);
    const t = tOf(request);
    const form: StaffForm = {
      username: formText(request, 'username').trim().toLowerCase(),
      displayName: formText(request, 'displayName').trim(),
      role: (formText(request, 'role') === 'admin' ? 'admin' : 'agent') as Role,
      outletIds: [...new Set(formList(request, 'outletIds'))],
    };
    const password = formText(request, 'password');
    const errors: string[] = [];
    if (!USERNAME_PATTERN.test(form.username ?? '')) errors.push(t('console:staff.usernameInvalid'));
    else if (await ctx.storage.staffByUsername(form.username!)) {
      errors.push(t('console:staff.usernameTaken', { username: form.username }));
    }
    if (!plainText(1, 64).safeParse(form.displayName).success) errors.push(t('console:staff.nameRequired'));
    const outlets = form.outletIds ?? [];
    const knownOutlet = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/);
    if (
      form.role === 'agent' &&
      (outlets.length === 0 || !outlets.every((o) => knownOutlet.safeParse(o).success && ctx.catalogue.hasOutlet(o)))
    ) {
      errors.push(t('console:staff.outletsRequired'));
    }
    if ([...password].length < MIN_PASSWORD) errors.push(t('console:staff.passwordTooShort'));
    if (errors.length) return showList(request, reply, { form, errors }, 400);
    const admin = request.staffSession!.staff;
    const at = ctx.config.now().toISOString();
    await ctx.storage.createStaff({
      username: form.username!,
      displayName: form.displayName!,
      passwordHash: await hashPassword(password),
      role: form.role!,
      outletIds: form.role === 'admin' ? [] : outlets,
      createdAt: at,
    });
    await ctx.storage.appendAudit({
      at,
      staffId: admin.id,
      action: 'staff.create',
      target: form.username!,
      detail: { role: form.role, outlets: form.role === 'admin' ? [] : outlets },
    });
    return reply.redirect(listAfter('create', form.username!), 303);
  });

  // Disable: confirmed first. Nobody disables their own account (they would lock themselves out
  // mid-task); the storage refuses to disable the last enabled administrator.
  const refuseSelf = async (request: FastifyRequest, reply: FastifyReply) =>
    showList(request, reply, { errors: [tOf(request)('console:staff.cannotDisableSelf')] }, 400);

  app.get<StaffParams>('/staff/:username/disable', guard, async (request, reply) => {
    requireAdmin(request);
    const account = await target(request);
    if (account.id === request.staffSession!.staff.id) return refuseSelf(request, reply);
    if (account.disabled) return reply.redirect('/console/staff', 303);
    return sendPage(reply, staffConfirmPage(pageContext(request), { account, action: 'disable' }));
  });

  app.post<StaffParams>('/staff/:username/disable', guard, async (request, reply) => {
    requireAdmin(request);
    const account = await target(request);
    const admin = request.staffSession!.staff;
    if (account.id === admin.id) return refuseSelf(request, reply);
    const outcome = await ctx.storage.setStaffDisabled(account.id, true, {
      at: ctx.config.now().toISOString(),
      staffId: admin.id,
      action: 'staff.disable',
      target: account.username,
      detail: {},
    });
    if (outcome === 'last-admin') {
      const message = tOf(request)('console:staff.lastAdmin', { username: account.username });
      return showList(request, reply, { errors: [message] }, 409);
    }
    return reply.redirect(listAfter('disable', account.username), 303);
  });

  app.post<StaffParams>('/staff/:username/enable', guard, async (request, reply) => {
    requireAdmin(request);
    const account = await target(request);
    await ctx.storage.setStaffDisabled(account.id, false, {
      at: ctx.config.now().toISOString(),
      staffId: request.staffSession!.staff.id,
      action: 'staff.enable',
      target: account.username,
      detail: {},
    });
    return reply.redirect(listAfter('enable', account.username), 303);
  });

  app.get<StaffParams>('/staff/:username/reset', guard, async (request, reply) => {
    requireAdmin(request);
    const account = await target(request);
    const self = account.id === request.staffSession!.staff.id;
    return sendPage(reply, staffConfirmPage(pageContext(request), { account, action: 'reset', self }));
  });

  app.post<StaffParams>('/staff/:username/reset', guard, async (request, reply) => {
    requireAdmin(request);
    const account = await target(request);
    const { staff: admin, session } = request.staffSession!;
    const self = account.id === admin.id;
    const { password, passwordHash } = await generatedPassword();
    // An administrator resetting their own password stays signed in here; every other session
    // of the account ends, so whoever knew the old password is out at once.
    const changed = await ctx.storage.setStaffPassword(
      account.id,
      passwordHash,
      {
        at: ctx.config.now().toISOString(),
        staffId: admin.id,
        action: 'staff.reset-password',
        target: account.username,
        detail: {},
      },
      self ? session.idHash : undefined,
    );
    if (!changed) throw new ConsoleError(404, 'notFound');
    const until = ctx.config.now().getTime() + SHOW_WITHIN_MS;
    const sealed = sealPassword(sessionIdOf(request), account.username, password, until);
    return reply
      .setCookie(resetPasswordCookieName(ctx.config), sealed, cookieOptions(ctx.config, SHOW_WITHIN_MS / 1000))
      .header('cache-control', 'no-store')
      .redirect(`/console/staff/${encodeURIComponent(account.username)}/new-password`, 303);
  });

  // Shows the password the reset above kept for this session, once. A reload (or a late or
  // foreign visit) changes nothing and says it was shown already, offering to reset again.
  app.get<StaffParams>('/staff/:username/new-password', guard, async (request, reply) => {
    requireAdmin(request);
    const account = await target(request);
    const { staff: admin } = request.staffSession!;
    const self = account.id === admin.id;
    const name = resetPasswordCookieName(ctx.config);
    const password = openPassword(
      sessionIdOf(request),
      account.username,
      request.cookies[name],
      ctx.config.now().getTime(),
    );
    reply.clearCookie(name, cookieOptions(ctx.config));
    if (password === null) return sendPage(reply, passwordShownPage(pageContext(request), { account }));
    return sendPage(reply, newPasswordPage(pageContext(request), { account, password, self }));
  });
}
