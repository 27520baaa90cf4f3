import type { Category, ConsultationStatus, IntakeChannel, RatingTargetType, ReplyChannel } from '@yizhan/catalogue';
import type { IdempotencyClaim } from '../domain/idempotency.js';

/**
 * The one storage interface of the intake server. SQLite (embedded default) and PostgreSQL
 * implement it; the contract tests in test/storage.test.ts run against both. Timestamps are
 * ISO 8601 strings in UTC, dates `YYYY-MM-DD` in Asia/Shanghai, so both back ends round-trip
 * the same values.
 */
export type DbKind = 'sqlite' | 'postgres';

export interface NewConsultation {
  reference: string;
  tokenHash: string;
  ratingTokenHash: string;
  topic: Category;
  itemId: string | null;
  outletId: string | null;
  channel: IntakeChannel;
  locale: string;
  question: string;
  contactName: string | null;
  contactMobile: string | null;
  contactEmail: string | null;
  replyChannel: ReplyChannel;
  consentVersion: string;
  consentAt: string;
  createdAt: string;
  dueDate: string;
}

export interface ConsultationRecord {
  reference: string;
  tokenHash: string;
  ratingTokenHash: string;
  topic: Category;
  itemId: string | null;
  outletId: string | null;
  channel: IntakeChannel;
  locale: string;
  /** Null once erased (by the requester or the retention purge). */
  question: string | null;
  contactName: string | null;
  contactMobile: string | null;
  contactEmail: string | null;
  replyChannel: ReplyChannel;
  consentVersion: string;
  consentAt: string;
  status: ConsultationStatus;
  createdAt: string;
  dueDate: string;
  assignedTo: number | null;
  answerText: string | null;
  answeredAt: string | null;
  answeredBy: number | null;
  escalationNote: string | null;
  updatedAt: string;
  erasedAt: string | null;
}

/** The first answer stands: a replay returns it, a different body under the same key conflicts. */
export type IdempotentOutcome =
  { outcome: 'created' } | { outcome: 'replay'; status: number; sealedBody: string } | { outcome: 'conflict' };

/** Thrown when a freshly drawn reference already exists; the caller draws another. */
export class ReferenceTakenError extends Error {
  constructor() {
    super('reference already taken');
  }
}

export interface NewRating {
  id: string;
  tokenHash: string;
  requestHash: string;
  targetType: RatingTargetType;
  targetId: string;
  /** Set when the target is a consultation. */
  consultationRef: string | null;
  itemId: string | null;
  outletId: string | null;
  level: number;
  tags: string[];
  comment: string | null;
  channel: IntakeChannel;
  locale: string;
  createdAt: string;
  day: string;
  /** Opened in the same transaction for bad ratings. */
  rectification: { id: string; dueDate: string } | null;
}

export interface RatingRecord {
  id: string;
  targetType: RatingTargetType;
  targetId: string;
  consultationRef: string | null;
  itemId: string | null;
  outletId: string | null;
  level: number;
  tags: string[];
  comment: string | null;
  channel: IntakeChannel;
  createdAt: string;
  day: string;
  requestHash: string;
  rectification: { id: string; dueDate: string } | null;
}

export type RatingOutcome =
  { outcome: 'created' } | { outcome: 'replay'; rating: RatingRecord } | { outcome: 'conflict' };

export type CounterKind = 'search' | 'zero' | 'view' | 'select';

/** One per-day counter increment; events are folded into these before they reach storage. */
export interface CounterIncrement {
  day: string;
  kind: CounterKind;
  key: string;
  channel: IntakeChannel;
  count: number;
}

export type Role = 'agent' | 'admin';

export interface StaffRecord {
  id: number;
  username: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  outletIds: string[];
  createdAt: string;
  disabled: boolean;
}

export interface NewStaff {
  username: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  outletIds: string[];
  createdAt: string;
}

/**
 * What became of a change to an account: made; nothing to change (already in that state, or no
 * such account); or refused because it would leave no enabled administrator.
 */
export type StaffChange = 'changed' | 'unchanged' | 'last-admin';

export interface SessionRecord {
  idHash: string;
  staffId: number;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export interface AuditEntry {
  at: string;
  staffId: number | null;
  action: string;
  target: string | null;
  detail: Record<string, unknown>;
}

export interface AuditRecord extends AuditEntry {
  id: number;
  staffUsername: string | null;
}

export interface ConsultationFilter {
  status?: ConsultationStatus | undefined;
  outletId?: string | undefined;
  topic?: Category | undefined;
  /** Open cases due before this Shanghai date. */
  overdueOn?: string | undefined;
  /** Role scoping: only these outlets (agents). Undefined means every outlet (admins). */
  scopeOutletIds?: readonly string[] | undefined;
  limit: number;
  offset: number;
}

export interface ConsultationPatch {
  status: ConsultationStatus;
  assignedTo?: number | null;
  answerText?: string;
  answeredAt?: string;
  answeredBy?: number;
  escalationNote?: string;
  updatedAt: string;
}

export interface RectificationRecord {
  id: string;
  ratingId: string;
  targetType: RatingTargetType;
  targetId: string;
  consultationRef: string | null;
  itemId: string | null;
  outletId: string | null;
  level: number;
  tags: string[];
  comment: string | null;
  dueDate: string;
  status: 'open' | 'resolved';
  resolutionNote: string | null;
  resolvedAt: string | null;
  resolvedBy: number | null;
  createdAt: string;
}

export interface CountRow {
  key: string;
  count: number;
}

export interface RatingAggregate {
  key: string;
  count: number;
  average: number;
  bad: number;
}

export interface PurgeResult {
  consultationsErased: number;
  ratingCommentsErased: number;
  idempotencyDeleted: number;
  sessionsDeleted: number;
}

export interface Storage {
  readonly kind: DbKind;
  /** Apply pending migrations; returns the versions applied now. */
  migrate(): Promise<number[]>;
  close(): Promise<void>;
  ping(): Promise<boolean>;

  // Intake
  createConsultation(row: NewConsultation, claim: IdempotencyClaim): Promise<IdempotentOutcome>;
  getConsultation(reference: string): Promise<ConsultationRecord | null>;
  /**
   * Empty the requester's personal data; true the first time. A repeat keeps the first time but
   * empties again any text that reached the case since.
   */
  eraseConsultation(reference: string, at: string): Promise<boolean>;
  ratingsFor(consultationRef: string): Promise<RatingRecord[]>;
  createRating(row: NewRating): Promise<RatingOutcome>;
  /** Add counters in one transaction; with a claim, at most once per idempotency key. */
  recordCounters(increments: CounterIncrement[], claim: IdempotencyClaim | null): Promise<IdempotentOutcome>;

  // Console
  createStaff(staff: NewStaff): Promise<number>;
  staffByUsername(username: string): Promise<StaffRecord | null>;
  staffById(id: number): Promise<StaffRecord | null>;
  listStaff(): Promise<StaffRecord[]>;
  countStaff(): Promise<number>;
  createSession(session: SessionRecord): Promise<void>;
  getSession(idHash: string): Promise<SessionRecord | null>;
  touchSession(idHash: string, lastSeenAt: string): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  /**
   * Disable or re-enable an account and end its sessions, with the audit entry (its detail gains
   * `sessionsEnded`), in one transaction. Re-enabling ends sessions too, so none from before the
   * account was disabled comes back. Disabling the last enabled administrator is refused, also
   * when two administrators disable each other at the same moment.
   */
  setStaffDisabled(id: number, disabled: boolean, audit: AuditEntry): Promise<StaffChange>;
  /**
   * Replace an account's password hash and end its sessions, except `keepSessionIdHash` (the
   * administrator who reset their own password stays signed in here), with the audit entry (its
   * detail gains `sessionsEnded`), in one transaction. False when there is no such account.
   */
  setStaffPassword(id: number, passwordHash: string, audit: AuditEntry, keepSessionIdHash?: string): Promise<boolean>;
  listConsultations(filter: ConsultationFilter): Promise<{ rows: ConsultationRecord[]; total: number }>;
  /**
   * Change a case only if its status is one of `from` and, when the patch writes an answer or an
   * escalation note, only if its data was not erased; with the audit entry in the same transaction.
   */
  transition(
    reference: string,
    from: readonly ConsultationStatus[],
    patch: ConsultationPatch,
    audit: AuditEntry,
  ): Promise<boolean>;
  listRectifications(filter: {
    status?: 'open' | 'resolved' | undefined;
    scopeOutletIds?: readonly string[] | undefined;
    limit: number;
  }): Promise<RectificationRecord[]>;
  getRectification(id: string): Promise<RectificationRecord | null>;
  resolveRectification(id: string, note: string, by: number, at: string, audit: AuditEntry): Promise<boolean>;
  appendAudit(entry: AuditEntry): Promise<void>;
  listAudit(limit: number, offset: number): Promise<AuditRecord[]>;

  // Dashboard (days are inclusive Shanghai dates)
  topCounters(kind: CounterKind, fromDay: string, toDay: string, limit: number): Promise<CountRow[]>;
  countersByDay(kind: CounterKind, fromDay: string, toDay: string): Promise<CountRow[]>;
  ratingsBy(
    dimension: 'day' | 'item' | 'outlet',
    fromDay: string,
    toDay: string,
    scopeOutletIds?: readonly string[],
  ): Promise<RatingAggregate[]>;

  // Retention (also empties erased cases, whatever their age, of any text that reached them since)
  purge(options: { personalDataBefore: string; idempotencyBefore: string; now: string }): Promise<PurgeResult>;
}
