import { validateEmail, validateMobile } from '../internal/validators.js';
import {
  NAME_MAX,
  QUESTION_MAX,
  QUESTION_MIN,
  TOPICS,
  type IntakeChannel,
  type ReplyChannel,
  type Topic,
} from '../internal/intake-constants.js';

/** Everything the visitor types or picks, exactly as typed (nothing is normalized away while editing). */
export interface ConsultDraft {
  topic: Topic | '';
  itemId: string;
  outletId: string;
  question: string;
  name: string;
  mobile: string;
  email: string;
  replyChannel: ReplyChannel;
  consent: boolean;
  /** The spam trap: people never see it, bots fill it. */
  website: string;
}

export const EMPTY_DRAFT: ConsultDraft = {
  topic: '',
  itemId: '',
  outletId: '',
  question: '',
  name: '',
  mobile: '',
  email: '',
  replyChannel: 'sms',
  consent: false,
  website: '',
};

/** The fields in the order they appear, which is also the order of the error summary. */
export const FIELDS = ['topic', 'item', 'question', 'name', 'mobile', 'email', 'replyChannel', 'consent'] as const;
export type Field = (typeof FIELDS)[number];

/**
 * A message key (`consult:…` or `validation:…`) with its values, or a server's own text, or both
 * (the key wins when this language has it).
 */
export interface FieldError {
  field: Field;
  key?: string;
  values?: Record<string, unknown>;
  text?: string;
}

/** Characters as the server counts them (UTF-16 units, after trimming). */
export const questionLength = (question: string): number => question.trim().length;

export interface ValidateOptions {
  /** False when the catalogue is loaded and no longer has the chosen item. */
  itemKnown?: (id: string) => boolean;
}

/** GOV.UK-style: every problem at once, in field order, each with a message that says what to do. */
export function validateDraft(draft: ConsultDraft, options: ValidateOptions = {}): FieldError[] {
  const errors: FieldError[] = [];
  if (!(TOPICS as readonly string[]).includes(draft.topic)) {
    errors.push({ field: 'topic', key: 'consult:errors.topicRequired' });
  }
  if (draft.itemId && options.itemKnown && !options.itemKnown(draft.itemId)) {
    errors.push({ field: 'item', key: 'consult:errors.itemUnknown' });
  }
  const length = questionLength(draft.question);
  if (length === 0) errors.push({ field: 'question', key: 'consult:errors.questionRequired' });
  else if (length < QUESTION_MIN) {
    errors.push({ field: 'question', key: 'consult:errors.questionTooShort', values: { min: QUESTION_MIN } });
  } else if (length > QUESTION_MAX) {
    errors.push({ field: 'question', key: 'consult:errors.questionTooLong', values: { max: QUESTION_MAX } });
  }
  if (draft.name.trim().length > NAME_MAX) {
    errors.push({ field: 'name', key: 'consult:errors.nameTooLong', values: { max: NAME_MAX } });
  }
  const wantsEmail = draft.replyChannel === 'email';
  if (draft.mobile.trim()) {
    const result = validateMobile(draft.mobile);
    if (!result.ok) errors.push({ field: 'mobile', key: `validation:mobile.${result.reason}` });
  } else if (!wantsEmail) {
    errors.push({ field: 'mobile', key: 'validation:intake.mobileRequired' });
  }
  if (draft.email.trim()) {
    const result = validateEmail(draft.email);
    if (!result.ok) errors.push({ field: 'email', key: `validation:email.${result.reason}` });
  } else if (wantsEmail) {
    errors.push({ field: 'email', key: 'validation:intake.emailRequired' });
  }
  if (!draft.consent) errors.push({ field: 'consent', key: 'consult:errors.consentRequired' });
  return errors;
}

/** The body of `POST /v1/consultations` (docs/intake-api.md). */
export interface ConsultationPayload {
  topic: Topic;
  itemId?: string;
  outletId?: string;
  channel: IntakeChannel;
  locale: string;
  question: string;
  contact: { name?: string; mobile?: string; email?: string };
  replyChannel: ReplyChannel;
  consent: { noticeVersion: string; acceptedAt: string };
  website: string;
}

/** `2026-11-24T10:00:00+08:00`: the consent time as the outlet's clock reads it. */
export function shanghaiTimestamp(time: number): string {
  return `${new Date(time + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}

/** Only for a draft that passed `validateDraft`: optional fields left empty are left out. */
export function toPayload(
  draft: ConsultDraft,
  context: { channel: IntakeChannel; locale: string; noticeVersion: string; now: number },
): ConsultationPayload {
  const mobile = validateMobile(draft.mobile);
  const email = validateEmail(draft.email);
  const contact: ConsultationPayload['contact'] = {};
  if (draft.name.trim()) contact.name = draft.name.trim();
  if (mobile.ok) contact.mobile = mobile.value;
  if (email.ok) contact.email = email.value;
  return {
    topic: draft.topic as Topic,
    ...(draft.itemId ? { itemId: draft.itemId } : {}),
    ...(draft.outletId ? { outletId: draft.outletId } : {}),
    channel: context.channel,
    locale: context.locale,
    question: draft.question.trim(),
    contact,
    // Email is only offered once an address is typed; fall back if it was cleared since.
    replyChannel: draft.replyChannel === 'email' && !email.ok ? 'sms' : draft.replyChannel,
    consent: { noticeVersion: context.noticeVersion, acceptedAt: shanghaiTimestamp(context.now) },
    website: draft.website,
  };
}

/** 138****8000: enough for the visitor to recognise, too little for someone reading over a shoulder. */
export function maskMobile(mobile: string): string {
  const digits = validateMobile(mobile);
  const value = digits.ok ? digits.value : mobile;
  return value.length >= 7 ? `${value.slice(0, 3)}****${value.slice(-4)}` : value;
}

export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return email;
  return `${email[0]}***${email.slice(at)}`;
}

/** Server field paths (`contact.mobile`) to the form's fields; unknown paths go to the summary only. */
export function fieldOfPath(path: string): Field | undefined {
  const head = path.replace(/^\//, '').replace(/\//g, '.');
  if (head === 'itemId' || head === 'outletId') return 'item';
  if (head.startsWith('contact.')) {
    const name = head.slice('contact.'.length);
    return name === 'name' || name === 'mobile' || name === 'email' ? name : undefined;
  }
  if (head.startsWith('consent')) return 'consent';
  const field = head.split('.')[0] ?? '';
  return (FIELDS as readonly string[]).includes(field) ? (field as Field) : undefined;
}
