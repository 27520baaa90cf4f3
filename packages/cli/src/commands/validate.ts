import { EXIT, UsageError, reportProblems, type CommandContext } from '../context.js';
import { readLists } from '../read-lists.js';

/**
 * `yizhan validate <file...>`: check each file on its own, then, when they form a chain of
 * lists, check the overlays resolve (broken `extends`, unknown overrides, dangling references).
 */
export async function validate(files: string[], ctx: CommandContext): Promise<number> {
  if (files.length === 0) throw new UsageError(ctx.t('cli:missingArg', { arg: '<file...>' }));
  const { problems } = await readLists(files, ctx);
  if (reportProblems(ctx, problems)) return EXIT.problems;
  ctx.out(ctx.t('cli:valid', { count: files.length }));
  return EXIT.ok;
}
