/**
 * The intake-API constants the browser needs, from @yizhan/catalogue's zod-free constants module
 * (the schema modules would pull zod into every page), under the names the widgets use.
 */
import {
  CATEGORIES,
  RATING_LEVELS,
  type INTAKE_CHANNELS,
  type REPLY_CHANNELS,
  type RatingLevel,
} from '@yizhan/catalogue/constants';

export {
  BAD_RATING_MAX,
  COMMENT_MAX,
  ID_PATTERN,
  INTAKE_CHANNELS,
  NAME_MAX,
  QUESTION_MAX,
  QUESTION_MIN,
  RATING_TAGS,
  REFERENCE_PATTERN,
  REPLY_CHANNELS,
  type RatingLevel,
} from '@yizhan/catalogue/constants';

/** Catalogue categories, the `topic` of a consultation. */
export const TOPICS = CATEGORIES;
export type Topic = (typeof TOPICS)[number];
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];
export type ReplyChannel = (typeof REPLY_CHANNELS)[number];

/** Levels from best to worst, the order people read them in 好差评. */
export const RATING_LEVELS_DESC = [...RATING_LEVELS].reverse() as RatingLevel[];
