import type { TFunction } from '@yizhan/i18n';
import { zodErrorMap } from '@yizhan/i18n';
import type { z } from 'zod';
import { ID_PATTERN, LANGUAGE_TAG_PATTERN, PHONE_PATTERN, REGION_CODE_PATTERN } from './schema/common.js';
import { IMPLEMENTATION_CODE_PATTERN } from './schema/item.js';
import { CLOCK_TIME_PATTERN } from './schema/outlet.js';
import { FIELD_PATH_PATTERN } from './schema/list.js';

/** What each of the format's regular expressions means, in words a list maintainer can act on. */
const PATTERN_MESSAGES: Record<string, string> = {
  [String(ID_PATTERN)]: 'format.id',
  [String(LANGUAGE_TAG_PATTERN)]: 'format.languageTag',
  [String(PHONE_PATTERN)]: 'format.phone',
  [String(REGION_CODE_PATTERN)]: 'format.regionCode',
  [String(IMPLEMENTATION_CODE_PATTERN)]: 'format.code',
  [String(CLOCK_TIME_PATTERN)]: 'format.clockTime',
  [String(FIELD_PATH_PATTERN)]: 'format.fieldPath',
};

export type Severity = 'error' | 'warning';

/**
 * One thing wrong with an input, already in the reader's language. `where` is a CSV row number
 * or a JSON path (`items[3].timeLimit.promised.unit`), so a maintainer can jump straight to it.
 */
export interface Problem {
  file: string;
  where: string;
  message: string;
  /** Stable machine code: a validation message key or a zod issue code. */
  code: string;
  severity: Severity;
}

export interface MessageContext {
  t: TFunction;
  file: string;
}

/** `file:where: message`, the line format of `yizhan validate`. */
export function formatProblem(problem: Problem): string {
  return problem.where ? `${problem.file}:${problem.where}: ${problem.message}` : `${problem.file}: ${problem.message}`;
}

export function formatPath(path: readonly PropertyKey[], base = ''): string {
  let out = base;
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = String(segment);
      out +=
        /^[A-Za-z_$][\w$-]*$/.test(key) && !key.includes('-') ? (out ? `.${key}` : key) : `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

export function problem(
  ctx: MessageContext,
  where: string,
  key: string,
  values: Record<string, unknown> = {},
  severity: Severity = 'error',
): Problem {
  return {
    file: ctx.file,
    where,
    message: ctx.t(key, { ns: 'validation', ...values }) as string,
    code: key,
    severity,
  };
}

/** Parse with a per-call localized error map and turn every issue into a Problem. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  data: unknown,
  ctx: MessageContext,
  where: (path: readonly PropertyKey[]) => { where: string; prefix?: string },
): { data?: z.output<S>; problems: Problem[] } {
  const result = schema.safeParse(data, { error: zodErrorMap(ctx.t, { patterns: PATTERN_MESSAGES }) });
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.map((issue): Problem => {
    const located = where(issue.path);
    const params = 'params' in issue ? (issue.params as Record<string, unknown> | undefined) : undefined;
    const code = typeof params?.['yz'] === 'string' ? params['yz'] : issue.code;
    return {
      file: ctx.file,
      where: located.where,
      message: located.prefix ? `${located.prefix}: ${issue.message}` : issue.message,
      code,
      severity: 'error',
    };
  });
  return { problems };
}

export const hasErrors = (problems: readonly Problem[]) => problems.some((p) => p.severity === 'error');
