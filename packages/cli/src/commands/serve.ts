import { EXIT, type CommandContext } from '../context.js';

export interface ServeOptions {
  port?: string;
  host?: string;
  db?: string;
  bundle?: string;
}

/** `yizhan serve` starts @yizhan/server (filled in with the intake server). */
export async function serve(_options: ServeOptions, ctx: CommandContext): Promise<number> {
  ctx.err(ctx.t('cli:internalError', { detail: 'serve is not available in this build' }));
  return EXIT.usage;
}
