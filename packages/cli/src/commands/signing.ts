import { access, readFile, writeFile } from 'node:fs/promises';
import { generateSigningKeys, signBundle, verifyBundle } from '@yizhan/catalogue/node';
import { problem } from '@yizhan/catalogue';
import { bundleDirFound } from '../bundle-dir.js';
import { EXIT, UsageError, reportProblems, type CommandContext } from '../context.js';

async function readKey(path: string, ctx: CommandContext): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const at = { t: ctx.t, file: path };
    reportProblems(ctx, [
      code === 'ENOENT'
        ? problem(at, '', 'file.notFound')
        : code === 'EISDIR'
          ? problem(at, '', 'file.directory')
          : problem(at, '', 'bundle.badKey', { detail: code ?? String(error) }),
    ]);
    return undefined;
  }
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

export async function keygen(out: string | undefined, ctx: CommandContext): Promise<number> {
  if (!out) throw new UsageError(ctx.t('cli:missingArg', { arg: '--out <prefix>' }));
  const keys = generateSigningKeys();
  const privatePath = `${out}.key`;
  const publicPath = `${out}.pub`;
  // Overwriting a key would orphan every bundle signed with it: check both before writing either.
  for (const path of [privatePath, publicPath]) {
    if (await exists(path)) {
      ctx.err(ctx.t('cli:keyExists', { file: path }));
      return EXIT.problems;
    }
  }
  // The private key is written for its owner only; `wx` also refuses a key created meanwhile.
  await writeFile(privatePath, keys.privatePem, { mode: 0o600, flag: 'wx' });
  await writeFile(publicPath, keys.publicPem, { flag: 'wx' });
  ctx.out(ctx.t('cli:keygen', { private: privatePath, public: publicPath, keyId: keys.keyId }));
  return EXIT.ok;
}

export async function sign(dir: string | undefined, keyPath: string | undefined, ctx: CommandContext): Promise<number> {
  if (!dir) throw new UsageError(ctx.t('cli:missingArg', { arg: '<bundle-dir>' }));
  if (!keyPath) throw new UsageError(ctx.t('cli:missingArg', { arg: '--key <file>' }));
  if (!(await bundleDirFound(dir, ctx))) return EXIT.problems;
  const pem = await readKey(keyPath, ctx);
  if (pem === undefined) return EXIT.problems;
  const result = await signBundle(dir, pem, ctx.t);
  if (reportProblems(ctx, result.problems, 'sign') || !result.keyId) return EXIT.problems;
  ctx.out(ctx.t('cli:signed', { dir, keyId: result.keyId }));
  return EXIT.ok;
}

export async function verify(
  dir: string | undefined,
  keyPath: string | undefined,
  ctx: CommandContext,
): Promise<number> {
  if (!dir) throw new UsageError(ctx.t('cli:missingArg', { arg: '<bundle-dir>' }));
  if (!(await bundleDirFound(dir, ctx))) return EXIT.problems;
  const pem = keyPath === undefined ? undefined : await readKey(keyPath, ctx);
  if (keyPath !== undefined && pem === undefined) return EXIT.problems;
  const result = await verifyBundle(dir, pem, ctx.t);
  if (reportProblems(ctx, result.problems, 'verify')) return EXIT.problems;
  const signature = result.manifest?.signature;
  if (result.keyId) ctx.out(ctx.t('cli:verified', { files: result.manifest?.files.length ?? 0, keyId: result.keyId }));
  else if (signature) ctx.out(ctx.t('cli:verifiedNotChecked', { keyId: signature.keyId }));
  else ctx.out(ctx.t('cli:verifiedUnsigned'));
  return EXIT.ok;
}
