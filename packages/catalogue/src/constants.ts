/**
 * Plain constants of the format and the intake API, with no zod: browsers import these (through
 * `@yizhan/catalogue/constants`) without pulling in the schemas. The zod schemas are built from them.
 */

export const CATEGORIES = [
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
export const AUDIENCES = ['individual', 'enterprise', 'sme', 'university', 'agency', 'foreign'] as const;
export const HANDLING_TYPES = ['instant', 'commitment'] as const;
export const CHANNEL_TYPES = ['online', 'window', 'mail', 'phone', 'wechat', 'kiosk'] as const;
export const MATERIAL_FORMS = ['original', 'copy', 'electronic'] as const;
export const TIME_UNITS = ['instant', 'working-days', 'days', 'months'] as const;
export const FEE_PER = ['piece', 'class', 'year'] as const;
export const ITEM_STATUSES = ['active', 'suspended', 'retired'] as const;
export const OUTLET_TYPES = [
  'provincial-node',
  'municipal-centre',
  'tisc',
  'university-centre',
  'info-outlet',
  'patent-agency-office',
  'trademark-window',
  'protection-centre',
  'other',
] as const;
export const ACCESSIBILITY_FEATURES = [
  'step-free',
  'wheelchair',
  'accessible-toilet',
  'hearing-loop',
  'sign-language',
  'braille',
  'large-print',
  'priority-window',
  'elderly-assist',
] as const;
export const LIST_TIERS = ['common', 'individual'] as const;
export const PUBLISHER_LEVELS = ['national', 'provincial', 'municipal', 'district', 'outlet'] as const;

/** Ids of items, outlets and lists: stable, URL-safe. */
export const ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

// Intake API (docs/intake-api.md)

/** Where a consultation or rating was made. */
export const INTAKE_CHANNELS = ['web', 'kiosk', 'phone', 'window'] as const;
/** How the requester wants the answer. */
export const REPLY_CHANNELS = ['sms', 'phone', 'email'] as const;
/** `received → assigned → answered | escalated → closed`. */
export const CONSULTATION_STATUSES = ['received', 'assigned', 'answered', 'escalated', 'closed'] as const;
/**
 * `YZ-YYYYMMDD-XXXXXX`: the Shanghai date of receipt and six Crockford base-32 characters
 * (no I, L, O, U), so a reference read out over the phone is not misheard.
 */
export const REFERENCE_PATTERN = /^YZ-[0-9]{8}-[0-9A-HJKMNP-TV-Z]{6}$/;

/** Length limits of a consultation, shared by the form's counters and the server's validation. */
export const QUESTION_MIN = 5;
export const QUESTION_MAX = 2000;
export const NAME_MAX = 40;
export const COMMENT_MAX = 500;

/** 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意. */
export const RATING_LEVELS = [1, 2, 3, 4, 5] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];
/** Ratings at or below this level are bad reviews that open a rectification case. */
export const BAD_RATING_MAX = 2;

const POSITIVE_TAGS = ['clear-guide', 'fast', 'helpful-staff', 'one-trip', 'easy-to-use', 'answer-helpful'] as const;
const NEUTRAL_TAGS = ['could-be-faster', 'guide-partly-unclear', 'long-queue', 'answer-partly-helpful'] as const;
const NEGATIVE_TAGS = [
  'slow-reply',
  'unclear-materials',
  'too-many-trips',
  'rude-staff',
  'system-hard-to-use',
  'answer-unhelpful',
  'overdue',
  'fee-unclear',
] as const;

/**
 * Reason tags offered per level. Ids are stable kebab-case (they are stored and counted);
 * their labels live in the `rating` locale namespace as `tags.<id>`.
 */
export const RATING_TAGS: Readonly<Record<RatingLevel, readonly string[]>> = {
  5: POSITIVE_TAGS,
  4: POSITIVE_TAGS,
  3: NEUTRAL_TAGS,
  2: NEGATIVE_TAGS,
  1: NEGATIVE_TAGS,
};
export const RATING_TAG_IDS = [...new Set([...POSITIVE_TAGS, ...NEUTRAL_TAGS, ...NEGATIVE_TAGS])];
export type RatingTag = (typeof RATING_TAG_IDS)[number];
export const RATING_TARGET_TYPES = ['consultation', 'item', 'outlet'] as const;
