import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../http/context.js';
import { addDays, shanghaiDate } from '../domain/working-days.js';
import { pageContext, requireAdmin, requireStaff, scopeOf, sendPage } from './guard.js';
import { auditPage } from './views/admin.js';
import { DASHBOARD_PERIODS, dashboardPage } from './views/dashboard.js';

const AUDIT_PAGE = 100;

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
    const [rows, staff] = await Promise.all([
      ctx.storage.listAudit(AUDIT_PAGE + 1, (page - 1) * AUDIT_PAGE),
      ctx.storage.listStaff(),
    ]);
    return sendPage(
      reply,
      auditPage(pageContext(request), {
        rows: rows.slice(0, AUDIT_PAGE),
        page,
        more: rows.length > AUDIT_PAGE,
        catalogue: ctx.catalogue,
        displayNames: new Map(staff.map((s) => [s.username, s.displayName])),
      }),
    );
  });
}
