import { readListFile } from '@yizhan/catalogue/node';
import { hasErrors, resolveCatalogue, type SourceList, type Problem } from '@yizhan/catalogue';
import { EXIT, UsageError, reportProblems, type CommandContext } from '../context.js';

/**
 * `yizhan validate <file...>`: check each file on its own, then, when they form a chain of
 * lists, check the overlays resolve (broken `extends`, unknown overrides, dangling references).
 */
export async function validate(files: string[], ctx: CommandContext): Promise<number> {
  if (files.length === 0) throw new UsageError(ctx.t('cli:missingArg', { arg: '<file...>' }));
  const problems: Problem[] = [];
  const sources: SourceList[] = [];
  for (const file of files) {
    const result = await readListFile(file, { t: ctx.t });
    problems.push(...result.problems);
    if (result.source) sources.push(result.source);
  }
  if (!hasErrors(problems) && sources.length > 0) {
    problems.push(...resolveCatalogue(sources, { t: ctx.t }).problems);
  }
  if (reportProblems(ctx, problems)) return EXIT.problems;
  ctx.out(ctx.t('cli:valid', { count: files.length }));
  return EXIT.ok;
}
