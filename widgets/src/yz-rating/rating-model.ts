import {
  BAD_RATING_MAX,
  COMMENT_MAX,
  ID_PATTERN,
  RATING_TAGS,
  REFERENCE_PATTERN,
  type IntakeChannel,
  type RatingLevel,
} from '../internal/intake-constants.js';

export type TargetType = 'consultation' | 'item' | 'outlet';

export interface RatingChoice {
  level: RatingLevel | undefined;
  /** Every tag ticked so far, also under another level: switching levels back and forth loses nothing. */
  tags: ReadonlySet<string>;
  comment: string;
}

export type RatingProblem = 'levelRequired' | 'tagsRequired' | 'commentTooLong';

export const isBad = (level: RatingLevel | undefined): boolean => level !== undefined && level <= BAD_RATING_MAX;

/** The ticked tags that belong to the chosen level, in the level's order. */
export function tagsFor(choice: RatingChoice): string[] {
  return choice.level ? RATING_TAGS[choice.level].filter((tag) => choice.tags.has(tag)) : [];
}

export function checkRating(choice: RatingChoice): RatingProblem[] {
  const problems: RatingProblem[] = [];
  if (!choice.level) return ['levelRequired'];
  if (isBad(choice.level) && tagsFor(choice).length === 0) problems.push('tagsRequired');
  if (choice.comment.trim().length > COMMENT_MAX) problems.push('commentTooLong');
  return problems;
}

export function validTarget(type: string | undefined, id: string | undefined): type is TargetType {
  if (!id) return false;
  if (type === 'consultation') return REFERENCE_PATTERN.test(id);
  return (type === 'item' || type === 'outlet') && ID_PATTERN.test(id);
}

/** The body of `POST /v1/ratings` (docs/intake-api.md), for a choice that passed `checkRating`. */
export function ratingPayload(
  choice: RatingChoice,
  context: { token: string; type: TargetType; id: string; channel: IntakeChannel; locale: string },
) {
  const comment = choice.comment.trim();
  return {
    token: context.token,
    target: { type: context.type, id: context.id },
    level: choice.level!,
    tags: tagsFor(choice),
    ...(comment ? { comment } : {}),
    channel: context.channel,
    locale: context.locale,
  };
}

/** Where the "already rated" mark lives: by case for consultations (no secret in the key), by token otherwise. */
export function ratedKey(type: TargetType, id: string, token: string): string {
  return type === 'consultation' ? `yizhan:rated:consultation:${id}` : `yizhan:rated:${type}:${id}:${token}`;
}
