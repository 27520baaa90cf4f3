import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CATEGORIES, ConsultationStatus, plainText, type Category } from '@yizhan/catalogue';
import type { ServerContext } from '../http/context.js';
import { tOf } from '../http/context.js';
import { isStaffAction, TRANSITIONS, writesText, type StaffAction } from '../domain/status.js';
import { shanghaiDate } from '../domain/working-days.js';
import type { ConsultationPatch, StaffRecord } from '../storage/types.js';
import {
  caseFor,
  ConsoleError,
  formMultiline,
  formText,
  inScope,
  pageContext,
  requireStaff,
  scopeOf,
  sendPage,
} from './guard.js';
import { ANSWER_MAX, casePage, type CaseDraft } from './views/case.js';
import { formatDateTime } from './views/layout.js';
import { INBOX_PAGE_SIZE, inboxPage, type InboxFilter } from './views/inbox.js';
import { rectificationsPage } from './views/rectifications.js';

const StaffText = plainText(1, ANSWER_MAX);

/** Names shown for assignees and answerers; a disabled account says so. */
async function staffNames(ctx: ServerContext, request: FastifyRequest): Promise<Map<number, string>> {
  const t = tOf(request);
  return new Map(
    (await ctx.storage.listStaff()).map((s) => [
      s.id,
      s.disabled ? t('console:staff.disabledName', { name: s.displayName }) : s.displayName,
    ]),
  );
}

/** Who may take a case of this outlet: admins, and agents of that outlet. */
async function assigneesFor(ctx: ServerContext, outletId: string | null): Promise<StaffRecord[]> {
  return (await ctx.storage.listStaff()).filter((s) => !s.disabled && inScope(s, outletId));
}

export function caseRoutes(app: FastifyInstance, ctx: ServerContext) {
  const guard = { preHandler: requireStaff(ctx) };

  app.get('/', guard, async (_request, reply) => reply.redirect('/console/inbox', 303));

  app.get<{ Querystring: Record<string, string | undefined> }>('/inbox', guard, async (request, reply) => {
    const staff = request.staffSession!.staff;
    const q = request.query;
    const status = ConsultationStatus.safeParse(q['status']);
    const filter: InboxFilter = {
      status: status.success ? status.data : undefined,
      outlet: q['outlet'] && /^[A-Za-z0-9._-]{1,64}$/.test(q['outlet']) ? q['outlet'] : undefined,
      topic: CATEGORIES.includes(q['topic'] as Category) ? q['topic'] : undefined,
      overdue: q['overdue'] === '1',
      page: Math.min(10_000, Math.max(1, Number.parseInt(q['page'] ?? '1', 10) || 1)),
    };
    const now = ctx.config.now();
    const { rows, total } = await ctx.storage.listConsultations({
      status: filter.status,
      outletId: filter.outlet,
      topic: filter.topic as Category | undefined,
      overdueOn: filter.overdue ? shanghaiDate(now) : undefined,
      scopeOutletIds: scopeOf(staff),
      limit: INBOX_PAGE_SIZE,
      offset: (filter.page - 1) * INBOX_PAGE_SIZE,
    });
    const outlets = scopeOf(staff) ?? ctx.catalogue.outletIds();
    return sendPage(
      reply,
      inboxPage(pageContext(request), {
        rows,
        total,
        filter,
        outlets,
        staffNames: await staffNames(ctx, request),
        catalogue: ctx.catalogue,
        now,
      }),
    );
  });

  async function showCase(
    request: FastifyRequest<{ Params: { reference: string } }>,
    options: { done?: string; sent?: StaffAction; error?: string; draft?: CaseDraft; status?: number } = {},
  ) {
    const staff = request.staffSession!.staff;
    const row = await caseFor(ctx, staff, request.params.reference);
    return {
      status: options.status ?? 200,
      body: casePage(pageContext(request), {
        row,
        ratings: await ctx.storage.ratingsFor(row.reference),
        assignees: await assigneesFor(ctx, row.outletId),
        staffNames: await staffNames(ctx, request),
        catalogue: ctx.catalogue,
        now: ctx.config.now(),
        done: options.done,
        sent: options.sent,
        error: options.error,
        draft: options.draft,
      }),
    };
  }

  app.get<{ Params: { reference: string }; Querystring: { done?: string } }>(
    '/cases/:reference',
    guard,
    async (request, reply) => {
      const staff = request.staffSession!.staff;
      const t = tOf(request);
      const done = request.query.done;
      const page = await showCase(request, {
        ...(done && isStaffAction(done) ? { done: t(`console:case.done.${done}`), sent: done } : {}),
      });
      // Reading a requester's personal data is itself an action worth recording (PIPL).
      await ctx.storage.appendAudit({
        at: ctx.config.now().toISOString(),
        staffId: staff.id,
        action: 'consultation.view',
        target: request.params.reference,
        detail: {},
      });
      return sendPage(reply, page.body, page.status);
    },
  );

  const act = (action: StaffAction) =>
    app.post<{ Params: { reference: string } }>(`/cases/:reference/${action}`, guard, async (request, reply) => {
      const staff = request.staffSession!.staff;
      const t = tOf(request);
      const row = await caseFor(ctx, staff, request.params.reference);
      const rule = TRANSITIONS[action];
      const now = ctx.config.now().toISOString();
      const patch: ConsultationPatch = { status: rule.to, updatedAt: now };
      const detail: Record<string, unknown> = { from: row.status };
      const fail = async (message: string, draft?: CaseDraft) => {
        const page = await showCase(request, { error: message, status: 400, ...(draft ? { draft } : {}) });
        return sendPage(reply, page.body, page.status);
      };
      if (!rule.from.includes(row.status)) return fail(t('console:case.notAllowed'));
      // The requester erased their data: no answer or note about them is kept from now on, so
      // the refusal names the erasure rather than a status, and the typed text is not shown again.
      if (row.erasedAt && writesText(action)) {
        return fail(t('console:case.erased', { at: formatDateTime(pageContext(request), row.erasedAt) }));
      }
      if (action === 'assign') {
        const id = Number(formText(request, 'staffId'));
        const assignee = (await assigneesFor(ctx, row.outletId)).find((s) => s.id === id);
        if (!assignee) return fail(t('console:case.badAssignee'));
        patch.assignedTo = assignee.id;
        detail['assignee'] = assignee.username;
      }
      if (action === 'answer' || action === 'escalate') {
        const text = formMultiline(request, 'text');
        const parsed = StaffText.safeParse(text);
        // The refused text goes back into the box it was typed in: an internal escalation note
        // must never reappear as the draft of the answer the requester reads.
        if (!parsed.success) return fail(t('console:case.textRequired', { max: ANSWER_MAX }), { action, text });
        if (action === 'answer') {
          Object.assign(patch, { answerText: parsed.data, answeredAt: now, answeredBy: staff.id });
          if (row.assignedTo === null) patch.assignedTo = staff.id;
          // The audit log records that an answer was given, not a second copy of its text.
          detail['length'] = [...parsed.data].length;
        } else {
          patch.escalationNote = parsed.data;
        }
      }
      const changed = await ctx.storage.transition(row.reference, rule.from, patch, {
        at: now,
        staffId: staff.id,
        action: `consultation.${action}`,
        target: row.reference,
        detail,
      });
      if (!changed) throw new ConsoleError(409, 'stale');
      return reply.redirect(`/console/cases/${row.reference}?done=${action}`, 303);
    });
  (Object.keys(TRANSITIONS) as StaffAction[]).forEach(act);

  const RECTIFICATION_ID = /^RC-[0-9]{8}-[0-9A-Z]{6}$/;

  app.get<{ Querystring: { status?: string; done?: string } }>('/rectifications', guard, async (request, reply) => {
    const staff = request.staffSession!.staff;
    const t = tOf(request);
    const status = request.query.status === 'resolved' ? 'resolved' : 'open';
    const rows = await ctx.storage.listRectifications({ status, scopeOutletIds: scopeOf(staff), limit: 200 });
    return sendPage(
      reply,
      rectificationsPage(pageContext(request), {
        rows,
        status,
        catalogue: ctx.catalogue,
        now: ctx.config.now(),
        done: request.query.done ? t('console:rectifications.done') : undefined,
        sent: request.query.done && RECTIFICATION_ID.test(request.query.done) ? request.query.done : undefined,
      }),
    );
  });

  app.post<{ Params: { id: string } }>('/rectifications/:id/resolve', guard, async (request, reply) => {
    const staff = request.staffSession!.staff;
    const t = tOf(request);
    const id = request.params.id;
    const rectification = RECTIFICATION_ID.test(id) ? await ctx.storage.getRectification(id) : null;
    if (!rectification || !inScope(staff, rectification.outletId)) throw new ConsoleError(404, 'notFound');
    const parsed = StaffText.safeParse(formMultiline(request, 'text'));
    if (!parsed.success) {
      const rows = await ctx.storage.listRectifications({ status: 'open', scopeOutletIds: scopeOf(staff), limit: 200 });
      const body = rectificationsPage(pageContext(request), {
        rows,
        status: 'open',
        catalogue: ctx.catalogue,
        now: ctx.config.now(),
        error: t('console:rectifications.noteRequired'),
      });
      return sendPage(reply, body, 400);
    }
    const at = ctx.config.now().toISOString();
    const changed = await ctx.storage.resolveRectification(id, parsed.data, staff.id, at, {
      at,
      staffId: staff.id,
      action: 'rectification.resolve',
      target: id,
      detail: { rating: rectification.ratingId },
    });
    if (!changed) throw new ConsoleError(409, 'stale');
    return reply.redirect(`/console/rectifications?done=${id}`, 303);
  });
}
