/**
 * The few intake-API constants the browser needs, copied from `@yizhan/catalogue`'s intake schema
 * because importing them from there would pull zod (~95 KB gzipped) into every page: the schema
 * module builds zod objects at load time, which no bundler can shake out. A test compares these
 * with the catalogue's values, so they cannot drift apart unnoticed.
 */

/** Catalogue categories, the `topic` of a consultation. */
export const TOPICS = [
  'patent',
  'trademark',
  'geographical-indication',
  'ic-layout',
  'protection',
  'consultation',
  'information',
  'finance',
  'training',
  'other',
] as const;
export type Topic = (typeof TOPICS)[number];

export const INTAKE_CHANNELS = ['web', 'kiosk', 'phone', 'window'] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];

export const REPLY_CHANNELS = ['sms', 'phone', 'email'] as const;
export type ReplyChannel = (typeof REPLY_CHANNELS)[number];

/** Limits of `ConsultationInput`. */
export const QUESTION_MIN = 5;
export const QUESTION_MAX = 2000;
export const NAME_MAX = 40;

/** Levels from best to worst, the order people read them in 好差评. */
export const RATING_LEVELS_DESC = [5, 4, 3, 2, 1] as const;
export type RatingLevel = (typeof RATING_LEVELS_DESC)[number];
export const BAD_RATING_MAX = 2;
export const COMMENT_MAX = 500;

const POSITIVE = ['clear-guide', 'fast', 'helpful-staff', 'one-trip', 'easy-to-use', 'answer-helpful'] as const;
const NEUTRAL = ['could-be-faster', 'guide-partly-unclear', 'long-queue', 'answer-partly-helpful'] as const;
const NEGATIVE = [
  'slow-reply',
  'unclear-materials',
  'too-many-trips',
  'rude-staff',
  'system-hard-to-use',
  'answer-unhelpful',
  'overdue',
  'fee-unclear',
] as const;

export const RATING_TAGS: Readonly<Record<RatingLevel, readonly string[]>> = {
  5: POSITIVE,
  4: POSITIVE,
  3: NEUTRAL,
  2: NEGATIVE,
  1: NEGATIVE,
};

export const REFERENCE_PATTERN = /^YZ-[0-9]{8}-[0-9A-HJKMNP-TV-Z]{6}$/;
export const ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
