import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CALENDAR } from '../src/domain/calendar.js';
import { addWorkingDays, isOverdue, isWorkingDay, shanghaiDate } from '../src/domain/working-days.js';
import { newReference } from '../src/domain/ids.js';
import { normalizeQuery } from '../src/domain/query.js';
import { claim, seal, unseal, idempotencyKeyHash } from '../src/domain/idempotency.js';
import { canTransition } from '../src/domain/status.js';
import { REFERENCE_PATTERN } from '@yizhan/catalogue';

describe('working days in Asia/Shanghai', () => {
  it('takes the Shanghai calendar date, whatever the server’s zone', () => {
    assert.equal(shanghaiDate(new Date('2026-11-24T15:59:59Z')), '2026-11-24');
    assert.equal(shanghaiDate(new Date('2026-11-24T16:00:00Z')), '2026-11-25');
  });
  it('skips weekends', () => {
    assert.equal(addWorkingDays('2026-11-24', 3, DEFAULT_CALENDAR), '2026-11-27');
    assert.equal(addWorkingDays('2026-11-26', 3, DEFAULT_CALENDAR), '2026-12-01');
    assert.equal(addWorkingDays('2026-11-28', 0, DEFAULT_CALENDAR), '2026-11-30');
  });
  it('skips the National Day week and counts the adjusted Saturday (调休)', () => {
    assert.equal(isWorkingDay('2026-10-01', DEFAULT_CALENDAR), false);
    assert.equal(isWorkingDay('2026-10-10', DEFAULT_CALENDAR), true);
    // Received 30 September: 8 Oct, 9 Oct, then Saturday 10 Oct which is a working day.
    assert.equal(addWorkingDays('2026-09-30', 3, DEFAULT_CALENDAR), '2026-10-10');
    // Spring Festival 2026: 15–23 February off, Saturday 14 and 28 February worked.
    assert.equal(addWorkingDays('2026-02-13', 1, DEFAULT_CALENDAR), '2026-02-14');
    assert.equal(addWorkingDays('2026-02-14', 1, DEFAULT_CALENDAR), '2026-02-24');
  });
  it('uses the configured calendar', () => {
    const calendar = { holidays: ['2027-01-01'], workdays: [] };
    assert.equal(addWorkingDays('2026-12-31', 1, calendar), '2027-01-04');
  });
  it('marks open cases past their date as overdue', () => {
    const now = new Date('2026-11-28T01:00:00Z');
    assert.equal(isOverdue('2026-11-27', 'received', now), true);
    assert.equal(isOverdue('2026-11-27', 'answered', now), false);
    assert.equal(isOverdue('2026-11-28', 'assigned', now), false);
  });
});

describe('references, queries, idempotency records', () => {
  it('draws references in the documented form', () => {
    for (let i = 0; i < 200; i++) assert.match(newReference(new Date('2026-11-24T02:00:00Z')), REFERENCE_PATTERN);
  });
  it('normalizes queries and masks numbers and addresses people type', () => {
    assert.equal(normalizeQuery('  商标　续展  '), '商标 续展');
    assert.equal(normalizeQuery('ＰＡＴＥＮＴ Fee'), 'patent fee');
    assert.equal(normalizeQuery('身份证 11010519491231002X'), '身份证 #');
    assert.equal(normalizeQuery('138 0013 8000 回电'), '# 回电');
    assert.equal(normalizeQuery('联系 wang@example.cn'), '联系 ＠');
    assert.equal(normalizeQuery('第35类'), '第35类');
    assert.equal([...normalizeQuery('长'.repeat(100))].length, 64);
    assert.equal(normalizeQuery('\u0000\u200b'), '');
  });
  it('masks long digit runs whatever separates the digit groups', () => {
    for (const phone of [
      '138.0013.8000',
      '138_0013_8000',
      '138-0013-8000',
      '138 - 0013 - 8000',
      '138/0013/8000',
      '138·0013·8000',
      '138–0013—8000',
      '１３８．００１３．８０００',
      '１３８＿００１３＿８０００',
      '138\u00a00013\u30008000',
    ]) {
      assert.equal(normalizeQuery(`回电 ${phone} 谢谢`), '回电 # 谢谢', phone);
    }
    assert.equal(normalizeQuery('身份证 110105.19491231.002x'), '身份证 #');
    // Short numbers and the words around numbers stay.
    assert.equal(normalizeQuery('第35类 2.5 万元'), '第35类 2.5 万元');
    assert.equal(normalizeQuery('2025年 12 月'), '2025年 12 月');
    assert.equal(normalizeQuery('v1.2.3_beta'), 'v1.2.3_beta');
  });
  it('seals a stored answer so only the key holder can read it', () => {
    const sealed = seal('key-1', 'consultation', { token: 'secret' });
    assert.doesNotMatch(sealed, /secret/);
    assert.deepEqual(unseal('key-1', 'consultation', sealed), { token: 'secret' });
    assert.throws(() => unseal('key-2', 'consultation', sealed));
    assert.notEqual(idempotencyKeyHash('consultation', 'key-1'), idempotencyKeyHash('events', 'key-1'));
    assert.equal(
      claim('s', 'k', { a: 1, b: 2 }, 201, {}).requestHash,
      claim('s', 'k', { b: 2, a: 1 }, 201, {}).requestHash,
    );
  });
  it('allows only the documented status changes', () => {
    assert.equal(canTransition('answer', 'received'), true);
    assert.equal(canTransition('answer', 'closed'), false);
    assert.equal(canTransition('escalate', 'answered'), false);
    assert.equal(canTransition('close', 'answered'), true);
  });
});
