import type { TFunction } from '@yizhan/i18n';
import { formatProblem, type Problem } from '@yizhan/catalogue';

/** What every command gets: localized messages and the two output streams. */
export interface CommandContext {
  t: TFunction;
  lang: string;
  out: (line: string) => void;
  err: (line: string) => void;
  /** The environment run() was given (SOURCE_DATE_EPOCH…), so tests need not touch process.env. */
  env: NodeJS.ProcessEnv;
}

export class UsageError extends Error {}

/** Exit codes: 0 success, 1 the input has problems, 2 the command was used wrongly or failed. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/**
 * What the warnings count line says warnings do not stop: the build (validate, build), signing,
 * or verification. Each command names its own, since `verify` builds nothing.
 */
const WARNINGS_FOOTER = { build: 'cli:warnings', sign: 'cli:warningsSign', verify: 'cli:warningsVerify' } as const;

/** Print problems as `file:where: message`, errors first, and a count line; return whether any was an error. */
export function reportProblems(
  ctx: CommandContext,
  problems: readonly Problem[],
  footer: keyof typeof WARNINGS_FOOTER = 'build',
): boolean {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  for (const p of errors) ctx.err(formatProblem(p));
  for (const p of warnings) ctx.err(formatProblem(p));
  if (errors.length) ctx.err(ctx.t('cli:problems', { count: errors.length }));
  if (warnings.length) ctx.err(ctx.t(WARNINGS_FOOTER[footer], { count: warnings.length }));
  return errors.length > 0;
}
