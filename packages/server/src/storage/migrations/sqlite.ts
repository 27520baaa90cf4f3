import type { Migration } from '../driver.js';

/**
 * SQLite schema, versioned. Never edit a released migration: add the next one. Timestamps are
 * ISO 8601 UTC text (`toISOString()`), which sorts and compares correctly as text.
 */
export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'intake and console',
    sql: `
CREATE TABLE staff (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('agent', 'admin')),
  outlet_ids TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE TABLE consultations (
  id INTEGER PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  token_hash TEXT NOT NULL,
  rating_token_hash TEXT NOT NULL,
  topic TEXT NOT NULL,
  item_id TEXT,
  outlet_id TEXT,
  channel TEXT NOT NULL,
  locale TEXT NOT NULL,
  question TEXT,
  contact_name TEXT,
  contact_mobile TEXT,
  contact_email TEXT,
  reply_channel TEXT NOT NULL,
  consent_version TEXT NOT NULL,
  consent_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'received',
  created_at TEXT NOT NULL,
  due_date TEXT NOT NULL,
  assigned_to INTEGER REFERENCES staff(id),
  answer_text TEXT,
  answered_at TEXT,
  answered_by INTEGER REFERENCES staff(id),
  escalation_note TEXT,
  updated_at TEXT NOT NULL,
  erased_at TEXT
);
CREATE INDEX consultations_status_due ON consultations (status, due_date);
CREATE INDEX consultations_outlet ON consultations (outlet_id, status);
CREATE INDEX consultations_created ON consultations (created_at);
CREATE TABLE idempotency_keys (
  scope TEXT NOT NULL,
  key_hash TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  status INTEGER NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (scope, key_hash)
);
CREATE INDEX idempotency_created ON idempotency_keys (created_at);
CREATE TABLE ratings (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  request_hash TEXT NOT NULL,
  target_type TEXT NOT NULL,
  target_id TEXT NOT NULL,
  consultation_ref TEXT REFERENCES consultations(reference),
  item_id TEXT,
  outlet_id TEXT,
  level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
  tags TEXT NOT NULL,
  comment TEXT,
  channel TEXT NOT NULL,
  locale TEXT NOT NULL,
  created_at TEXT NOT NULL,
  day TEXT NOT NULL
);
CREATE INDEX ratings_day ON ratings (day);
CREATE INDEX ratings_consultation ON ratings (consultation_ref);
CREATE TABLE rectifications (
  id TEXT PRIMARY KEY,
  rating_id TEXT NOT NULL UNIQUE REFERENCES ratings(id),
  due_date TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  resolution_note TEXT,
  resolved_at TEXT,
  resolved_by INTEGER REFERENCES staff(id),
  created_at TEXT NOT NULL
);
CREATE INDEX rectifications_status_due ON rectifications (status, due_date);
CREATE TABLE demand_counters (
  day TEXT NOT NULL,
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  channel TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (day, kind, key, channel)
);
CREATE INDEX demand_counters_kind_day ON demand_counters (kind, day);
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  staff_id INTEGER REFERENCES staff(id),
  action TEXT NOT NULL,
  target TEXT,
  detail TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at ON audit_log (at);
`,
  },
];
