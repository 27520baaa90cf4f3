import type { ErrorBody, ErrorCode } from '@yizhan/catalogue';
import type { TFunction } from '@yizhan/i18n';
import type { z } from 'zod';

export interface FieldProblem {
  path: string;
  message: string;
  code: string;
}

/**
 * An error with its answer: HTTP status, stable code, and a message key in the `console`
 * namespace (`api.*`), turned into the request's language when the reply is written.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly key: string,
    readonly values: Record<string, unknown> = {},
    readonly fields?: FieldProblem[],
  ) {
    super(key);
  }
}

export function errorBody(t: TFunction, error: ApiError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: t(`console:api.${error.key}`, error.values) as string,
      ...(error.fields ? { fields: error.fields } : {}),
    },
  };
}

/** zod issues (already localized by the per-request error map) as the `fields` of a 400. */
export function fieldsFrom(issues: readonly z.core.$ZodIssue[], prefix: string[] = []): FieldProblem[] {
  return issues.map((issue) => {
    const params = 'params' in issue ? (issue.params as Record<string, unknown> | undefined) : undefined;
    return {
      path: [...prefix, ...issue.path.map(String)].join('.'),
      message: issue.message,
      code: typeof params?.['yz'] === 'string' ? params['yz'] : issue.code,
    };
  });
}

export function validationError(fields: FieldProblem[]): ApiError {
  return new ApiError(400, 'validation', 'validation', {}, fields);
}
