import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { BUNDLE_FILES, type Catalogue, type Manifest } from '../schema/bundle.js';
import { FORMAT_VERSION } from '../schema/list.js';

export const GENERATOR = 'yizhan/0.1.0';

export interface BundleFile {
  /** Path inside the bundle, `/`-separated. */
  path: string;
  content: string | Uint8Array;
}

export const sha256Hex = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * A path inside a bundle: `/`-separated names, no empty, `.` or `..` segment, so that joining it to
 * the bundle directory can never point outside it. Used for writing and for verifying manifests.
 */
export function isBundlePath(path: string): boolean {
  const segments = path.split('/');
  return segments.every((s) => /^[A-Za-z0-9._-]+$/.test(s) && s !== '.' && s !== '..');
}

/**
 * Write a bundle directory: the catalogue, any extra files (the search index), and a manifest
 * listing each file's SHA-256 and size. Files go to a temporary sibling directory first and
 * replace the target in one rename, so a failed or interrupted build never leaves a half bundle
 * where widgets and kiosks look for one.
 */
export async function writeBundle(
  outDir: string,
  catalogue: Catalogue,
  extraFiles: readonly BundleFile[] = [],
): Promise<{ manifest: Manifest; dir: string }> {
  const target = resolve(outDir);
  const files: BundleFile[] = [{ path: BUNDLE_FILES.catalogue, content: JSON.stringify(catalogue) }, ...extraFiles];
  // Extras come from other packages; a bad path must fail before anything is written anywhere.
  const seen = new Set<string>([BUNDLE_FILES.manifest]);
  for (const { path } of files) {
    if (!isBundlePath(path) || seen.has(path))
      throw new Error(`invalid or repeated bundle file path: ${JSON.stringify(path)}`);
    seen.add(path);
  }
  const manifest: Manifest = {
    formatVersion: FORMAT_VERSION,
    catalogueVersion: catalogue.catalogueVersion,
    builtAt: catalogue.builtAt,
    generator: GENERATOR,
    publisher: catalogue.publisher,
    files: files.map((f) => ({
      path: f.path,
      sha256: sha256Hex(f.content),
      size: typeof f.content === 'string' ? Buffer.byteLength(f.content) : f.content.byteLength,
    })),
  };
  await assertReplaceable(target);
  await mkdir(dirname(target), { recursive: true });
  const staging = join(dirname(target), `.${basename(target)}.tmp-${randomBytes(4).toString('hex')}`);
  await mkdir(staging, { recursive: true });
  try {
    for (const file of files) {
      const path = join(staging, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.content);
    }
    await writeFile(join(staging, BUNDLE_FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
    await swapInto(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  return { manifest, dir: target };
}

export class NotABundleError extends Error {
  constructor(readonly dir: string) {
    super(`refusing to replace ${dir}: it exists and is not a Yizhan bundle`);
  }
}

/** Only an empty directory or an earlier bundle may be replaced: never someone's other files. */
async function assertReplaceable(target: string): Promise<void> {
  let entries: string[];
  try {
    const info = await stat(target);
    if (!info.isDirectory()) throw new NotABundleError(target);
    entries = await readdir(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (entries.length === 0) return;
  try {
    const manifest = JSON.parse(await readFile(join(target, BUNDLE_FILES.manifest), 'utf8')) as {
      formatVersion?: unknown;
    };
    if (manifest.formatVersion !== undefined) return;
  } catch {
    // fall through: no readable manifest means not ours
  }
  throw new NotABundleError(target);
}

/** Replace `target` with `staging` so that readers see the old bundle or the new one, never a mix. */
export async function swapInto(staging: string, target: string): Promise<void> {
  const old = `${staging}.old`;
  let hadOld = false;
  try {
    await rename(target, old);
    hadOld = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    await rename(staging, target);
  } catch (error) {
    if (hadOld) await rename(old, target);
    throw error;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}
