import type {
  AuditRecord,
  ConsultationRecord,
  RatingRecord,
  RectificationRecord,
  SessionRecord,
  StaffRecord,
} from './types.js';

/** Raw rows as either driver returns them: snake_case, PostgreSQL's Date and bigint-as-text. */
export type Row = Record<string, unknown>;

/** TIMESTAMPTZ arrives as Date from pg and as ISO text from SQLite; both leave as ISO text. */
export function iso(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}
const isoOrNull = (value: unknown): string | null => (value == null ? null : iso(value));
const text = (value: unknown): string | null => (value == null ? null : String(value));
const num = (value: unknown): number | null => (value == null ? null : Number(value));

function jsonArray(value: unknown): string[] {
  try {
    const parsed: unknown = JSON.parse(String(value ?? '[]'));
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

export function consultationFromRow(r: Row): ConsultationRecord {
  return {
    reference: String(r['reference']),
    tokenHash: String(r['token_hash']),
    ratingTokenHash: String(r['rating_token_hash']),
    topic: r['topic'] as ConsultationRecord['topic'],
    itemId: text(r['item_id']),
    outletId: text(r['outlet_id']),
    channel: r['channel'] as ConsultationRecord['channel'],
    locale: String(r['locale']),
    question: text(r['question']),
    contactName: text(r['contact_name']),
    contactMobile: text(r['contact_mobile']),
    contactEmail: text(r['contact_email']),
    replyChannel: r['reply_channel'] as ConsultationRecord['replyChannel'],
    consentVersion: String(r['consent_version']),
    consentAt: iso(r['consent_at']),
    status: r['status'] as ConsultationRecord['status'],
    createdAt: iso(r['created_at']),
    dueDate: String(r['due_date']),
    assignedTo: num(r['assigned_to']),
    answerText: text(r['answer_text']),
    answeredAt: isoOrNull(r['answered_at']),
    answeredBy: num(r['answered_by']),
    escalationNote: text(r['escalation_note']),
    updatedAt: iso(r['updated_at']),
    erasedAt: isoOrNull(r['erased_at']),
  };
}

export function ratingFromRow(r: Row): RatingRecord {
  return {
    id: String(r['id']),
    targetType: r['target_type'] as RatingRecord['targetType'],
    targetId: String(r['target_id']),
    consultationRef: text(r['consultation_ref']),
    itemId: text(r['item_id']),
    outletId: text(r['outlet_id']),
    level: Number(r['level']),
    tags: jsonArray(r['tags']),
    comment: text(r['comment']),
    channel: r['channel'] as RatingRecord['channel'],
    createdAt: iso(r['created_at']),
    day: String(r['day']),
    requestHash: String(r['request_hash']),
    rectification:
      r['rectification_id'] == null
        ? null
        : { id: String(r['rectification_id']), dueDate: String(r['rectification_due']) },
  };
}

export function rectificationFromRow(r: Row): RectificationRecord {
  return {
    id: String(r['id']),
    ratingId: String(r['rating_id']),
    targetType: r['target_type'] as RectificationRecord['targetType'],
    targetId: String(r['target_id']),
    consultationRef: text(r['consultation_ref']),
    itemId: text(r['item_id']),
    outletId: text(r['outlet_id']),
    level: Number(r['level']),
    tags: jsonArray(r['tags']),
    comment: text(r['comment']),
    dueDate: String(r['due_date']),
    status: r['status'] as RectificationRecord['status'],
    resolutionNote: text(r['resolution_note']),
    resolvedAt: isoOrNull(r['resolved_at']),
    resolvedBy: num(r['resolved_by']),
    createdAt: iso(r['created_at']),
  };
}

export function staffFromRow(r: Row): StaffRecord {
  return {
    id: Number(r['id']),
    username: String(r['username']),
    displayName: String(r['display_name']),
    passwordHash: String(r['password_hash']),
    role: r['role'] as StaffRecord['role'],
    outletIds: jsonArray(r['outlet_ids']),
    createdAt: iso(r['created_at']),
    disabled: Number(r['disabled']) === 1,
  };
}

export function sessionFromRow(r: Row): SessionRecord {
  return {
    idHash: String(r['id_hash']),
    staffId: Number(r['staff_id']),
    csrfToken: String(r['csrf_token']),
    createdAt: iso(r['created_at']),
    lastSeenAt: iso(r['last_seen_at']),
    expiresAt: iso(r['expires_at']),
  };
}

export function auditFromRow(r: Row): AuditRecord {
  let detail: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(String(r['detail'] ?? '{}'));
    if (parsed && typeof parsed === 'object') detail = parsed as Record<string, unknown>;
  } catch {
    // A hand-edited row must not break the audit page.
  }
  return {
    id: Number(r['id']),
    at: iso(r['at']),
    staffId: num(r['staff_id']),
    staffUsername: text(r['username']),
    action: String(r['action']),
    target: text(r['target']),
    detail,
  };
}
