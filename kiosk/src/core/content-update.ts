import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { BUNDLE_FILES, Manifest } from '@yizhan/catalogue';
import { keyIdOf, sha256Hex, signedBytes, swapInto, verifyBundle } from '@yizhan/catalogue/node';
import type { TFunction } from '@yizhan/i18n';
import type { Clock } from './clock.js';

/**
 * Content bundles for an offline-first kiosk. A seed bundle ships inside the app; newer bundles
 * are downloaded to a staging directory beside the current one, checked completely (manifest
 * signature by the configured Ed25519 key, then every file's size and SHA-256), and only then
 * swapped in with one rename. Anything short of a fully verified bundle is thrown away, so a
 * bad, tampered, older or half-downloaded bundle never replaces a good one.
 */

export type UpdateErrorCode =
  | 'network'
  | 'http'
  | 'too-large'
  | 'manifest-invalid'
  | 'unsigned'
  | 'wrong-key'
  | 'bad-signature'
  | 'older'
  | 'truncated'
  | 'hash-mismatch'
  | 'disk';

export type UpdateOutcome =
  | { kind: 'updated'; catalogueVersion: string; builtAt: string }
  | { kind: 'up-to-date'; catalogueVersion: string }
  | { kind: 'rejected'; code: UpdateErrorCode; detail: string };

export interface ActiveBundle {
  source: 'seed' | 'downloaded';
  dir: string;
  catalogueVersion: string;
  builtAt: string;
  keyId: string;
}

export interface ContentStatus {
  source: 'seed' | 'downloaded' | 'none';
  catalogueVersion?: string;
  builtAt?: string;
  keyId?: string;
  lastCheckAt?: string;
  lastSuccessAt?: string;
  lastError?: { code: UpdateErrorCode | 'seed-invalid'; detail: string; at: string };
}

/** The subset of `fetch` the updater uses; Electron's `net.fetch` (system proxy) fits. */
export type FetchLike = (url: string, init?: { signal?: AbortSignal }) => Promise<Response>;

/** File-system writes the updater makes, injectable so tests can fail the disk. */
export interface UpdaterIo {
  writeFile(path: string, data: Uint8Array): Promise<void>;
  swapInto(staging: string, target: string): Promise<void>;
}

export interface ContentUpdaterOptions {
  /** Bundle shipped inside the app (read-only). */
  seedDir: string;
  /** Writable directory: `current/` holds the downloaded bundle, staging directories sit beside it. */
  contentRoot: string;
  bundleUrl: string;
  publicKeyPem: string;
  fetch: FetchLike;
  clock: Clock;
  t: TFunction;
  io?: Partial<UpdaterIo>;
  /** Largest manifest accepted, in bytes. */
  maxManifestBytes?: number;
}

class Rejection extends Error {
  constructor(
    readonly code: UpdateErrorCode,
    detail: string,
  ) {
    super(detail);
  }
}

/** Read a response body, refusing to hold more than `limit` bytes (a hostile or broken server). */
async function readCapped(response: Response, limit: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limit) throw new Rejection('too-large', `${declared} > ${limit} bytes`);
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      // The connection dropped mid-body: what arrived is a truncated file.
      throw new Rejection('truncated', (error as Error).message);
    }
    if (chunk.done) break;
    total += chunk.value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new Rejection('too-large', `more than ${limit} bytes`);
    }
    chunks.push(chunk.value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

const VERIFY_CODES: Record<string, UpdateErrorCode> = {
  'bundle.missingFile': 'truncated',
  'bundle.sizeMismatch': 'truncated',
  'bundle.hashMismatch': 'hash-mismatch',
  'bundle.unsigned': 'unsigned',
  'bundle.wrongKey': 'wrong-key',
  'bundle.badSignature': 'bad-signature',
  'bundle.badKey': 'wrong-key',
};

export class ContentUpdater {
  private active: ActiveBundle | undefined;
  private readonly key: KeyObject;
  private readonly keyId: string;
  private readonly io: UpdaterIo;
  private running: Promise<UpdateOutcome> | undefined;
  private info: Omit<ContentStatus, 'source' | 'catalogueVersion' | 'builtAt' | 'keyId'> = {};

  constructor(private readonly o: ContentUpdaterOptions) {
    this.key = createPublicKey(o.publicKeyPem);
    this.keyId = keyIdOf(this.key);
    this.io = {
      writeFile: (path, data) => writeFile(path, data),
      swapInto,
      ...o.io,
    };
  }

  get currentDir(): string {
    return join(this.o.contentRoot, 'current');
  }

  /** The bundle the renderer should be served, once `activate` has run. */
  get activeBundle(): ActiveBundle | undefined {
    return this.active;
  }

  status(): ContentStatus {
    const a = this.active;
    return {
      source: a?.source ?? 'none',
      ...(a ? { catalogueVersion: a.catalogueVersion, builtAt: a.builtAt, keyId: a.keyId } : {}),
      ...this.info,
    };
  }

  /**
   * Cold start: the downloaded bundle if it still verifies (a disk can rot), else the seed that
   * shipped with the app, also verified. Needs no network.
   */
  async activate(): Promise<ActiveBundle | undefined> {
    for (const [source, dir] of [
      ['downloaded', this.currentDir],
      ['seed', this.o.seedDir],
    ] as const) {
      const result = await verifyBundle(dir, this.o.publicKeyPem, this.o.t);
      if (result.manifest && !result.problems.some((p) => p.severity === 'error')) {
        this.active = {
          source,
          dir,
          catalogueVersion: result.manifest.catalogueVersion,
          builtAt: result.manifest.builtAt,
          keyId: this.keyId,
        };
        return this.active;
      }
      if (source === 'seed') {
        const detail = result.problems.map((p) => `${p.where}: ${p.message}`).join('; ');
        this.info.lastError = { code: 'seed-invalid', detail, at: this.isoNow() };
      }
    }
    this.active = undefined;
    return undefined;
  }

  /** Look for a newer bundle; concurrent calls share one run. */
  update(): Promise<UpdateOutcome> {
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  private isoNow(): string {
    return new Date(this.o.clock.now()).toISOString();
  }

  private async get(path: string): Promise<Response> {
    const url = new URL(path, this.o.bundleUrl).href;
    let response: Response;
    try {
      response = await this.o.fetch(url);
    } catch (error) {
      throw new Rejection('network', `${url}: ${(error as Error).message}`);
    }
    if (!response.ok) throw new Rejection('http', `${url}: HTTP ${response.status}`);
    return response;
  }

  private async run(): Promise<UpdateOutcome> {
    this.info.lastCheckAt = this.isoNow();
    let outcome: UpdateOutcome;
    try {
      outcome = await this.download();
    } catch (error) {
      outcome =
        error instanceof Rejection
          ? { kind: 'rejected', code: error.code, detail: error.message }
          : { kind: 'rejected', code: 'disk', detail: (error as Error).message };
    }
    if (outcome.kind === 'rejected')
      this.info.lastError = { code: outcome.code, detail: outcome.detail, at: this.isoNow() };
    else {
      this.info.lastSuccessAt = this.info.lastCheckAt;
      delete this.info.lastError;
    }
    return outcome;
  }

  /** Parse and authenticate the manifest before a single listed file is fetched. */
  private authenticate(bytes: Uint8Array): Manifest {
    let data: unknown;
    try {
      data = JSON.parse(Buffer.from(bytes).toString('utf8'));
    } catch (error) {
      throw new Rejection('manifest-invalid', (error as Error).message);
    }
    const parsed = Manifest.safeParse(data);
    if (!parsed.success) throw new Rejection('manifest-invalid', parsed.error.issues[0]?.message ?? 'invalid');
    const manifest = parsed.data;
    // The path pattern admits `.` and `..` segments; a signed manifest should never hold them,
    // and a staging directory must never be escaped even if one does.
    for (const file of manifest.files) {
      if (file.path.split('/').some((s) => s === '.' || s === '..') || file.path === BUNDLE_FILES.manifest)
        throw new Rejection('manifest-invalid', `bad path ${file.path}`);
    }
    if (!manifest.signature) throw new Rejection('unsigned', 'manifest has no signature');
    if (manifest.signature.keyId !== this.keyId)
      throw new Rejection('wrong-key', `signed by ${manifest.signature.keyId}, configured key is ${this.keyId}`);
    const ok = verify(null, signedBytes(manifest), this.key, Buffer.from(manifest.signature.value, 'base64'));
    if (!ok) throw new Rejection('bad-signature', 'Ed25519 signature does not match the manifest');
    return manifest;
  }

  private async download(): Promise<UpdateOutcome> {
    const manifestBytes = await readCapped(await this.get(BUNDLE_FILES.manifest), this.o.maxManifestBytes ?? 1 << 20);
    const manifest = this.authenticate(manifestBytes);
    const active = this.active;
    if (active && manifest.catalogueVersion === active.catalogueVersion && manifest.builtAt === active.builtAt)
      return { kind: 'up-to-date', catalogueVersion: active.catalogueVersion };
    // A replayed old bundle is validly signed; refusing older builds stops a rollback.
    if (active && Date.parse(manifest.builtAt) < Date.parse(active.builtAt))
      throw new Rejection('older', `${manifest.builtAt} is older than the active ${active.builtAt}`);

    await mkdir(this.o.contentRoot, { recursive: true });
    const staging = await mkdtemp(join(this.o.contentRoot, '.staging-'));
    try {
      for (const entry of manifest.files) {
        const bytes = await readCapped(await this.get(entry.path), entry.size);
        if (bytes.byteLength !== entry.size)
          throw new Rejection('truncated', `${entry.path}: ${bytes.byteLength} of ${entry.size} bytes`);
        if (sha256Hex(bytes) !== entry.sha256) throw new Rejection('hash-mismatch', `${entry.path}: SHA-256 differs`);
        const target = join(staging, ...entry.path.split('/'));
        await mkdir(dirname(target), { recursive: true });
        await this.io.writeFile(target, bytes);
      }
      await this.io.writeFile(join(staging, BUNDLE_FILES.manifest), manifestBytes);
      // Read back what reached the disk: a full disk or a flaky card shows up here, not later.
      const check = await verifyBundle(staging, this.o.publicKeyPem, this.o.t);
      const error = check.problems.find((p) => p.severity === 'error');
      if (error) throw new Rejection(VERIFY_CODES[error.code] ?? 'disk', `${error.where}: ${error.message}`);
      await this.io.swapInto(staging, this.currentDir);
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      throw error;
    }
    this.active = {
      source: 'downloaded',
      dir: this.currentDir,
      catalogueVersion: manifest.catalogueVersion,
      builtAt: manifest.builtAt,
      keyId: this.keyId,
    };
    return { kind: 'updated', catalogueVersion: manifest.catalogueVersion, builtAt: manifest.builtAt };
  }
}
