import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { claim } from '../src/domain/idempotency.js';
import {
  isPostgresUrl,
  ReferenceTakenError,
  type NewConsultation,
  type NewRating,
  type Storage,
} from '../src/storage/index.js';
import type { Driver } from '../src/storage/driver.js';
import { openPostgres } from '../src/storage/postgres-driver.js';
import { openSqlite } from '../src/storage/sqlite-driver.js';
import { describeEachBackend, freshStorage } from './helpers/backends.js';

const T0 = '2026-11-24T02:00:00.000Z';

function consultation(reference: string, over: Partial<NewConsultation> = {}): NewConsultation {
  return {
    reference,
    tokenHash: 'a'.repeat(64),
    ratingTokenHash: `b${reference}`.padEnd(64, '0'),
    topic: 'trademark',
    itemId: 'tm-renewal',
    outletId: 'cd-ip-centre',
    channel: 'web',
    locale: 'zh-CN',
    question: '商标续展需要哪些材料？',
    contactName: '王女士',
    contactMobile: '13800138000',
    contactEmail: null,
    replyChannel: 'sms',
    consentVersion: '2025-01',
    consentAt: T0,
    createdAt: T0,
    dueDate: '2026-11-27',
    ...over,
  };
}

function rating(id: string, over: Partial<NewRating> = {}): NewRating {
  return {
    id,
    tokenHash: `t-${id}-`.padEnd(64, 'x'),
    requestHash: 'r1',
    targetType: 'item',
    targetId: 'tm-renewal',
    consultationRef: null,
    itemId: 'tm-renewal',
    outletId: 'cd-ip-centre',
    level: 5,
    tags: ['fast'],
    comment: null,
    channel: 'web',
    locale: 'zh-CN',
    createdAt: T0,
    day: '2026-11-24',
    rectification: null,
    ...over,
  };
}

describeEachBackend('storage contract', (backend) => {
  let storage: Storage;
  let db: string;
  let done: () => Promise<void>;
  before(async () => {
    ({ storage, db, done } = await freshStorage(backend));
  });
  after(async () => done?.());

  it('migrates once and reports nothing to do the second time', async () => {
    assert.deepEqual(await storage.migrate(), []);
    assert.equal(await storage.ping(), true);
    assert.equal(storage.kind, backend.name);
  });

  it('creates a consultation, replays the same key, refuses a different body under it', async () => {
    const first = claim('consultation', 'key-0001-aaaa', { q: 1 }, 201, { reference: 'YZ-20261124-AAAAA1' });
    assert.deepEqual(await storage.createConsultation(consultation('YZ-20261124-AAAAA1'), first), {
      outcome: 'created',
    });
    const again = claim('consultation', 'key-0001-aaaa', { q: 1 }, 201, { other: true });
    const replay = await storage.createConsultation(consultation('YZ-20261124-AAAAA2'), again);
    assert.equal(replay.outcome, 'replay');
    assert.equal(replay.outcome === 'replay' && replay.sealedBody, first.sealedBody);
    const different = claim('consultation', 'key-0001-aaaa', { q: 2 }, 201, {});
    assert.deepEqual(await storage.createConsultation(consultation('YZ-20261124-AAAAA3'), different), {
      outcome: 'conflict',
    });
    assert.equal(await storage.getConsultation('YZ-20261124-AAAAA2'), null);
    const stored = await storage.getConsultation('YZ-20261124-AAAAA1');
    assert.equal(stored?.contactMobile, '13800138000');
    assert.equal(stored?.status, 'received');
    assert.equal(stored?.dueDate, '2026-11-27');
    assert.equal(stored?.createdAt, T0);
  });

  it('signals a reference collision and keeps the key free for the retry', async () => {
    const c = claim('consultation', 'key-0002-bbbb', { q: 3 }, 201, {});
    await assert.rejects(storage.createConsultation(consultation('YZ-20261124-AAAAA1'), c), ReferenceTakenError);
    assert.deepEqual(await storage.createConsultation(consultation('YZ-20261124-BBBBB1'), c), { outcome: 'created' });
  });

  it('creates exactly one row for 50 concurrent submissions under one key', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        storage.createConsultation(
          consultation(`YZ-20261124-C${String(i).padStart(5, '0')}`),
          claim('consultation', 'key-0003-cccc', { same: true }, 201, { n: i }),
        ),
      ),
    );
    assert.equal(outcomes.filter((o) => o.outcome === 'created').length, 1);
    assert.equal(outcomes.filter((o) => o.outcome === 'replay').length, 49);
    const { total } = await storage.listConsultations({ limit: 500, offset: 0 });
    assert.equal(total, 3);
  });

  it('takes one rating per token, replays it, opens a rectification for a bad one', async () => {
    const bad = rating('RT-1', {
      level: 2,
      tags: ['slow-reply'],
      comment: '等了很久',
      targetType: 'consultation',
      targetId: 'YZ-20261124-AAAAA1',
      consultationRef: 'YZ-20261124-AAAAA1',
      rectification: { id: 'RC-1', dueDate: '2026-12-01' },
    });
    assert.deepEqual(await storage.createRating(bad), { outcome: 'created' });
    const replay = await storage.createRating({ ...bad, id: 'RT-2', rectification: { id: 'RC-2', dueDate: 'x' } });
    assert.equal(replay.outcome, 'replay');
    assert.deepEqual(replay.outcome === 'replay' && replay.rating.rectification, {
      id: 'RC-1',
      dueDate: '2026-12-01',
    });
    assert.deepEqual(await storage.createRating({ ...bad, id: 'RT-3', requestHash: 'r2' }), { outcome: 'conflict' });
    const ratings = await storage.ratingsFor('YZ-20261124-AAAAA1');
    assert.equal(ratings.length, 1);
    assert.deepEqual(ratings[0]?.tags, ['slow-reply']);
    const queue = await storage.listRectifications({ status: 'open', limit: 10 });
    assert.deepEqual(
      queue.map((r) => [r.id, r.level, r.consultationRef, r.dueDate]),
      [['RC-1', 2, 'YZ-20261124-AAAAA1', '2026-12-01']],
    );
    assert.deepEqual(
      await storage.listRectifications({ status: 'open', scopeOutletIds: ['elsewhere'], limit: 10 }),
      [],
    );
  });

  it('adds demand counters, at most once per idempotency key', async () => {
    const batch = [
      { day: '2026-11-24', kind: 'search' as const, key: '商标续展', channel: 'web' as const, count: 2 },
      { day: '2026-11-24', kind: 'zero' as const, key: '天气预报', channel: 'kiosk' as const, count: 1 },
      { day: '2026-11-25', kind: 'search' as const, key: '商标续展', channel: 'web' as const, count: 1 },
    ];
    const c = claim('events', 'key-0004-dddd', { b: 1 }, 202, { accepted: 3 });
    assert.deepEqual(await storage.recordCounters(batch, c), { outcome: 'created' });
    assert.equal((await storage.recordCounters(batch, c)).outcome, 'replay');
    await storage.recordCounters([batch[0]!], null);
    assert.deepEqual(await storage.topCounters('search', '2026-11-01', '2026-11-30', 10), [
      { key: '商标续展', count: 5 },
    ]);
    assert.deepEqual(await storage.countersByDay('search', '2026-11-01', '2026-11-30'), [
      { key: '2026-11-24', count: 4 },
      { key: '2026-11-25', count: 1 },
    ]);
    assert.deepEqual(await storage.topCounters('zero', '2026-11-25', '2026-11-30', 10), []);
  });

  it('stores staff, sessions, scoped inbox queries, transitions with audit entries', async () => {
    const admin = await storage.createStaff({
      username: 'admin',
      displayName: '管理员',
      passwordHash: 'scrypt$x',
      role: 'admin',
      outletIds: [],
      createdAt: T0,
    });
    const agent = await storage.createStaff({
      username: 'agent',
      displayName: '坐席',
      passwordHash: 'scrypt$y',
      role: 'agent',
      outletIds: ['cd-ip-centre'],
      createdAt: T0,
    });
    assert.equal(await storage.countStaff(), 2);
    assert.deepEqual((await storage.staffByUsername('agent'))?.outletIds, ['cd-ip-centre']);
    assert.equal((await storage.staffById(admin))?.role, 'admin');
    await assert.rejects(
      storage.createStaff({
        username: 'agent',
        displayName: '',
        passwordHash: '',
        role: 'agent',
        outletIds: [],
        createdAt: T0,
      }),
    );

    await storage.createSession({
      idHash: 'h1',
      staffId: agent,
      csrfToken: 'c1',
      createdAt: T0,
      lastSeenAt: T0,
      expiresAt: '2026-11-24T10:00:00.000Z',
    });
    await storage.touchSession('h1', '2026-11-24T03:00:00.000Z');
    assert.equal((await storage.getSession('h1'))?.lastSeenAt, '2026-11-24T03:00:00.000Z');

    const other = claim('consultation', 'key-0005-eeee', { o: 1 }, 201, {});
    await storage.createConsultation(
      consultation('YZ-20261124-DDDDD1', { outletId: 'other-outlet', topic: 'patent', dueDate: '2026-11-20' }),
      other,
    );
    const scoped = await storage.listConsultations({ scopeOutletIds: ['cd-ip-centre'], limit: 50, offset: 0 });
    assert.equal(scoped.total, 3);
    assert.ok(scoped.rows.every((r) => r.outletId === 'cd-ip-centre'));
    assert.equal((await storage.listConsultations({ scopeOutletIds: [], limit: 50, offset: 0 })).total, 0);
    const overdue = await storage.listConsultations({ overdueOn: '2026-11-25', limit: 50, offset: 0 });
    assert.deepEqual(
      overdue.rows.map((r) => r.reference),
      ['YZ-20261124-DDDDD1'],
    );
    assert.equal((await storage.listConsultations({ topic: 'patent', limit: 50, offset: 0 })).total, 1);

    const at = '2026-11-24T04:00:00.000Z';
    const audit = { at, staffId: agent, action: 'consultation.answer', target: 'YZ-20261124-AAAAA1', detail: {} };
    assert.equal(
      await storage.transition(
        'YZ-20261124-AAAAA1',
        ['received', 'assigned'],
        { status: 'answered', answerText: '请准备续展申请书。', answeredAt: at, answeredBy: agent, updatedAt: at },
        audit,
      ),
      true,
    );
    // A second answer races the first and loses: the status is no longer one it may leave.
    assert.equal(
      await storage.transition(
        'YZ-20261124-AAAAA1',
        ['received', 'assigned'],
        { status: 'answered', updatedAt: at },
        audit,
      ),
      false,
    );
    const answered = await storage.getConsultation('YZ-20261124-AAAAA1');
    assert.equal(answered?.status, 'answered');
    assert.equal(answered?.answerText, '请准备续展申请书。');
    assert.equal(answered?.answeredBy, agent);
    const log = await storage.listAudit(10, 0);
    assert.equal(log.length, 1);
    assert.equal(log[0]?.staffUsername, 'agent');

    assert.equal(
      await storage.resolveRectification('RC-1', '已致电说明', agent, at, {
        ...audit,
        action: 'rectification.resolve',
      }),
      true,
    );
    assert.equal(await storage.resolveRectification('RC-1', 'again', agent, at, audit), false);
    assert.equal((await storage.getRectification('RC-1'))?.status, 'resolved');
    assert.equal((await storage.listAudit(10, 0)).length, 2);
    await storage.deleteSession('h1');
    assert.equal(await storage.getSession('h1'), null);
  });

  it('aggregates ratings by day, item and outlet', async () => {
    await storage.createRating(rating('RT-10', { level: 4, day: '2026-11-25', outletId: 'other-outlet' }));
    const byDay = await storage.ratingsBy('day', '2026-11-01', '2026-11-30');
    assert.deepEqual(
      byDay.map((r) => [r.key, r.count, r.bad]),
      [
        ['2026-11-24', 1, 1],
        ['2026-11-25', 1, 0],
      ],
    );
    const byOutlet = await storage.ratingsBy('outlet', '2026-11-01', '2026-11-30', ['cd-ip-centre']);
    assert.deepEqual(
      byOutlet.map((r) => [r.key, r.count, r.average]),
      [['cd-ip-centre', 1, 2]],
    );
    const byItem = await storage.ratingsBy('item', '2026-11-01', '2026-11-30');
    assert.deepEqual(
      byItem.map((r) => [r.key, r.count, r.average]),
      [['tm-renewal', 2, 3]],
    );
  });

  it('erases one requester’s personal data and purges by retention', async () => {
    assert.equal(await storage.eraseConsultation('YZ-20261124-AAAAA1', '2026-11-26T00:00:00.000Z'), true);
    assert.equal(await storage.eraseConsultation('YZ-20261124-AAAAA1', '2026-11-26T00:00:00.000Z'), false);
    const erased = await storage.getConsultation('YZ-20261124-AAAAA1');
    assert.equal(erased?.contactMobile, null);
    assert.equal(erased?.question, null);
    assert.equal(erased?.topic, 'trademark');
    assert.equal(erased?.erasedAt, '2026-11-26T00:00:00.000Z');
    assert.equal((await storage.ratingsFor('YZ-20261124-AAAAA1'))[0]?.comment, null);

    const result = await storage.purge({
      personalDataBefore: '2026-11-25T00:00:00.000Z',
      idempotencyBefore: '2999-01-01T00:00:00.000Z',
      now: '2026-11-27T00:00:00.000Z',
    });
    assert.equal(result.consultationsErased, 3);
    assert.ok(result.idempotencyDeleted >= 4);
    const { rows } = await storage.listConsultations({ limit: 50, offset: 0 });
    assert.ok(rows.every((r) => r.contactMobile === null && r.question === null && r.erasedAt !== null));
  });

  it('keeps no text on an erased case: the write refuses it, a repeat erasure and the purge remove any', async () => {
    const ref = 'YZ-20261124-AAAAB1';
    const erasedAt = '2026-11-26T00:00:00.000Z';
    await storage.createConsultation(consultation(ref), claim('consultation', 'key-b1-erase', { b: 1 }, 201, {}));
    assert.equal(await storage.eraseConsultation(ref, erasedAt), true);
    const audit = { at: erasedAt, staffId: null, action: 'consultation.answer', target: ref, detail: {} };
    const answer = {
      status: 'answered' as const,
      updatedAt: erasedAt,
      answerText: '请致电王女士',
      answeredAt: erasedAt,
    };
    assert.equal(await storage.transition(ref, ['received'], answer, audit), false);
    const note = { status: 'escalated' as const, updatedAt: erasedAt, escalationNote: '王女士 13800138000' };
    assert.equal(await storage.transition(ref, ['received'], note, audit), false);
    assert.equal((await storage.getConsultation(ref))?.answerText, null);

    // Text that reached the case anyway (a version without that check, a manual edit) goes on a
    // repeat erasure, and on the next purge whatever the case's age; so do rating comments.
    const raw: Driver = isPostgresUrl(db) ? openPostgres(db) : openSqlite(db);
    const leave = () =>
      raw.run('UPDATE consultations SET answer_text = ?, escalation_note = ?, contact_name = ? WHERE reference = ?', [
        '答复',
        '备注',
        '王女士',
        ref,
      ]);
    try {
      await leave();
      assert.equal(await storage.eraseConsultation(ref, '2026-11-27T00:00:00.000Z'), false);
      let row = await storage.getConsultation(ref);
      assert.deepEqual(
        [row?.answerText, row?.escalationNote, row?.contactName, row?.erasedAt],
        [null, null, null, erasedAt],
      );

      await leave();
      await storage.createRating(
        rating('RT-20', {
          targetType: 'consultation',
          targetId: ref,
          consultationRef: ref,
          comment: '王女士的意见',
          createdAt: '2026-11-27T00:00:00.000Z',
        }),
      );
      const result = await storage.purge({
        personalDataBefore: '2000-01-01T00:00:00.000Z',
        idempotencyBefore: '2000-01-01T00:00:00.000Z',
        now: '2026-11-27T00:00:00.000Z',
      });
      assert.equal(result.consultationsErased, 1);
      assert.equal(result.ratingCommentsErased, 1);
      row = await storage.getConsultation(ref);
      assert.deepEqual(
        [row?.answerText, row?.escalationNote, row?.contactName, row?.erasedAt],
        [null, null, null, erasedAt],
      );
      assert.equal((await storage.ratingsFor(ref))[0]?.comment, null);
    } finally {
      await raw.close();
    }
  });
});

describeEachBackend('storage: staff accounts', (backend) => {
  let storage: Storage;
  let done: () => Promise<void>;
  before(async () => {
    ({ storage, done } = await freshStorage(backend));
  });
  after(async () => done?.());

  const account = (username: string, role: 'admin' | 'agent') =>
    storage.createStaff({
      username,
      displayName: username,
      passwordHash: `scrypt$${username}`,
      role,
      outletIds: role === 'agent' ? ['cd-ip-centre'] : [],
      createdAt: T0,
    });
  const session = (idHash: string, staffId: number) =>
    storage.createSession({
      idHash,
      staffId,
      csrfToken: 'c',
      createdAt: T0,
      lastSeenAt: T0,
      expiresAt: '2026-11-24T10:00:00.000Z',
    });
  const audit = (action: string, target: string) => ({ at: T0, staffId: null, action, target, detail: {} });

  it('disables and re-enables an account, ending its sessions and auditing both in the same transaction', async () => {
    const agent = await account('agent', 'agent');
    await session('a1', agent);
    await session('a2', agent);
    assert.equal(await storage.setStaffDisabled(agent, true, audit('staff.disable', 'agent')), 'changed');
    assert.equal((await storage.staffById(agent))?.disabled, true);
    assert.equal(await storage.getSession('a1'), null);
    assert.equal(await storage.getSession('a2'), null);
    assert.equal(await storage.setStaffDisabled(agent, true, audit('staff.disable', 'agent')), 'unchanged');
    // A session row left from before (say, the account was disabled by hand) does not come back.
    await session('a3', agent);
    assert.equal(await storage.setStaffDisabled(agent, false, audit('staff.enable', 'agent')), 'changed');
    assert.equal((await storage.staffById(agent))?.disabled, false);
    assert.equal(await storage.getSession('a3'), null);
    assert.equal(await storage.setStaffDisabled(9999, true, audit('staff.disable', 'nobody')), 'unchanged');
    assert.deepEqual(
      (await storage.listAudit(10, 0)).map((e) => [e.action, e.detail]),
      [
        ['staff.enable', { sessionsEnded: 1 }],
        ['staff.disable', { sessionsEnded: 2 }],
      ],
    );
  });

  it('replaces a password hash and ends every session but the one kept', async () => {
    const agent = (await storage.staffByUsername('agent'))!.id;
    await session('b1', agent);
    await session('b2', agent);
    assert.equal(
      await storage.setStaffPassword(agent, 'scrypt$new', audit('staff.reset-password', 'agent'), 'b2'),
      true,
    );
    assert.equal((await storage.staffById(agent))?.passwordHash, 'scrypt$new');
    assert.equal(await storage.getSession('b1'), null);
    assert.ok(await storage.getSession('b2'));
    assert.equal(await storage.setStaffPassword(agent, 'scrypt$newer', audit('staff.reset-password', 'agent')), true);
    assert.equal(await storage.getSession('b2'), null);
    assert.equal(await storage.setStaffPassword(9999, 'scrypt$x', audit('staff.reset-password', 'nobody')), false);
    assert.deepEqual((await storage.listAudit(1, 0))[0]?.detail, { sessionsEnded: 1 });
  });

  it('never disables the last enabled administrator, also when two disable each other at once', async () => {
    const first = await account('first.admin', 'admin');
    assert.equal(await storage.setStaffDisabled(first, true, audit('staff.disable', 'first.admin')), 'last-admin');
    assert.equal((await storage.staffById(first))?.disabled, false);
    const second = await account('second.admin', 'admin');
    for (let round = 0; round < 10; round++) {
      const outcomes = await Promise.all([
        storage.setStaffDisabled(first, true, audit('staff.disable', 'first.admin')),
        storage.setStaffDisabled(second, true, audit('staff.disable', 'second.admin')),
      ]);
      assert.deepEqual([...outcomes].sort(), ['changed', 'last-admin'], `round ${round}`);
      const enabled = (await storage.listStaff()).filter((s) => s.role === 'admin' && !s.disabled);
      assert.equal(enabled.length, 1, `round ${round}`);
      await storage.setStaffDisabled(first, false, audit('staff.enable', 'first.admin'));
      await storage.setStaffDisabled(second, false, audit('staff.enable', 'second.admin'));
    }
  });
});
