import { IsoDateOrDateTime } from '@yizhan/catalogue';
import { humanBytes, NotABundleError, writeBundle } from '@yizhan/catalogue/node';
import { bundleExtras } from '../bundle-extras.js';
import { EXIT, UsageError, reportProblems, type CommandContext } from '../context.js';
import { readLists } from '../read-lists.js';

export interface BuildOptions {
  out?: string;
  /** Fixed build time, for reproducible bundles (also read from SOURCE_DATE_EPOCH). */
  builtAt?: string;
}

/** --built-at, else SOURCE_DATE_EPOCH (reproducible builds), else undefined for “now”. */
function buildTime(flag: string | undefined, ctx: CommandContext): string | undefined {
  if (flag !== undefined) {
    if (!IsoDateOrDateTime.safeParse(flag).success) {
      throw new UsageError(ctx.t('cli:badOption', { option: '--built-at', value: flag }));
    }
    return flag;
  }
  const epoch = ctx.env['SOURCE_DATE_EPOCH'];
  if (!epoch) return undefined;
  const time = /^\d{1,12}$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
  if (!time) throw new UsageError(ctx.t('cli:badOption', { option: 'SOURCE_DATE_EPOCH', value: epoch }));
  return time.toISOString();
}

export async function build(files: string[], options: BuildOptions, ctx: CommandContext): Promise<number> {
  if (files.length === 0) throw new UsageError(ctx.t('cli:missingArg', { arg: '<list...>' }));
  if (!options.out) throw new UsageError(ctx.t('cli:missingArg', { arg: '--out <dir>' }));
  // Checked before reading anything: an unusable time would only fail later, in `verify`.
  const builtAt = buildTime(options.builtAt, ctx);
  const { problems, catalogue } = await readLists(files, ctx, builtAt);
  if (reportProblems(ctx, problems) || !catalogue) {
    ctx.err(ctx.t('cli:buildFailed'));
    return EXIT.problems;
  }
  let written;
  try {
    written = await writeBundle(options.out, catalogue, await bundleExtras(catalogue));
  } catch (error) {
    if (error instanceof NotABundleError) {
      ctx.err(ctx.t('validation:bundle.outExists', { dir: options.out }));
      return EXIT.problems;
    }
    throw error;
  }
  ctx.out(ctx.t('cli:built', { dir: written.dir }));
  ctx.out(
    ctx.t('cli:builtSummary', {
      version: catalogue.catalogueVersion,
      items: catalogue.items.length,
      outlets: catalogue.outlets.length,
      withdrawn: catalogue.withdrawn.length,
      chain: catalogue.lists.map((l) => l.id).join(' → '),
    }),
  );
  for (const file of written.manifest.files) {
    ctx.out(ctx.t('cli:builtFile', { file: file.path, size: humanBytes(file.size), sha: file.sha256.slice(0, 16) }));
  }
  return EXIT.ok;
}
