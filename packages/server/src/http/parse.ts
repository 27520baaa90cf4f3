import type { FastifyRequest } from 'fastify';
import { zodErrorMap } from '@yizhan/i18n';
import type { z } from 'zod';
import { fieldsFrom, validationError } from './errors.js';
import { tOf } from './context.js';

/** Validate with the request's localized error map; a failure becomes a 400 listing every field. */
export function parseOr400<S extends z.ZodType>(
  schema: S,
  data: unknown,
  request: FastifyRequest,
  prefix: string[] = [],
): z.output<S> {
  const result = schema.safeParse(data, { error: zodErrorMap(tOf(request)) });
  if (!result.success) throw validationError(fieldsFrom(result.error.issues, prefix));
  return result.data;
}
