import { z } from 'zod';
import { Id, IsoDate, LanguageTag, yzIssue } from './common.js';
import { Category } from './enums.js';
import {
  BAD_RATING_MAX,
  COMMENT_MAX,
  CONSULTATION_STATUSES,
  INTAKE_CHANNELS,
  NAME_MAX,
  QUESTION_MAX,
  QUESTION_MIN,
  RATING_LEVELS,
  RATING_TAG_IDS,
  RATING_TAGS,
  RATING_TARGET_TYPES,
  REFERENCE_PATTERN,
  REPLY_CHANNELS,
  type RatingTag,
} from '../constants.js';

export {
  BAD_RATING_MAX,
  COMMENT_MAX,
  CONSULTATION_STATUSES,
  INTAKE_CHANNELS,
  NAME_MAX,
  QUESTION_MAX,
  QUESTION_MIN,
  RATING_LEVELS,
  RATING_TAG_IDS,
  RATING_TAGS,
  RATING_TARGET_TYPES,
  REFERENCE_PATTERN,
  REPLY_CHANNELS,
};
export type { RatingTag };
import type { Validator } from '../validators/result.js';
import { validateEmail } from '../validators/email.js';
import { validateMobile } from '../validators/mobile.js';
import { validateUscc } from '../validators/uscc.js';
import { validateResidentId } from '../validators/resident-id.js';
import { validatePatentApplication } from '../validators/patent.js';
import { validateTrademarkNumber } from '../validators/trademark.js';

/**
 * The intake API's bodies (docs/intake-api.md): what portals, kiosks and the widgets send to
 * `@yizhan/server`, and what it answers. One definition serves the browser form, the server's
 * validation and the OpenAPI document, so the three cannot drift apart.
 */

// ---------------------------------------------------------------------------------------------
// Identifiers as zod types: the validator's machine reason becomes the message key
// `validation:<kind>.<reason>` (for example `validation:mobile.prefix`).

/** A string checked by one of the pure validators; the output is the validator's normalized value. */
export function validatedString(kind: string, validate: Validator<string>, max = 64) {
  return z
    .string()
    .max(max)
    .transform((value, ctx) => {
      const result = validate(value);
      if (result.ok) return result.value;
      ctx.issues.push({ code: 'custom', input: value, ...yzIssue(`${kind}.${result.reason}`) });
      return z.NEVER;
    });
}

/** Like `validatedString`, but blank means “not given”: forms send `""` for fields left empty. */
export function optionalValidatedString(kind: string, validate: Validator<string>, max = 64) {
  return z
    .string()
    .max(max)
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return undefined;
      const result = validate(value);
      if (result.ok) return result.value;
      ctx.issues.push({ code: 'custom', input: value, ...yzIssue(`${kind}.${result.reason}`) });
      return z.NEVER;
    });
}

export const MobileNumber = validatedString('mobile', validateMobile, 32);
export const EmailAddress = validatedString('email', validateEmail, 254);
export const UnifiedSocialCreditCode = validatedString('uscc', validateUscc, 40);
export const ResidentIdNumber = validatedString('residentId', (v) => validateResidentId(v), 40);
export const PatentApplicationNumber = validatedString('patentApplication', (v) => validatePatentApplication(v), 40);
export const TrademarkNumber = validatedString('trademarkNumber', validateTrademarkNumber, 40);

/**
 * Free text a person typed. Control characters other than tab and line breaks, and unpaired
 * surrogates, are never typed; they come from broken clients or probes, and PostgreSQL cannot
 * store NUL at all, so they are refused here rather than failing in the database. The C1 range
 * (U+0080–U+009F) too: U+009B opens a terminal escape sequence in a log viewer, and no form sends
 * U+0085 (NEL) for a line break.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{Cs}/u;
export function plainText(min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((value) => !UNSAFE_TEXT.test(value), yzIssue('intake.controlCharacters'));
}

// ---------------------------------------------------------------------------------------------
// Enums

/** Where a consultation or rating was made. */
export const IntakeChannel = z.enum(INTAKE_CHANNELS);
export type IntakeChannel = z.infer<typeof IntakeChannel>;

/** How the requester wants the answer. */
export const ReplyChannel = z.enum(REPLY_CHANNELS);
export type ReplyChannel = z.infer<typeof ReplyChannel>;

/** `received → assigned → answered | escalated → closed`. */
export const ConsultationStatus = z.enum(CONSULTATION_STATUSES);
export type ConsultationStatus = z.infer<typeof ConsultationStatus>;

export const ConsultationReference = z.string().regex(REFERENCE_PATTERN);
export type ConsultationReference = z.infer<typeof ConsultationReference>;

/** Capability tokens (server-issued, base64url) and client-generated UUIDs both fit. */
export const CapabilityToken = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/);

/** `Idempotency-Key` header: a UUID in the contract; any 8–128 safe characters are accepted. */
export const IdempotencyKey = z.string().regex(/^[A-Za-z0-9_.:-]{8,128}$/);

// ---------------------------------------------------------------------------------------------
// Consultations

export const ConsultationContact = z.strictObject({
  name: plainText(0, NAME_MAX).optional(),
  mobile: optionalValidatedString('mobile', validateMobile, 32),
  email: optionalValidatedString('email', validateEmail, 254),
});

export const Consent = z.strictObject({
  /** Version of the personal-information notice the requester saw. */
  noticeVersion: z.string().regex(/^[A-Za-z0-9._-]{1,32}$/),
  acceptedAt: z.iso.datetime({ offset: true }),
});

export const ConsultationInput = z
  .strictObject({
    topic: Category,
    itemId: Id.optional(),
    outletId: Id.optional(),
    channel: IntakeChannel,
    locale: LanguageTag,
    question: plainText(QUESTION_MIN, QUESTION_MAX),
    contact: ConsultationContact,
    replyChannel: ReplyChannel,
    consent: Consent,
    /** Spam trap: a field people never see; anything in it is a bot. */
    website: z
      .string()
      .max(256)
      .refine((v) => v === '', yzIssue('intake.spamTrap'))
      .optional(),
  })
  .superRefine((value, ctx) => {
    if (value.replyChannel === 'email' && !value.contact.email) {
      ctx.addIssue({ code: 'custom', path: ['contact', 'email'], ...yzIssue('intake.emailRequired') });
    }
    if (value.replyChannel !== 'email' && !value.contact.mobile) {
      ctx.addIssue({ code: 'custom', path: ['contact', 'mobile'], ...yzIssue('intake.mobileRequired') });
    }
  });
export type ConsultationInput = z.output<typeof ConsultationInput>;

/** `201` to `POST /v1/consultations`. */
export const ConsultationCreated = z.strictObject({
  reference: ConsultationReference,
  /** The requester's capability to read, export and delete the case. Shown once; stored hashed. */
  token: z.string(),
  /** The capability to rate the answer (one rating). */
  ratingToken: z.string(),
  status: ConsultationStatus,
  /** Promised reply date, Asia/Shanghai, counted in working days. */
  dueDate: IsoDate,
});
export type ConsultationCreated = z.output<typeof ConsultationCreated>;

export const ConsultationAnswer = z.strictObject({
  text: z.string(),
  answeredAt: z.iso.datetime({ offset: true }),
});

/** `200` to `GET /v1/consultations/:reference`. */
export const ConsultationView = z.strictObject({
  reference: ConsultationReference,
  status: ConsultationStatus,
  topic: Category,
  itemId: Id.optional(),
  outletId: Id.optional(),
  createdAt: z.iso.datetime({ offset: true }),
  dueDate: IsoDate,
  answer: ConsultationAnswer.optional(),
  /** When the requester erased their personal data (the case itself stays, without it). */
  erasedAt: z.iso.datetime({ offset: true }).optional(),
});
export type ConsultationView = z.output<typeof ConsultationView>;

/** `200` to `GET /v1/consultations/:reference/export`: everything stored about the requester. */
export const ConsultationExport = z.strictObject({
  reference: ConsultationReference,
  status: ConsultationStatus,
  topic: Category,
  itemId: Id.optional(),
  outletId: Id.optional(),
  channel: IntakeChannel,
  locale: z.string(),
  question: z.string().nullable(),
  contact: z.strictObject({
    name: z.string().optional(),
    mobile: z.string().optional(),
    email: z.string().optional(),
  }),
  replyChannel: ReplyChannel,
  consent: Consent,
  createdAt: z.iso.datetime({ offset: true }),
  dueDate: IsoDate,
  answer: ConsultationAnswer.optional(),
  ratings: z.array(
    z.strictObject({
      level: z.int(),
      tags: z.array(z.string()),
      comment: z.string().optional(),
      createdAt: z.iso.datetime({ offset: true }),
    }),
  ),
  /** Set once the requester erased their personal data. */
  erasedAt: z.iso.datetime({ offset: true }).optional(),
});
export type ConsultationExport = z.output<typeof ConsultationExport>;

/** `200` to `DELETE /v1/consultations/:reference`. */
export const ConsultationErased = z.strictObject({
  reference: ConsultationReference,
  erasedAt: z.iso.datetime({ offset: true }),
});
export type ConsultationErased = z.output<typeof ConsultationErased>;

// ---------------------------------------------------------------------------------------------
// Ratings (好差评)

export const RatingLevel = z.int().min(1).max(5);
export type RatingLevel = (typeof RATING_LEVELS)[number];

export const RatingTargetType = z.enum(RATING_TARGET_TYPES);
export type RatingTargetType = z.infer<typeof RatingTargetType>;

export const RatingTarget = z
  .strictObject({ type: RatingTargetType, id: z.string().max(64) })
  .superRefine((target, ctx) => {
    const ok = target.type === 'consultation' ? REFERENCE_PATTERN.test(target.id) : Id.safeParse(target.id).success;
    if (!ok) ctx.addIssue({ code: 'custom', path: ['id'], ...yzIssue('intake.targetId') });
  });

export const RatingInput = z
  .strictObject({
    /** The consultation's `ratingToken`, or a UUID the client made for a finished item/outlet task. */
    token: CapabilityToken,
    target: RatingTarget,
    level: RatingLevel,
    tags: z
      .array(z.enum(RATING_TAG_IDS as [RatingTag, ...RatingTag[]]))
      .max(8)
      .default([]),
    comment: plainText(0, COMMENT_MAX).optional(),
    channel: IntakeChannel,
    locale: LanguageTag,
  })
  .superRefine((value, ctx) => {
    const allowed = RATING_TAGS[value.level as RatingLevel] ?? [];
    value.tags.forEach((tag, i) => {
      if (!allowed.includes(tag)) {
        ctx.addIssue({ code: 'custom', path: ['tags', i], ...yzIssue('intake.tagNotForLevel', { tag }) });
      }
    });
    if (new Set(value.tags).size !== value.tags.length) {
      ctx.addIssue({ code: 'custom', path: ['tags'], ...yzIssue('intake.tagsRepeated') });
    }
    if (value.level <= BAD_RATING_MAX && value.tags.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['tags'], ...yzIssue('intake.tagsRequired') });
    }
  });
export type RatingInput = z.output<typeof RatingInput>;

/** `201` to `POST /v1/ratings`. */
export const RatingCreated = z.strictObject({
  id: z.string(),
  /** Present for bad ratings (level ≤ 2): the rectification case and its deadline. */
  rectification: z.strictObject({ caseId: z.string(), dueDate: IsoDate }).optional(),
});
export type RatingCreated = z.output<typeof RatingCreated>;

// ---------------------------------------------------------------------------------------------
// Demand events (aggregated on arrival, never stored one by one)

const EventQuery = plainText(1, 256);

export const SearchEvent = z.strictObject({
  type: z.literal('search'),
  query: EventQuery,
  resultCount: z.int().min(0).max(1_000_000),
  channel: IntakeChannel,
  locale: LanguageTag.optional(),
});
export const ViewEvent = z.strictObject({
  type: z.literal('view'),
  itemId: Id,
  channel: IntakeChannel,
  locale: LanguageTag.optional(),
});
export const SelectEvent = z.strictObject({
  type: z.literal('select'),
  query: EventQuery,
  itemId: Id,
  channel: IntakeChannel,
  locale: LanguageTag.optional(),
});
export const DemandEvent = z.discriminatedUnion('type', [SearchEvent, ViewEvent, SelectEvent]);
export type DemandEvent = z.output<typeof DemandEvent>;

export const MAX_EVENTS_PER_REQUEST = 100;
export const EventsInput = z.strictObject({
  events: z.array(DemandEvent).min(1).max(MAX_EVENTS_PER_REQUEST),
});
export type EventsInput = z.output<typeof EventsInput>;

/** `202` to `POST /v1/events`. */
export const EventsAccepted = z.strictObject({ accepted: z.int() });
export type EventsAccepted = z.output<typeof EventsAccepted>;

// ---------------------------------------------------------------------------------------------
// Errors and health

export const ERROR_CODES = [
  'validation',
  'unsupported_media_type',
  'payload_too_large',
  'not_found',
  'unauthorized',
  'conflict',
  'idempotency_conflict',
  'rate_limited',
  'forbidden_origin',
  'request_timeout',
  'headers_too_large',
  'internal',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorBody = z.strictObject({
  error: z.strictObject({
    code: ErrorCode,
    /** Localized by `Accept-Language`. */
    message: z.string(),
    fields: z.array(z.strictObject({ path: z.string(), message: z.string(), code: z.string() })).optional(),
  }),
});
export type ErrorBody = z.output<typeof ErrorBody>;

export const Health = z.strictObject({
  ok: z.boolean(),
  db: z.enum(['sqlite', 'postgres']),
  version: z.string(),
});
export type Health = z.output<typeof Health>;
