import type { ConsultationStatus } from '@yizhan/catalogue';
import type { IdempotencyClaim } from '../domain/idempotency.js';
import type { Driver, Queryable } from './driver.js';
import {
  auditFromRow,
  consultationFromRow,
  ratingFromRow,
  rectificationFromRow,
  sessionFromRow,
  staffFromRow,
  type Row,
} from './rows.js';
import {
  ReferenceTakenError,
  type AuditEntry,
  type ConsultationFilter,
  type ConsultationPatch,
  type CounterIncrement,
  type CounterKind,
  type IdempotentOutcome,
  type NewConsultation,
  type NewRating,
  type NewStaff,
  type PurgeResult,
  type RatingOutcome,
  type SessionRecord,
  type StaffChange,
  type Storage,
} from './types.js';

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** The personal data of a consultation: what erasure (by the requester or retention) empties. */
const ERASE_PERSONAL_DATA = `question = NULL, contact_name = NULL, contact_mobile = NULL, contact_email = NULL,
  answer_text = NULL, escalation_note = NULL`;

/**
 * An erased case that holds text again: written after the erasure by a version without the
 * check in `transition`, or by hand. A repeat erasure and every purge empty it once more.
 */
const TEXT_AFTER_ERASURE = `erased_at IS NOT NULL AND (question IS NOT NULL OR contact_name IS NOT NULL
  OR contact_mobile IS NOT NULL OR contact_email IS NOT NULL OR answer_text IS NOT NULL OR escalation_note IS NOT NULL)`;

/**
 * The storage contract in SQL both SQLite and PostgreSQL accept. Everything that must be
 * atomic (an idempotency claim with the row it guards, a rating with its rectification case,
 * a staff action with its audit entry) happens in one transaction, and uniqueness is enforced
 * by the database's own constraints, so it holds across processes and server instances.
 */
export class SqlStorage implements Storage {
  constructor(private readonly db: Driver) {}

  get kind() {
    return this.db.kind;
  }

  migrate() {
    return this.db.migrate();
  }

  close() {
    return this.db.close();
  }

  async ping(): Promise<boolean> {
    try {
      await this.db.all('SELECT 1 AS ok');
      return true;
    } catch {
      return false;
    }
  }

  /** Claim an idempotency key inside `tx`; null when claimed now, else what the first request got. */
  private async claimKey(tx: Queryable, claim: IdempotencyClaim, at: string): Promise<IdempotentOutcome | null> {
    const inserted = await tx.all(
      `INSERT INTO idempotency_keys (scope, key_hash, request_hash, status, body, created_at)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (scope, key_hash) DO NOTHING RETURNING scope`,
      [claim.scope, claim.keyHash, claim.requestHash, claim.status, claim.sealedBody, at],
    );
    if (inserted.length > 0) return null;
    // In PostgreSQL the INSERT above waited for a concurrent holder of the key to commit, so
    // this read (a new snapshot under READ COMMITTED) sees its row.
    const [existing] = await tx.all<Row>(
      'SELECT request_hash, status, body FROM idempotency_keys WHERE scope = ? AND key_hash = ?',
      [claim.scope, claim.keyHash],
    );
    if (!existing) throw new Error('idempotency row vanished');
    if (existing['request_hash'] !== claim.requestHash) return { outcome: 'conflict' };
    return { outcome: 'replay', status: Number(existing['status']), sealedBody: String(existing['body']) };
  }

  createConsultation(row: NewConsultation, claim: IdempotencyClaim): Promise<IdempotentOutcome> {
    return this.db.transaction(async (tx) => {
      const earlier = await this.claimKey(tx, claim, row.createdAt);
      if (earlier) return earlier;
      try {
        await tx.run(
          `INSERT INTO consultations (reference, token_hash, rating_token_hash, topic, item_id, outlet_id, channel,
             locale, question, contact_name, contact_mobile, contact_email, reply_channel, consent_version,
             consent_at, status, created_at, due_date, updated_at)
           VALUES (${marks(19)})`,
          [
            row.reference,
            row.tokenHash,
            row.ratingTokenHash,
            row.topic,
            row.itemId,
            row.outletId,
            row.channel,
            row.locale,
            row.question,
            row.contactName,
            row.contactMobile,
            row.contactEmail,
            row.replyChannel,
            row.consentVersion,
            row.consentAt,
            'received',
            row.createdAt,
            row.dueDate,
            row.createdAt,
          ],
        );
      } catch (error) {
        if (this.db.isUniqueViolation(error)) throw new ReferenceTakenError();
        throw error;
      }
      return { outcome: 'created' as const };
    });
  }

  async getConsultation(reference: string) {
    const [row] = await this.db.all<Row>('SELECT * FROM consultations WHERE reference = ?', [reference]);
    return row ? consultationFromRow(row) : null;
  }

  eraseConsultation(reference: string, at: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const changed = await tx.run(
        `UPDATE consultations SET ${ERASE_PERSONAL_DATA}, erased_at = ?, updated_at = ?
         WHERE reference = ? AND erased_at IS NULL`,
        [at, at, reference],
      );
      // A repeat keeps the first erasure's time but still empties whatever text came after it.
      if (changed === 0) {
        await tx.run(`UPDATE consultations SET ${ERASE_PERSONAL_DATA} WHERE reference = ? AND ${TEXT_AFTER_ERASURE}`, [
          reference,
        ]);
      }
      await tx.run('UPDATE ratings SET comment = NULL WHERE consultation_ref = ?', [reference]);
      return changed > 0;
    });
  }

  async ratingsFor(consultationRef: string) {
    const rows = await this.db.all<Row>(
      `SELECT r.*, x.id AS rectification_id, x.due_date AS rectification_due
       FROM ratings r LEFT JOIN rectifications x ON x.rating_id = r.id
       WHERE r.consultation_ref = ? ORDER BY r.created_at`,
      [consultationRef],
    );
    return rows.map(ratingFromRow);
  }

  createRating(row: NewRating): Promise<RatingOutcome> {
    return this.db.transaction(async (tx) => {
      let inserted: Row[];
      try {
        inserted = await tx.all(
          `INSERT INTO ratings (id, token_hash, request_hash, target_type, target_id, consultation_ref, item_id,
             outlet_id, level, tags, comment, channel, locale, created_at, day)
           VALUES (${marks(15)}) ON CONFLICT (token_hash) DO NOTHING RETURNING id`,
          [
            row.id,
            row.tokenHash,
            row.requestHash,
            row.targetType,
            row.targetId,
            row.consultationRef,
            row.itemId,
            row.outletId,
            row.level,
            JSON.stringify(row.tags),
            row.comment,
            row.channel,
            row.locale,
            row.createdAt,
            row.day,
          ],
        );
      } catch (error) {
        if (this.db.isUniqueViolation(error)) throw new ReferenceTakenError();
        throw error;
      }
      if (inserted.length === 0) {
        const [existing] = await tx.all<Row>(
          `SELECT r.*, x.id AS rectification_id, x.due_date AS rectification_due
           FROM ratings r LEFT JOIN rectifications x ON x.rating_id = r.id WHERE r.token_hash = ?`,
          [row.tokenHash],
        );
        if (!existing) throw new Error('rating row vanished');
        const rating = ratingFromRow(existing);
        return rating.requestHash === row.requestHash
          ? { outcome: 'replay' as const, rating }
          : { outcome: 'conflict' as const };
      }
      if (row.rectification) {
        await tx.run(
          'INSERT INTO rectifications (id, rating_id, due_date, status, created_at) VALUES (?, ?, ?, ?, ?)',
          [row.rectification.id, row.id, row.rectification.dueDate, 'open', row.createdAt],
        );
      }
      return { outcome: 'created' as const };
    });
  }

  recordCounters(increments: CounterIncrement[], claim: IdempotencyClaim | null): Promise<IdempotentOutcome> {
    // One lock order for every writer, so two batches touching the same counters cannot deadlock.
    const sorted = [...increments].sort((a, b) =>
      `${a.day}\u0000${a.kind}\u0000${a.key}\u0000${a.channel}` <
      `${b.day}\u0000${b.kind}\u0000${b.key}\u0000${b.channel}`
        ? -1
        : 1,
    );
    return this.db.transaction(async (tx) => {
      if (claim) {
        const earlier = await this.claimKey(tx, claim, new Date().toISOString());
        if (earlier) return earlier;
      }
      if (sorted.length > 0) {
        await tx.run(
          `INSERT INTO demand_counters (day, kind, key, channel, count)
           VALUES ${sorted.map(() => '(?, ?, ?, ?, ?)').join(', ')}
           ON CONFLICT (day, kind, key, channel) DO UPDATE SET count = demand_counters.count + excluded.count`,
          sorted.flatMap((c) => [c.day, c.kind, c.key, c.channel, c.count]),
        );
      }
      return { outcome: 'created' as const };
    });
  }

  // -------------------------------------------------------------------------------------------
  // Staff and sessions

  async createStaff(staff: NewStaff): Promise<number> {
    const [row] = await this.db.all<Row>(
      `INSERT INTO staff (username, display_name, password_hash, role, outlet_ids, created_at, disabled)
       VALUES (?, ?, ?, ?, ?, ?, 0) RETURNING id`,
      [
        staff.username,
        staff.displayName,
        staff.passwordHash,
        staff.role,
        JSON.stringify(staff.outletIds),
        staff.createdAt,
      ],
    );
    return Number(row?.['id']);
  }

  async staffByUsername(username: string) {
    const [row] = await this.db.all<Row>('SELECT * FROM staff WHERE username = ?', [username]);
    return row ? staffFromRow(row) : null;
  }

  async staffById(id: number) {
    const [row] = await this.db.all<Row>('SELECT * FROM staff WHERE id = ?', [id]);
    return row ? staffFromRow(row) : null;
  }

  async listStaff() {
    return (await this.db.all<Row>('SELECT * FROM staff ORDER BY username')).map(staffFromRow);
  }

  async countStaff() {
    const [row] = await this.db.all<Row>('SELECT COUNT(*) AS n FROM staff');
    return Number(row?.['n'] ?? 0);
  }

  async createSession(s: SessionRecord) {
    await this.db.run(
      'INSERT INTO sessions (id_hash, staff_id, csrf_token, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
      [s.idHash, s.staffId, s.csrfToken, s.createdAt, s.lastSeenAt, s.expiresAt],
    );
  }

  async getSession(idHash: string) {
    const [row] = await this.db.all<Row>('SELECT * FROM sessions WHERE id_hash = ?', [idHash]);
    return row ? sessionFromRow(row) : null;
  }

  async touchSession(idHash: string, lastSeenAt: string) {
    await this.db.run('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?', [lastSeenAt, idHash]);
  }

  async deleteSession(idHash: string) {
    await this.db.run('DELETE FROM sessions WHERE id_hash = ?', [idHash]);
  }

  setStaffDisabled(id: number, disabled: boolean, audit: AuditEntry): Promise<StaffChange> {
    return this.db.transaction(async (tx) => {
      let changed: number;
      if (disabled) {
        // Two administrators disabling each other at once must not leave none. Each statement
        // below reads a fresh snapshot (PostgreSQL, READ COMMITTED), but two transactions could
        // still each see the other admin enabled and both commit. Touching every admin row first
        // takes their row locks, so such transactions run one after the other; in SQLite the
        // transaction already holds the one write lock (BEGIN IMMEDIATE) and this changes nothing.
        await tx.run("UPDATE staff SET disabled = disabled WHERE role = 'admin'");
        changed = await tx.run(
          `UPDATE staff SET disabled = 1 WHERE id = ? AND disabled = 0 AND (role <> 'admin' OR EXISTS (
             SELECT 1 FROM staff other WHERE other.role = 'admin' AND other.disabled = 0 AND other.id <> ?))`,
          [id, id],
        );
      } else {
        changed = await tx.run('UPDATE staff SET disabled = 0 WHERE id = ? AND disabled = 1', [id]);
      }
      if (changed === 0) {
        const [row] = await tx.all<Row>('SELECT role, disabled FROM staff WHERE id = ?', [id]);
        return disabled && row?.['role'] === 'admin' && Number(row['disabled']) === 0 ? 'last-admin' : 'unchanged';
      }
      const sessionsEnded = await tx.run('DELETE FROM sessions WHERE staff_id = ?', [id]);
      await this.insertAudit(tx, { ...audit, detail: { ...audit.detail, sessionsEnded } });
      return 'changed';
    });
  }

  setStaffPassword(id: number, passwordHash: string, audit: AuditEntry, keepSessionIdHash?: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const changed = await tx.run('UPDATE staff SET password_hash = ? WHERE id = ?', [passwordHash, id]);
      if (changed === 0) return false;
      const sessionsEnded = keepSessionIdHash
        ? await tx.run('DELETE FROM sessions WHERE staff_id = ? AND id_hash <> ?', [id, keepSessionIdHash])
        : await tx.run('DELETE FROM sessions WHERE staff_id = ?', [id]);
      await this.insertAudit(tx, { ...audit, detail: { ...audit.detail, sessionsEnded } });
      return true;
    });
  }

  // -------------------------------------------------------------------------------------------
  // Inbox

  async listConsultations(filter: ConsultationFilter) {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.status) {
      where.push('status = ?');
      params.push(filter.status);
    }
    if (filter.outletId) {
      where.push('outlet_id = ?');
      params.push(filter.outletId);
    }
    if (filter.topic) {
      where.push('topic = ?');
      params.push(filter.topic);
    }
    if (filter.overdueOn) {
      where.push("status NOT IN ('answered', 'closed') AND due_date < ?");
      params.push(filter.overdueOn);
    }
    if (filter.scopeOutletIds) {
      if (filter.scopeOutletIds.length === 0) where.push('1 = 0');
      else {
        where.push(`outlet_id IN (${marks(filter.scopeOutletIds.length)})`);
        params.push(...filter.scopeOutletIds);
      }
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [count] = await this.db.all<Row>(`SELECT COUNT(*) AS n FROM consultations ${clause}`, params);
    const rows = await this.db.all<Row>(
      `SELECT * FROM consultations ${clause} ORDER BY due_date, created_at LIMIT ? OFFSET ?`,
      [...params, filter.limit, filter.offset],
    );
    return { rows: rows.map(consultationFromRow), total: Number(count?.['n'] ?? 0) };
  }

  transition(
    reference: string,
    from: readonly ConsultationStatus[],
    patch: ConsultationPatch,
    audit: AuditEntry,
  ): Promise<boolean> {
    const sets = ['status = ?', 'updated_at = ?'];
    const params: unknown[] = [patch.status, patch.updatedAt];
    const optional: [keyof ConsultationPatch, string][] = [
      ['assignedTo', 'assigned_to'],
      ['answerText', 'answer_text'],
      ['answeredAt', 'answered_at'],
      ['answeredBy', 'answered_by'],
      ['escalationNote', 'escalation_note'],
    ];
    for (const [key, column] of optional) {
      if (patch[key] !== undefined) {
        sets.push(`${column} = ?`);
        params.push(patch[key]);
      }
    }
    // Text about the requester never reaches a case they erased (PIPL). Checked in the statement
    // that writes it, so an erasure between the staff member's read and this write cannot slip by.
    const writesText = patch.answerText !== undefined || patch.escalationNote !== undefined;
    return this.db.transaction(async (tx) => {
      const changed = await tx.run(
        `UPDATE consultations SET ${sets.join(', ')}
         WHERE reference = ? AND status IN (${marks(from.length)})${writesText ? ' AND erased_at IS NULL' : ''}`,
        [...params, reference, ...from],
      );
      if (changed === 0) return false;
      await this.insertAudit(tx, audit);
      return true;
    });
  }

  // -------------------------------------------------------------------------------------------
  // Rectifications

  private static readonly RECTIFICATION_SELECT = `SELECT x.*, r.target_type, r.target_id, r.consultation_ref, r.item_id,
      r.outlet_id, r.level, r.tags, r.comment
    FROM rectifications x JOIN ratings r ON r.id = x.rating_id`;

  async listRectifications(filter: {
    status?: 'open' | 'resolved' | undefined;
    scopeOutletIds?: readonly string[] | undefined;
    limit: number;
  }) {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.status) {
      where.push('x.status = ?');
      params.push(filter.status);
    }
    if (filter.scopeOutletIds) {
      if (filter.scopeOutletIds.length === 0) where.push('1 = 0');
      else {
        where.push(`r.outlet_id IN (${marks(filter.scopeOutletIds.length)})`);
        params.push(...filter.scopeOutletIds);
      }
    }
    const rows = await this.db.all<Row>(
      `${SqlStorage.RECTIFICATION_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY x.status, x.due_date, x.created_at LIMIT ?`,
      [...params, filter.limit],
    );
    return rows.map(rectificationFromRow);
  }

  async getRectification(id: string) {
    const [row] = await this.db.all<Row>(`${SqlStorage.RECTIFICATION_SELECT} WHERE x.id = ?`, [id]);
    return row ? rectificationFromRow(row) : null;
  }

  resolveRectification(id: string, note: string, by: number, at: string, audit: AuditEntry): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const changed = await tx.run(
        `UPDATE rectifications SET status = 'resolved', resolution_note = ?, resolved_at = ?, resolved_by = ?
         WHERE id = ? AND status = 'open'`,
        [note, at, by, id],
      );
      if (changed === 0) return false;
      await this.insertAudit(tx, audit);
      return true;
    });
  }

  // -------------------------------------------------------------------------------------------
  // Audit

  private async insertAudit(tx: Queryable, entry: AuditEntry) {
    await tx.run('INSERT INTO audit_log (at, staff_id, action, target, detail) VALUES (?, ?, ?, ?, ?)', [
      entry.at,
      entry.staffId,
      entry.action,
      entry.target,
      JSON.stringify(entry.detail),
    ]);
  }

  appendAudit(entry: AuditEntry) {
    return this.insertAudit(this.db, entry);
  }

  async listAudit(limit: number, offset: number) {
    const rows = await this.db.all<Row>(
      `SELECT a.*, s.username FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id
       ORDER BY a.id DESC LIMIT ? OFFSET ?`,
      [limit, offset],
    );
    return rows.map(auditFromRow);
  }

  // -------------------------------------------------------------------------------------------
  // Dashboard

  async topCounters(kind: CounterKind, fromDay: string, toDay: string, limit: number) {
    const rows = await this.db.all<Row>(
      `SELECT key, SUM(count) AS n FROM demand_counters WHERE kind = ? AND day BETWEEN ? AND ?
       GROUP BY key ORDER BY n DESC, key LIMIT ?`,
      [kind, fromDay, toDay, limit],
    );
    return rows.map((r) => ({ key: String(r['key']), count: Number(r['n']) }));
  }

  async countersByDay(kind: CounterKind, fromDay: string, toDay: string) {
    const rows = await this.db.all<Row>(
      `SELECT day, SUM(count) AS n FROM demand_counters WHERE kind = ? AND day BETWEEN ? AND ?
       GROUP BY day ORDER BY day`,
      [kind, fromDay, toDay],
    );
    return rows.map((r) => ({ key: String(r['day']), count: Number(r['n']) }));
  }

  async ratingsBy(
    dimension: 'day' | 'item' | 'outlet',
    fromDay: string,
    toDay: string,
    scopeOutletIds?: readonly string[],
  ) {
    const column = { day: 'day', item: 'item_id', outlet: 'outlet_id' }[dimension];
    const params: unknown[] = [fromDay, toDay];
    let scope = '';
    if (scopeOutletIds) {
      scope = scopeOutletIds.length ? `AND outlet_id IN (${marks(scopeOutletIds.length)})` : 'AND 1 = 0';
      params.push(...scopeOutletIds);
    }
    const rows = await this.db.all<Row>(
      `SELECT ${column} AS k, COUNT(*) AS n, AVG(level) AS average,
         SUM(CASE WHEN level <= 2 THEN 1 ELSE 0 END) AS bad
       FROM ratings WHERE day BETWEEN ? AND ? AND ${column} IS NOT NULL ${scope}
       GROUP BY ${column} ORDER BY ${dimension === 'day' ? 'k' : 'n DESC, k'}`,
      params,
    );
    return rows.map((r) => ({
      key: String(r['k']),
      count: Number(r['n']),
      average: Number(r['average']),
      bad: Number(r['bad']),
    }));
  }

  // -------------------------------------------------------------------------------------------
  // Retention

  purge(options: { personalDataBefore: string; idempotencyBefore: string; now: string }): Promise<PurgeResult> {
    return this.db.transaction(async (tx) => {
      const expired = await tx.run(
        `UPDATE consultations SET ${ERASE_PERSONAL_DATA}, erased_at = ?, updated_at = ?
         WHERE erased_at IS NULL AND created_at < ?`,
        [options.now, options.now, options.personalDataBefore],
      );
      // Erased cases, whatever their age, keep no text: neither on the case nor in its ratings.
      const refilled = await tx.run(`UPDATE consultations SET ${ERASE_PERSONAL_DATA} WHERE ${TEXT_AFTER_ERASURE}`);
      const consultationsErased = expired + refilled;
      const ratingCommentsErased = await tx.run(
        `UPDATE ratings SET comment = NULL WHERE comment IS NOT NULL
           AND (created_at < ? OR consultation_ref IN (SELECT reference FROM consultations WHERE erased_at IS NOT NULL))`,
        [options.personalDataBefore],
      );
      const idempotencyDeleted = await tx.run('DELETE FROM idempotency_keys WHERE created_at < ?', [
        options.idempotencyBefore,
      ]);
      const sessionsDeleted = await tx.run('DELETE FROM sessions WHERE expires_at < ?', [options.now]);
      return { consultationsErased, ratingCommentsErased, idempotencyDeleted, sessionsDeleted };
    });
  }
}
