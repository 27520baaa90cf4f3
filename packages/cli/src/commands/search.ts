import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { BUNDLE_FILES } from '@yizhan/catalogue';
import { EXIT, UsageError, type CommandContext } from '../context.js';

export interface SearchOptions {
  queries?: string;
  limit?: string;
  json?: boolean;
}

/** `yizhan search <bundle-dir> [query] [--queries <file>] [--limit N] --json` (filled in by @yizhan/search). */
export async function search(
  dir: string | undefined,
  _query: string | undefined,
  _options: SearchOptions,
  ctx: CommandContext,
): Promise<number> {
  if (!dir) throw new UsageError(ctx.t('cli:missingArg', { arg: '<bundle-dir>' }));
  try {
    await access(join(dir, BUNDLE_FILES.searchIndex));
  } catch {
    ctx.err(ctx.t('cli:searchUnavailable'));
    return EXIT.problems;
  }
  ctx.err(ctx.t('cli:searchUnavailable'));
  return EXIT.problems;
}
