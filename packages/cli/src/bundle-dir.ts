import { stat } from 'node:fs/promises';
import type { CommandContext } from './context.js';

/**
 * Whether a bundle directory given on the command line is there, saying so when it is not. The
 * commands that read a bundle (search, sign, verify) check this first, so that a mistyped path
 * reads as one rather than as a file missing from a bundle.
 */
export async function bundleDirFound(dir: string, ctx: CommandContext): Promise<boolean> {
  let detail: string;
  try {
    if ((await stat(dir)).isDirectory()) return true;
    detail = 'ENOTDIR';
  } catch (error) {
    detail = (error as NodeJS.ErrnoException).code ?? String(error);
  }
  ctx.err(ctx.t('cli:bundleNotFound', { dir, detail }));
  return false;
}
