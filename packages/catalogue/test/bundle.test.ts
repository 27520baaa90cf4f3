import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem, resolveCatalogue, type Catalogue, type Manifest } from '../src/index.js';
import { generateSigningKeys, NotABundleError, signBundle, verifyBundle, writeBundle } from '../src/node.js';
import { item, outlet, source, tEn, tZh } from './fixtures.js';

let root: string;
let catalogue: Catalogue;
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'yz-bundle-'));
  const resolved = resolveCatalogue(
    [source('cn', { items: [item('p1'), item('p2')], outlets: [outlet('o1', { itemIds: ['p1'] })] })],
    { t: tEn, builtAt: '2025-06-01T00:00:00.000Z' },
  );
  catalogue = resolved.catalogue!;
});
after(async () => {
  await rm(root, { recursive: true, force: true });
});

let counter = 0;
const fresh = () => join(root, `b${++counter}`);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const readManifest = async (dir: string) => JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const writeManifest = (dir: string, manifest: Manifest) =>
  writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
const codes = (problems: readonly { code: string; severity: string }[]) =>
  problems.map((p) => `${p.severity}:${p.code}`);

/** Snapshot of a directory tree: relative path → bytes. */
async function tree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    out.set(full.slice(dir.length + 1), (await readFile(full)).toString('base64'));
  }
  return out;
}

test('the manifest lists every file with its real SHA-256 and size', async () => {
  const dir = fresh();
  const index = new TextEncoder().encode('{"terms":{}}');
  const { manifest } = await writeBundle(dir, catalogue, [
    { path: 'search-index.json', content: index },
    { path: 'extra/readme.txt', content: '一站\n' },
  ]);
  assert.deepEqual(
    manifest.files.map((f) => f.path),
    ['catalogue.json', 'search-index.json', 'extra/readme.txt'],
  );
  for (const file of manifest.files) {
    const bytes = await readFile(join(dir, file.path));
    assert.equal(file.sha256, sha256(bytes), file.path);
    assert.equal(file.size, bytes.byteLength, file.path);
    assert.equal(file.size, (await stat(join(dir, file.path))).size);
  }
  assert.deepEqual(await readManifest(dir), manifest);
  assert.equal(manifest.catalogueVersion, catalogue.catalogueVersion);
  assert.equal(manifest.builtAt, catalogue.builtAt);
  assert.deepEqual(JSON.parse(await readFile(join(dir, 'catalogue.json'), 'utf8')), catalogue);
  assert.deepEqual((await verifyBundle(dir, undefined, tEn)).problems, []);
});

test('a rebuild replaces the whole bundle: files the new build does not write are gone', async () => {
  const dir = fresh();
  await writeBundle(dir, catalogue, [{ path: 'search-index.json', content: '{}' }]);
  await writeBundle(dir, catalogue);
  assert.deepEqual([...(await tree(dir)).keys()].sort(), ['catalogue.json', 'manifest.json']);
  assert.deepEqual(await readdir(root).then((names) => names.filter((n) => n.startsWith('.'))), []);
});

test('a build that fails while writing leaves the previous bundle exactly as it was', async () => {
  const dir = fresh();
  await writeBundle(dir, catalogue, [{ path: 'search-index.json', content: '{"v":1}' }]);
  const before = await tree(dir);
  // A path below catalogue.json cannot be created: the write fails after catalogue.json is written.
  await assert.rejects(writeBundle(dir, catalogue, [{ path: 'catalogue.json/oops.json', content: '{}' }]));
  assert.deepEqual(await tree(dir), before);
  // No staging directory is left behind beside it.
  assert.deepEqual(
    (await readdir(root)).filter((n) => n.startsWith('.')),
    [],
  );
});

test('extra files cannot escape the bundle or shadow the manifest', async () => {
  const dir = fresh();
  for (const path of [
    '../escape.json',
    'a/../../escape.json',
    '/abs.json',
    'manifest.json',
    'catalogue.json',
    '',
    'a//b',
  ]) {
    await assert.rejects(writeBundle(dir, catalogue, [{ path, content: '{}' }]), /bundle file path/, path);
  }
  await assert.rejects(
    writeBundle(dir, catalogue, [
      { path: 'x.json', content: '1' },
      { path: 'x.json', content: '2' },
    ]),
    /bundle file path/,
  );
  assert.deepEqual(
    (await readdir(root)).filter((n) => n.includes('escape') || n === dir.slice(root.length + 1)),
    [],
  );
});

test('refuses to replace a directory that is not a bundle, or a file', async () => {
  const dir = fresh();
  await mkdir(dir);
  await writeFile(join(dir, 'notes.txt'), '重要文件');
  await assert.rejects(writeBundle(dir, catalogue), NotABundleError);
  assert.equal(await readFile(join(dir, 'notes.txt'), 'utf8'), '重要文件');
  // A manifest.json that is not ours does not make it a bundle either.
  await writeFile(join(dir, 'manifest.json'), '{"name":"some web app"}');
  await assert.rejects(writeBundle(dir, catalogue), NotABundleError);
  const file = fresh();
  await writeFile(file, 'x');
  await assert.rejects(writeBundle(file, catalogue), NotABundleError);
  assert.equal(await readFile(file, 'utf8'), 'x');
  // An empty directory is fine.
  const empty = fresh();
  await mkdir(empty);
  await writeBundle(empty, catalogue);
  assert.ok((await readdir(empty)).includes('manifest.json'));
});

async function signedBundle() {
  const dir = fresh();
  await writeBundle(dir, catalogue, [{ path: 'search-index.json', content: '{"terms":{}}' }]);
  const keys = generateSigningKeys();
  const signed = await signBundle(dir, keys.privatePem, tEn);
  assert.deepEqual(signed.problems, []);
  assert.equal(signed.keyId, keys.keyId);
  return { dir, keys };
}

test('sign then verify succeeds and names the key', async () => {
  const { dir, keys } = await signedBundle();
  const manifest = await readManifest(dir);
  assert.equal(manifest.signature?.alg, 'Ed25519');
  assert.equal(manifest.signature?.keyId, keys.keyId);
  const result = await verifyBundle(dir, keys.publicPem, tEn);
  assert.deepEqual(result.problems, []);
  assert.equal(result.keyId, keys.keyId);
  // Signing again (a key rotation) replaces the signature rather than stacking one.
  const next = generateSigningKeys();
  await signBundle(dir, next.privatePem, tEn);
  assert.deepEqual((await verifyBundle(dir, next.publicPem, tEn)).problems, []);
  assert.deepEqual(codes((await verifyBundle(dir, keys.publicPem, tEn)).problems), ['error:bundle.wrongKey']);
});

test('one changed byte of the catalogue fails with a hash error naming the file', async () => {
  const { dir, keys } = await signedBundle();
  const path = join(dir, 'catalogue.json');
  const bytes = await readFile(path);
  bytes[10] = bytes[10] === 0x61 ? 0x62 : 0x61;
  await writeFile(path, bytes);
  const result = await verifyBundle(dir, keys.publicPem, tEn);
  assert.deepEqual(codes(result.problems), ['error:bundle.hashMismatch']);
  assert.match(formatProblem(result.problems[0]!), /catalogue\.json: The SHA-256 of catalogue\.json does not match/);
  // Without a key the hash check still runs.
  assert.deepEqual(codes((await verifyBundle(dir, undefined, tEn)).problems), ['error:bundle.hashMismatch']);
  // And the bundle cannot be signed in this state.
  assert.deepEqual(codes((await signBundle(dir, keys.privatePem, tEn)).problems), ['error:bundle.hashMismatch']);
});

test('a truncated or missing file, and an unlisted one', async () => {
  const { dir, keys } = await signedBundle();
  await writeFile(join(dir, 'search-index.json'), '{}');
  await writeFile(join(dir, 'stray.js'), 'alert(1)');
  assert.deepEqual(codes((await verifyBundle(dir, keys.publicPem, tEn)).problems), [
    'error:bundle.sizeMismatch',
    'warning:bundle.unlisted',
  ]);
  await rm(join(dir, 'catalogue.json'));
  assert.ok(codes((await verifyBundle(dir, keys.publicPem, tEn)).problems).includes('error:bundle.missingFile'));
});

test('a changed manifest field fails the signature, even when the file hashes agree', async () => {
  const { dir, keys } = await signedBundle();
  const manifest = await readManifest(dir);
  await writeManifest(dir, { ...manifest, catalogueVersion: 'forged' });
  const result = await verifyBundle(dir, keys.publicPem, tZh);
  assert.deepEqual(codes(result.problems), ['error:bundle.badSignature']);
  assert.match(result.problems[0]!.message, /签名无效/);
  // An attacker who swaps the catalogue and updates its hash and size in the manifest.
  const forged = new TextEncoder().encode(JSON.stringify({ ...catalogue, items: [] }));
  await writeFile(join(dir, 'catalogue.json'), forged);
  await writeManifest(dir, {
    ...manifest,
    files: manifest.files.map((f) =>
      f.path === 'catalogue.json' ? { ...f, sha256: sha256(forged), size: forged.byteLength } : f,
    ),
  });
  assert.deepEqual(codes((await verifyBundle(dir, keys.publicPem, tEn)).problems), ['error:bundle.badSignature']);
});

test('key problems: wrong key, unsigned bundle, garbage and non-Ed25519 keys', async () => {
  const { dir } = await signedBundle();
  const other = generateSigningKeys();
  const wrong = await verifyBundle(dir, other.publicPem, tEn);
  assert.deepEqual(codes(wrong.problems), ['error:bundle.wrongKey']);
  assert.match(wrong.problems[0]!.message, new RegExp(other.keyId));

  const unsigned = fresh();
  await writeBundle(unsigned, catalogue);
  assert.deepEqual(codes((await verifyBundle(unsigned, other.publicPem, tEn)).problems), ['error:bundle.unsigned']);

  const garbage = await verifyBundle(dir, 'not a key\n', tEn);
  assert.deepEqual(codes(garbage.problems), ['error:bundle.badKey']);
  assert.match(garbage.problems[0]!.message, /not a PEM key/);
  const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
  const rsaPem = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  assert.match((await verifyBundle(dir, rsaPem, tEn)).problems[0]!.message, /not an Ed25519 key/);
  // Signing needs the private key; the public one gets a message that says so.
  const withPublic = await signBundle(dir, other.publicPem, tZh);
  assert.deepEqual(codes(withPublic.problems), ['error:bundle.badKey']);
  assert.match(withPublic.problems[0]!.message, /公钥/);
  assert.match((await signBundle(dir, 'garbage', tEn)).problems[0]!.message, /not a PEM key/);
});

test('a missing, unreadable or invalid manifest is reported, not thrown', async () => {
  const dir = fresh();
  await mkdir(dir);
  assert.deepEqual(codes((await verifyBundle(dir, undefined, tEn)).problems), ['error:bundle.missingFile']);
  await writeFile(join(dir, 'manifest.json'), '{ nope');
  assert.deepEqual(codes((await verifyBundle(dir, undefined, tEn)).problems), ['error:bundle.manifestInvalid']);
  await writeFile(join(dir, 'manifest.json'), JSON.stringify({ formatVersion: 1 }));
  const invalid = await verifyBundle(dir, undefined, tEn);
  assert.ok(invalid.problems.length > 0);
  assert.ok(invalid.problems.every((p) => p.severity === 'error'));
});

test('a manifest that lists a path outside the bundle is refused, not followed', async () => {
  const dir = fresh();
  await writeBundle(dir, catalogue);
  const secret = join(root, 'secret.txt');
  await writeFile(secret, 'secret');
  const manifest = await readManifest(dir);
  const bytes = await readFile(secret);
  await writeManifest(dir, {
    ...manifest,
    files: [...manifest.files, { path: '../secret.txt', sha256: sha256(bytes), size: bytes.byteLength }],
  });
  const result = await verifyBundle(dir, undefined, tEn);
  assert.ok(codes(result.problems).includes('error:bundle.badPath'), codes(result.problems).join());
});
