import { hasErrors, resolveCatalogue, type Catalogue, type Problem, type SourceList } from '@yizhan/catalogue';
import { readListFile } from '@yizhan/catalogue/node';
import type { CommandContext } from './context.js';

export interface ReadLists {
  problems: Problem[];
  /** Only when no file had an error. */
  catalogue?: Catalogue;
}

/**
 * Read every list file, then resolve them as one chain (extends, overrides, withdrawals,
 * references). When a file has errors the chain is still resolved, for checking only, so that
 * overlay problems show up in the same run instead of after the file is fixed: lists whose errors
 * are in fields resolution never reads take part as they are, and when a file cannot take part
 * at all only what its absence cannot explain is reported (see ResolveOptions.incomplete).
 */
export async function readLists(files: readonly string[], ctx: CommandContext, builtAt?: string): Promise<ReadLists> {
  const problems: Problem[] = [];
  const sources: SourceList[] = [];
  const checkOnly: SourceList[] = [];
  let missing = 0;
  for (const file of files) {
    const result = await readListFile(file, { t: ctx.t });
    problems.push(...result.problems);
    if (result.source) sources.push(result.source);
    else if (result.checkOnly) checkOnly.push(result.checkOnly);
    else missing++;
  }
  if (!hasErrors(problems)) {
    if (sources.length === 0) return { problems };
    const resolved = resolveCatalogue(sources, { t: ctx.t, ...(builtAt ? { builtAt } : {}) });
    return { problems: [...problems, ...resolved.problems], catalogue: resolved.catalogue };
  }
  const checked = [...sources, ...checkOnly];
  if (checked.length > 0) {
    problems.push(...resolveCatalogue(checked, { t: ctx.t, incomplete: missing > 0 }).problems);
  }
  return { problems };
}
