import type { TFunction } from 'i18next';

/**
 * The subset of a zod v4 raw issue the map reads. Declared here so this package does not need
 * zod at run time; zod passes richer objects, which fit this shape.
 */
export interface ZodIssueLike {
  code?: string;
  input?: unknown;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: readonly unknown[];
  format?: string;
  keys?: readonly string[];
  params?: Record<string, unknown>;
}

const SIZE_ORIGINS: Record<string, 'String' | 'Number' | 'Array'> = {
  string: 'String',
  number: 'Number',
  int: 'Number',
  bigint: 'Number',
  array: 'Array',
  set: 'Array',
};

/**
 * A zod error map that writes messages in the language of `t`. Pass it per call
 * (`schema.safeParse(data, { error: zodErrorMap(t) })`); Yizhan never sets a global zod locale
 * because one server answers requests in several languages at once.
 */
export function zodErrorMap(t: TFunction): (issue: ZodIssueLike) => string {
  const v = (key: string, values: Record<string, unknown> = {}) => t(key, { ns: 'validation', ...values }) as string;
  return (issue) => {
    const yz = issue.params?.['yz'];
    if (typeof yz === 'string') return v(yz, issue.params);
    switch (issue.code) {
      case 'invalid_type':
        if (issue.input === undefined) return v('required');
        if (issue.expected === 'int') return v('notInteger');
        return v('invalidType', { expected: issue.expected });
      case 'too_small':
      case 'too_big': {
        const kind = SIZE_ORIGINS[issue.origin ?? ''] ?? 'Number';
        const bound = issue.code === 'too_small' ? 'tooSmall' : 'tooBig';
        return v(`${bound}${kind}`, { minimum: String(issue.minimum), maximum: String(issue.maximum) });
      }
      case 'invalid_value':
        return v('invalidValue', { options: (issue.values ?? []).map((x) => String(x)).join(', ') });
      case 'invalid_format':
        return issue.format && issue.format !== 'regex'
          ? v('invalidFormatNamed', { format: issue.format })
          : v('invalidFormat');
      case 'unrecognized_keys':
        return v('unrecognizedKeys', { keys: (issue.keys ?? []).join(', ') });
      case 'invalid_union':
        return v('invalidUnion');
      case 'invalid_key':
        return v('invalidKey');
      default:
        return v('invalid');
    }
  };
}
