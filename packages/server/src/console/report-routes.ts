import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { plainText } from '@yizhan/catalogue';
import type { ServerContext } from '../http/context.js';
import { tOf } from '../http/context.js';
import { addDays, shanghaiDate } from '../domain/working-days.js';
import type { Role } from '../storage/types.js';
import { USERNAME_PATTERN } from './accounts.js';
import { formList, formText, pageContext, requireAdmin, requireStaff, scopeOf, sendPage } from './guard.js';
import { hashPassword } from './passwords.js';
import { auditPage, staffPage, type StaffForm } from './views/admin.js';
import { DASHBOARD_PERIODS, dashboardPage } from './views/dashboard.js';

const AUDIT_PAGE = 100;
const MIN_PASSWORD = 12;

export function reportRoutes(app: FastifyInstance, ctx: ServerContext) {
  const guard = { preHandler: requireStaff(ctx) };

  app.get<{ Querystring: { days?: string } }>('/dashboard', guard, async (request, reply) => {
    const staff = request.staffSession!.staff;
    const asked = Number(request.query.days);
    const days = (DASHBOARD_PERIODS as readonly number[]).includes(asked) ? asked : 30;
    const to = shanghaiDate(ctx.config.now());
    const from = addDays(to, -(days - 1));
    const s = ctx.storage;
    const scope = scopeOf(staff);
    // Demand counters hold no personal data and are shown to everyone; ratings follow the outlet scope.
    const [searchesByDay, zeroByDay, topQueries, zeroQueries, itemViews, ratingsByDay, ratingsByItem, ratingsByOutlet] =
      await Promise.all([
        s.countersByDay('search', from, to),
        s.countersByDay('zero', from, to),
        s.topCounters('search', from, to, 15),
        s.topCounters('zero', from, to, 15),
        s.topCounters('view', from, to, 15),
        s.ratingsBy('day', from, to, scope),
        s.ratingsBy('item', from, to, scope),
        s.ratingsBy('outlet', from, to, scope),
      ]);
    return sendPage(
      reply,
      dashboardPage(pageContext(request), {
        days,
        from,
        to,
        searchesByDay,
        zeroByDay,
        topQueries,
        zeroQueries,
        itemViews,
        ratingsByDay,
        ratingsByItem,
        ratingsByOutlet,
        catalogue: ctx.catalogue,
      }),
    );
  });

  app.get<{ Querystring: { page?: string } }>('/audit', guard, async (request, reply) => {
    requireAdmin(request);
    const page = Math.min(100_000, Math.max(1, Number.parseInt(request.query.page ?? '1', 10) || 1));
    const rows = await ctx.storage.listAudit(AUDIT_PAGE + 1, (page - 1) * AUDIT_PAGE);
    return sendPage(
      reply,
      auditPage(pageContext(request), { rows: rows.slice(0, AUDIT_PAGE), page, more: rows.length > AUDIT_PAGE }),
    );
  });

  const staffOutlets = () => ctx.catalogue.outletIds();

  app.get<{ Querystring: { done?: string } }>('/staff', guard, async (request, reply) => {
    requireAdmin(request);
    const staff = await ctx.storage.listStaff();
    const done = request.query.done;
    return sendPage(
      reply,
      staffPage(pageContext(request), {
        staff,
        catalogue: ctx.catalogue,
        outlets: staffOutlets(),
        done:
          done && staff.some((s) => s.username === done)
            ? tOf(request)('console:staff.done', { username: done })
            : undefined,
      }),
    );
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
    if (errors.length) {
      const body = staffPage(pageContext(request), {
        staff: await ctx.storage.listStaff(),
        catalogue: ctx.catalogue,
        outlets: staffOutlets(),
        form,
        errors,
      });
      return sendPage(reply, body, 400);
    }
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
    return reply.redirect(`/console/staff?done=${encodeURIComponent(form.username!)}`, 303);
  });
}
