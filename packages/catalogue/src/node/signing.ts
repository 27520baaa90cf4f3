import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { TFunction } from '@yizhan/i18n';
import { canonicalJson } from '../canonical-json.js';
import { BUNDLE_FILES, Manifest } from '../schema/bundle.js';
import { parseWith, problem, type MessageContext, type Problem } from '../problems.js';
import { isBundlePath, sha256Hex } from './bundle-writer.js';

/** Key id: the first 16 hex digits of SHA-256 over the raw 32-byte Ed25519 public key. */
export function keyIdOf(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256')
    .update(der.subarray(der.length - 32))
    .digest('hex')
    .slice(0, 16);
}

export function generateSigningKeys(): { privatePem: string; publicPem: string; keyId: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    keyId: keyIdOf(publicKey),
  };
}

/** The bytes a signature covers: the manifest as canonical JSON, without its signature. */
export function signedBytes(manifest: Manifest): Buffer {
  const { signature: _ignored, ...unsigned } = manifest;
  return Buffer.from(canonicalJson(unsigned), 'utf8');
}

/** Why a key file cannot be used, as a `validation:bundle.key.*` message key. */
export class KeyError extends Error {
  constructor(readonly reason: 'notPem' | 'notEd25519' | 'publicForSigning') {
    super(reason);
  }
}

function privateKeyOf(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    let isPublic = false;
    try {
      isPublic = createPublicKey(pem).type === 'public';
    } catch {
      // neither kind: not a key at all
    }
    throw new KeyError(isPublic ? 'publicForSigning' : 'notPem');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new KeyError('notEd25519');
  return key;
}

function publicKeyOf(pem: string): KeyObject {
  let key: KeyObject;
  try {
    // A private key file also works here: its public half is derived from it.
    key = createPublicKey(pem);
  } catch {
    throw new KeyError('notPem');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new KeyError('notEd25519');
  return key;
}

const keyProblem = (ctx: MessageContext, error: unknown): Problem => {
  if (!(error instanceof KeyError)) throw error;
  return problem(ctx, '', 'bundle.badKey', { detail: ctx.t(`validation:bundle.key.${error.reason}`) });
};

export function signManifest(manifest: Manifest, privatePem: string): Manifest {
  const key = privateKeyOf(privatePem);
  const publicKey = createPublicKey(key);
  const value = sign(null, signedBytes(manifest), key).toString('base64');
  return { ...manifest, signature: { alg: 'Ed25519', keyId: keyIdOf(publicKey), value } };
}

async function readManifest(dir: string, ctx: MessageContext): Promise<{ manifest?: Manifest; problems: Problem[] }> {
  let raw: string;
  try {
    raw = await readFile(join(dir, BUNDLE_FILES.manifest), 'utf8');
  } catch {
    return { problems: [problem(ctx, '', 'bundle.missingFile', { file: BUNDLE_FILES.manifest })] };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return { problems: [problem(ctx, '', 'bundle.manifestInvalid', { detail: (error as Error).message })] };
  }
  const parsed = parseWith(Manifest, data, { ...ctx, file: join(ctx.file, BUNDLE_FILES.manifest) }, (path) => ({
    where: path.join('.'),
  }));
  return parsed.data ? { manifest: parsed.data, problems: [] } : { problems: parsed.problems };
}

export async function signBundle(
  dir: string,
  privatePem: string,
  t: TFunction,
): Promise<{ keyId?: string; problems: Problem[] }> {
  const ctx = { t, file: dir };
  const { manifest, problems } = await readManifest(dir, ctx);
  if (!manifest) return { problems };
  // Every problem at once: a wrong key file and a damaged bundle are both worth knowing about.
  const check = await verifyFiles(dir, manifest, ctx);
  let signed: Manifest | undefined;
  try {
    signed = signManifest(manifest, privatePem);
  } catch (error) {
    check.push(keyProblem(ctx, error));
  }
  if (!signed || check.some((p) => p.severity === 'error')) return { problems: check };
  await writeFile(join(dir, BUNDLE_FILES.manifest), `${JSON.stringify(signed, null, 2)}\n`);
  return { keyId: signed.signature?.keyId, problems: check };
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (current: string) => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  await walk(dir);
  return out;
}

async function verifyFiles(dir: string, manifest: Manifest, ctx: MessageContext): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const entry of manifest.files) {
    // An unsigned manifest is anyone's text: never follow it outside the bundle directory.
    if (!isBundlePath(entry.path)) {
      problems.push(problem(ctx, BUNDLE_FILES.manifest, 'bundle.badPath', { file: entry.path }));
      continue;
    }
    let content: Buffer;
    try {
      content = await readFile(join(dir, entry.path));
    } catch {
      problems.push(problem(ctx, entry.path, 'bundle.missingFile', { file: entry.path }));
      continue;
    }
    if (content.byteLength !== entry.size) {
      problems.push(problem(ctx, entry.path, 'bundle.sizeMismatch', { file: entry.path }));
    } else if (sha256Hex(content) !== entry.sha256) {
      problems.push(problem(ctx, entry.path, 'bundle.hashMismatch', { file: entry.path }));
    }
  }
  const listed = new Set([BUNDLE_FILES.manifest, ...manifest.files.map((f) => f.path)]);
  for (const file of await listFiles(dir)) {
    if (!listed.has(file)) problems.push(problem(ctx, file, 'bundle.unlisted', { file }, 'warning'));
  }
  return problems;
}

export interface VerifyResult {
  manifest?: Manifest;
  keyId?: string;
  problems: Problem[];
}

/**
 * Check a bundle directory: every listed file present with the right size and SHA-256, and, when
 * a public key is given, an Ed25519 signature by that key over the manifest.
 */
export async function verifyBundle(dir: string, publicPem: string | undefined, t: TFunction): Promise<VerifyResult> {
  const ctx = { t, file: dir };
  const { manifest, problems } = await readManifest(dir, ctx);
  if (!manifest) return { problems };
  problems.push(...(await verifyFiles(dir, manifest, ctx)));
  if (publicPem === undefined) return { manifest, problems };
  let key: KeyObject;
  try {
    key = publicKeyOf(publicPem);
  } catch (error) {
    return { manifest, problems: [...problems, keyProblem(ctx, error)] };
  }
  const given = keyIdOf(key);
  if (!manifest.signature)
    return { manifest, problems: [...problems, problem(ctx, BUNDLE_FILES.manifest, 'bundle.unsigned')] };
  if (manifest.signature.keyId !== given) {
    problems.push(problem(ctx, BUNDLE_FILES.manifest, 'bundle.wrongKey', { signed: manifest.signature.keyId, given }));
    return { manifest, problems };
  }
  const ok = verify(null, signedBytes(manifest), key, Buffer.from(manifest.signature.value, 'base64'));
  if (!ok) problems.push(problem(ctx, BUNDLE_FILES.manifest, 'bundle.badSignature'));
  return { manifest, keyId: given, problems };
}
