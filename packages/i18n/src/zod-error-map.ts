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
  /** `String(regex)` of a failed `.regex()` check. */
  pattern?: string;
  /** invalid_key: the issues of the key itself. */
  issues?: readonly { message?: string }[];
  /** invalid_union: the issues of each alternative. */
  errors?: readonly (readonly ZodIssueLike[])[];
  params?: Record<string, unknown>;
}

export interface ErrorMapOptions {
  /**
   * Message keys (in the `validation` namespace) for known regular expressions, keyed by
   * `String(regex)`: "Invalid format" tells a list maintainer nothing, "a six-digit GB/T 2260
   * region code such as 110000" tells them what to type.
   */
  patterns?: Readonly<Record<string, string>>;
}

/** zod's named string formats that have their own message (`validation:format.<name>`). */
const NAMED_FORMATS = new Set(['date', 'datetime', 'email']);

/** Show what was typed without letting a pasted paragraph swamp the message. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
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
export function zodErrorMap(t: TFunction, options: ErrorMapOptions = {}): (issue: ZodIssueLike) => string {
  const v = (key: string, values: Record<string, unknown> = {}) => t(key, { ns: 'validation', ...values }) as string;
  const format = (issue: ZodIssueLike): string => {
    const patternKey = issue.pattern === undefined ? undefined : options.patterns?.[issue.pattern];
    if (patternKey) return v(patternKey);
    if (issue.format && NAMED_FORMATS.has(issue.format)) return v(`format.${issue.format}`);
    return issue.format && issue.format !== 'regex'
      ? v('invalidFormatNamed', { format: issue.format })
      : v('invalidFormat');
  };
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
        // "At least 1 characters" reads like a machine; an empty cell or list is simply empty.
        if (issue.code === 'too_small' && Number(issue.minimum) === 1 && kind !== 'Number') return v(`empty${kind}`);
        const bound = issue.code === 'too_small' ? 'tooSmall' : 'tooBig';
        return v(`${bound}${kind}`, { minimum: String(issue.minimum), maximum: String(issue.maximum) });
      }
      case 'invalid_value': {
        const options = (issue.values ?? []).map((x) => String(x)).join(', ');
        // Name the value that was given: "patents" next to the list makes the typo obvious.
        return issue.input === undefined || typeof issue.input === 'object'
          ? v('invalidValue', { options })
          : v('invalidValueGot', { value: shown(issue.input), options });
      }
      case 'invalid_format':
        return format(issue);
      case 'unrecognized_keys':
        return v('unrecognizedKeys', { keys: (issue.keys ?? []).join(', ') });
      case 'invalid_union': {
        // A date that is neither a date nor a date-time: say what both look like.
        const formats = (issue.errors ?? []).map((branch) =>
          branch.length === 1 && branch[0]?.code === 'invalid_format' ? branch[0].format : undefined,
        );
        if (formats.length === 2 && formats.includes('date') && formats.includes('datetime')) {
          return v('format.dateOrDateTime');
        }
        return v('invalidUnion');
      }
      case 'invalid_key': {
        const detail = issue.issues?.[0]?.message;
        return typeof issue.input === 'string' && detail
          ? v('invalidKeyNamed', { key: shown(issue.input), detail })
          : v('invalidKey');
      }
      default:
        return v('invalid');
    }
  };
}
