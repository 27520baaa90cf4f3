import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pickLanguage, run } from '../src/main.js';

let dir: string;
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Run the CLI in-process with captured output and a controlled environment. */
async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, env);
  return { code, out, err };
}

const HAN = /\p{Script=Han}/u;
const at = (name: string) => join(dir, name);

const NATIONAL = {
  formatVersion: 1,
  id: 'cn',
  name: { 'zh-CN': '国家通用目录' },
  publisher: { name: { 'zh-CN': '国家知识产权局' }, level: 'national' },
  tier: 'common',
  version: '2025.1',
  updatedAt: '2025-01-01',
  items: [
    { id: 'p1', name: { 'zh-CN': '专利权质押登记' }, category: 'patent', handlingType: 'commitment' },
    { id: 'p2', name: { 'zh-CN': '商标注册' }, category: 'trademark', handlingType: 'commitment' },
  ],
  outlets: [
    {
      id: 'o1',
      name: { 'zh-CN': '服务窗口' },
      type: 'trademark-window',
      regionCode: '510100',
      address: { 'zh-CN': '成都市（示例地址）' },
      itemIds: ['p1', 'p2'],
    },
  ],
};
const CITY = {
  formatVersion: 1,
  id: 'cd',
  name: { 'zh-CN': '成都市目录' },
  publisher: { name: { 'zh-CN': '成都市知识产权服务中心' }, level: 'municipal' },
  tier: 'individual',
  extends: 'cn',
  version: '3',
  updatedAt: '2025-02-01',
  withdrawals: [{ item: 'p2' }],
};
const BAD_CSV = 'id,name_zh,category\np1,专利,patentx\np1,商标,trademark\n';

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yz-cli-'));
  await writeFile(at('national.json'), JSON.stringify(NATIONAL));
  await writeFile(at('city.json'), JSON.stringify(CITY));
  await writeFile(at('bad.csv'), BAD_CSV);
});

test('help: --help and `help` print usage and succeed; no command is a usage error', async () => {
  const help = await cli(['--help'], { LANG: 'C' });
  assert.equal(help.code, 0);
  assert.match(help.out.join('\n'), /^Usage: yizhan <command>/);
  assert.deepEqual(help.err, []);
  assert.equal((await cli(['help'])).code, 0);
  assert.equal((await cli(['build', '--help'])).code, 0);
  const none = await cli([], { LANG: 'zh_CN.UTF-8' });
  assert.equal(none.code, 2);
  assert.deepEqual(none.out, []);
  assert.match(none.err.join('\n'), /^用法：yizhan/);
});

test('language: --lang wins, then LC_ALL / LC_MESSAGES / LANG; C means English; nothing means zh-CN', () => {
  assert.equal(pickLanguage('en', { LANG: 'zh_CN.UTF-8' }), 'en');
  assert.equal(pickLanguage(undefined, { LANG: 'zh_CN.UTF-8' }), 'zh-CN');
  assert.equal(pickLanguage(undefined, { LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }), 'en-US');
  assert.equal(pickLanguage(undefined, { LC_MESSAGES: 'zh_TW.UTF-8' }), 'zh-TW');
  assert.equal(pickLanguage(undefined, { LANG: 'C.UTF-8' }), 'en');
  assert.equal(pickLanguage(undefined, { LANG: 'POSIX' }), 'en');
  assert.equal(pickLanguage(undefined, {}), 'zh-CN');
});

test('an unknown command, an unknown option and a missing option value are usage errors (exit 2)', async () => {
  const command = await cli(['frobnicate', '--lang', 'en']);
  assert.equal(command.code, 2);
  assert.equal(command.err[0], 'Unknown command “frobnicate”. Run yizhan --help for usage.');
  const option = await cli(['validate', 'x.json', '--frob', '--lang=en']);
  assert.equal(option.code, 2);
  assert.equal(option.err[0], 'Unknown option --frob');
  const value = await cli(['build', at('national.json'), '--lang', 'en', '--out']);
  assert.equal(value.code, 2);
  assert.equal(value.err[0], 'Option --out needs a value');
  const flag = await cli(['--help=yes', '--lang', 'en']);
  assert.equal(flag.code, 2);
  assert.equal(flag.err[0], 'Option --help takes no value');
  const zh = await cli(['frobnicate', '--lang', 'zh-CN']);
  assert.equal(zh.err[0], '未知命令“frobnicate”。运行 yizhan --help 查看用法。');
  const missing = await cli(['validate', '--lang', 'en']);
  assert.equal(missing.code, 2);
  assert.equal(missing.err[0], 'Missing argument: <file...>');
});

test('validate: valid lists exit 0; a chain is checked as a whole', async () => {
  const one = await cli(['validate', at('national.json'), '--lang', 'en']);
  assert.deepEqual(one, { code: 0, out: ['1 file is valid.'], err: [] });
  const chain = await cli(['validate', at('city.json'), at('national.json'), '--lang', 'zh-CN']);
  assert.deepEqual(chain, { code: 0, out: ['2 个文件校验通过。'], err: [] });
  const alone = await cli(['validate', at('city.json'), '--lang', 'en']);
  assert.equal(alone.code, 1);
  assert.match(alone.err[0]!, /city\.json:extends: The extended list “cn” is not among the inputs/);
});

test('validate: one localized file:row: message line per problem, exit 1', async () => {
  const file = at('bad.csv');
  const en = await cli(['validate', file, '--lang', 'en']);
  assert.equal(en.code, 1);
  assert.deepEqual(en.out, []);
  assert.deepEqual(en.err, [
    `${file}:2: category: Invalid value “patentx”, expected one of: patent, trademark, geographical-indication, ic-layout, protection, consultation, information, finance, training, other`,
    `${file}:3: Duplicate id “p1” (first at ${file}:2)`,
    '2 problems found.',
  ]);
  const zh = await cli(['validate', file, '--lang', 'zh-CN']);
  assert.equal(zh.code, 1);
  assert.deepEqual(zh.err, [
    `${file}:2: category: 取值“patentx”无效，应为以下之一：patent, trademark, geographical-indication, ic-layout, protection, consultation, information, finance, training, other`,
    `${file}:3: 编号“p1”重复（首次出现在 ${file}:2）`,
    '发现 2 个问题。',
  ]);
  // Problems in several files are all reported in one run.
  await writeFile(at('bad.json'), '{\n  "formatVersion": 1,\n}');
  const both = await cli(['validate', file, at('bad.json'), '--lang', 'en']);
  assert.equal(both.err.length, 4);
  assert.match(both.err[2]!, /bad\.json:2: JSON syntax error/);
});

test('validate: a list with an error in its header still has its overlay checked in the same run', async () => {
  // publisher.regionCode used to hide the withdrawal and override problems until the next run.
  const city = {
    ...CITY,
    publisher: { ...CITY.publisher, regionCode: '5101' },
    withdrawals: [{ item: 'p2' }, { item: 'p9' }],
    overrides: [{ kind: 'item', id: 'p1', set: { category: 'patents' } }],
  };
  await writeFile(at('city-header.json'), JSON.stringify(city));
  const file = at('city-header.json');
  const result = await cli(['validate', at('national.json'), file, '--lang', 'en']);
  assert.equal(result.code, 1);
  assert.deepEqual(result.err, [
    `${file}:publisher.regionCode: Must be a six-digit GB/T 2260 region code whose first two digits are a province (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82), such as 110000`,
    `${file}:overrides[0].set.category: Invalid value “patents”, expected one of: patent, trademark, geographical-indication, ic-layout, protection, consultation, information, finance, training, other`,
    `${file}:withdrawals[1].item: The item to withdraw, “p9”, is not in an upstream list`,
    '3 problems found.',
  ]);
  // build reports the same and writes nothing.
  const out = at('never-header');
  const built = await cli(['build', at('national.json'), file, '--out', out, '--lang', 'en']);
  assert.deepEqual(built.err.slice(0, -1), result.err);
  await assert.rejects(stat(out));
});

test('validate: when a list cannot be read, the lists above it are still checked, without guesses', async () => {
  await writeFile(at('province-broken.json'), '{ "formatVersion": 1, }');
  const badOverlay = { ...CITY, id: 'zj', overrides: [{ kind: 'item', id: 'nope', set: { category: 'trademark' } }] };
  await writeFile(at('zj.json'), JSON.stringify(badOverlay));
  // The city extends the unreadable province: no “not among the inputs”, nothing about its overrides.
  const city = { ...CITY, extends: 'province', withdrawals: [{ item: 'nope' }] };
  await writeFile(at('city-below.json'), JSON.stringify(city));
  const result = await cli([
    'validate',
    at('national.json'),
    at('zj.json'),
    at('province-broken.json'),
    at('city-below.json'),
    '--lang',
    'en',
  ]);
  assert.equal(result.code, 1);
  assert.deepEqual(result.err, [
    `${at('province-broken.json')}:1: JSON syntax error: the comma at column 21 has nothing after it; remove the comma after the last entry`,
    `${at('zj.json')}:overrides[0].id: The item to override, “nope”, is not in an upstream list`,
    '2 problems found.',
  ]);
});

test('validate: a directory is named as one, whatever its name', async () => {
  for (const name of ['lists', 'lists.v2']) {
    await mkdir(at(name));
    const result = await cli(['validate', at(name), '--lang', 'en']);
    assert.equal(result.code, 1);
    assert.deepEqual(result.err, [`${at(name)}: This is a directory, not a file`, '1 problem found.']);
  }
});

test('build: a CSV named in Chinese gets an id of its own and keeps its name', async () => {
  const rows = 'id,name_zh,category\np1,专利权质押登记,patent\n';
  await writeFile(at('成都市清单.csv'), rows);
  await writeFile(at('北京市清单.csv'), rows);
  const ids: string[] = [];
  for (const name of ['成都市清单', '北京市清单']) {
    const out = at(`bundle-${name}`);
    const result = await cli(['build', at(`${name}.csv`), '--out', out, '--lang', 'en']);
    assert.equal(result.code, 0, result.err.join('\n'));
    const chain = /chain (\S+)$/.exec(result.out[1]!)?.[1] ?? '';
    assert.match(chain, /^csv-[0-9a-f]{8}$/);
    ids.push(chain);
    const catalogue = JSON.parse(await readFile(join(out, 'catalogue.json'), 'utf8')) as {
      lists: { id: string; name: Record<string, string> }[];
      publisher: { name: Record<string, string> };
    };
    assert.deepEqual(catalogue.lists[0]!.name, { 'zh-CN': name });
    assert.deepEqual(catalogue.publisher.name, { 'zh-CN': name });
  }
  assert.notEqual(ids[0], ids[1]);
});

test('validate and build: a fee marked free with amounts is refused in JSON and in overlays, as in CSV', async () => {
  const charged = { charged: true, items: [{ label: { 'zh-CN': '登记费' }, amountYuan: 100, per: 'piece' }] };
  const national = { ...NATIONAL, items: NATIONAL.items.map((i) => (i.id === 'p1' ? { ...i, fee: charged } : i)) };
  await writeFile(at('national-fee.json'), JSON.stringify(national));
  const contradiction = { ...national, items: [{ ...national.items[0]!, fee: { ...charged, charged: false } }] };
  await writeFile(at('fee-free.json'), JSON.stringify({ ...contradiction, outlets: [] }));
  const json = await cli(['validate', at('fee-free.json'), '--lang', 'en']);
  assert.equal(json.code, 1);
  assert.match(json.err[0]!, /fee-free\.json:items\[0\]\.fee: A service that is not charged \(charged: false\)/);

  const overlay = { ...CITY, withdrawals: [], overrides: [{ kind: 'item', id: 'p1', set: { 'fee.charged': false } }] };
  await writeFile(at('city-free.json'), JSON.stringify(overlay));
  const out = at('never-free');
  const built = await cli(['build', at('national-fee.json'), at('city-free.json'), '--out', out, '--lang', 'en']);
  assert.equal(built.code, 1);
  assert.match(built.err[0]!, /city-free\.json:overrides\[0\]\.set\.fee: A service that is not charged/);
  await assert.rejects(stat(out));
});

test('warnings alone do not fail validation', async () => {
  await writeFile(at('extra-column.csv'), 'id,name_zh,category,remark\np1,专利,patent,x\n');
  const result = await cli(['validate', at('extra-column.csv'), '--lang', 'en']);
  assert.equal(result.code, 0);
  assert.deepEqual(result.err, [
    `${at('extra-column.csv')}:1: Unrecognized column “remark” was ignored`,
    '1 warning (does not stop the build).',
  ]);
  assert.deepEqual(result.out, ['1 file is valid.']);
});

test('build: writes the bundle and prints a summary', async () => {
  const out = at('bundle');
  const result = await cli([
    'build',
    at('national.json'),
    at('city.json'),
    '--out',
    out,
    '--built-at',
    '2025-06-01T00:00:00Z',
    '--lang',
    'en',
  ]);
  assert.equal(result.code, 0, result.err.join('\n'));
  assert.equal(result.out[0], `Bundle written to ${out}`);
  assert.match(result.out[1]!, /^Catalogue 3-[0-9a-f]{8}: 1 service items, 1 outlets, 1 withdrawn; chain cn → cd$/);
  const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as {
    builtAt: string;
    files: { path: string }[];
  };
  assert.equal(manifest.builtAt, '2025-06-01T00:00:00Z');
  assert.ok(manifest.files.some((f) => f.path === 'catalogue.json'));
  for (const file of manifest.files) assert.ok(result.out.some((l) => l.startsWith(`  ${file.path}  `)));
  // The same lists and build time give the same bytes.
  const first = await readFile(join(out, 'catalogue.json'));
  await cli(['build', at('national.json'), at('city.json'), '--out', out, '--built-at', '2025-06-01T00:00:00Z']);
  assert.deepEqual(await readFile(join(out, 'catalogue.json')), first);
  // SOURCE_DATE_EPOCH fixes the time for reproducible builds too.
  await cli(['build', at('national.json'), '--out', out], { SOURCE_DATE_EPOCH: '1735689600' });
  const epochManifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as { builtAt: string };
  assert.equal(epochManifest.builtAt, '2025-01-01T00:00:00.000Z');
});

test('build: a failing input writes nothing to --out, and keeps an existing bundle as it was', async () => {
  const fresh = at('never');
  const result = await cli(['build', at('bad.csv'), '--out', fresh, '--lang', 'en']);
  assert.equal(result.code, 1);
  assert.equal(result.err.at(-1), 'Validation failed; nothing was written.');
  await assert.rejects(stat(fresh));
  assert.deepEqual(
    (await readdir(dir)).filter((n) => n.startsWith('.')),
    [],
  );

  const existing = at('kept');
  assert.equal((await cli(['build', at('national.json'), '--out', existing])).code, 0);
  const before = await readFile(join(existing, 'manifest.json'));
  const failed = await cli(['build', at('national.json'), at('bad.csv'), '--out', existing, '--lang', 'zh-CN']);
  assert.equal(failed.code, 1);
  assert.equal(failed.err.at(-1), '校验未通过，未写入任何文件。');
  assert.deepEqual(await readFile(join(existing, 'manifest.json')), before);
});

test('build: bad --built-at is a usage error and writes nothing', async () => {
  const out = at('bad-time');
  const result = await cli(['build', at('national.json'), '--out', out, '--built-at', 'yesterday', '--lang', 'en']);
  assert.equal(result.code, 2);
  assert.match(result.err[0]!, /^Invalid value for --built-at: yesterday/);
  await assert.rejects(stat(out));
  const epoch = await cli(['build', at('national.json'), '--out', out, '--lang', 'en'], { SOURCE_DATE_EPOCH: 'soon' });
  assert.equal(epoch.code, 2);
  assert.match(epoch.err[0]!, /SOURCE_DATE_EPOCH/);
});

test('build: refuses to replace a directory that is not a bundle', async () => {
  const out = at('docs');
  await mkdir(out);
  await writeFile(join(out, 'index.html'), '<h1>portal</h1>');
  const result = await cli(['build', at('national.json'), '--out', out, '--lang', 'en']);
  assert.equal(result.code, 1);
  assert.equal(
    result.err[0],
    `Output directory ${out} exists and is not a Yizhan bundle; nothing was changed, to be safe`,
  );
  assert.equal(await readFile(join(out, 'index.html'), 'utf8'), '<h1>portal</h1>');
});

test('keygen, sign, verify: the whole flow, tampering, and key mistakes', async () => {
  const bundle = at('signed');
  assert.equal((await cli(['build', at('national.json'), '--out', bundle])).code, 0);
  const prefix = at('office');
  const keygen = await cli(['keygen', '--out', prefix, '--lang', 'en']);
  assert.equal(keygen.code, 0);
  assert.match(
    keygen.out[0]!,
    /^Key pair written: private key .*office\.key .*public key .*office\.pub \(key id [0-9a-f]{16}\)$/,
  );
  assert.equal((await stat(`${prefix}.key`)).mode & 0o777, 0o600);
  const privateBefore = await readFile(`${prefix}.key`, 'utf8');
  // Never overwrite a key: that would orphan every bundle signed with it.
  const again = await cli(['keygen', '--out', prefix, '--lang', 'en']);
  assert.equal(again.code, 1);
  assert.equal(again.err[0], `${prefix}.key already exists; nothing was written (choose another --out prefix)`);
  assert.equal(await readFile(`${prefix}.key`, 'utf8'), privateBefore);

  const unsignedCheck = await cli(['verify', bundle, '--lang', 'en']);
  assert.deepEqual(unsignedCheck, { code: 0, out: ['File hashes match (the manifest is not signed)'], err: [] });

  const sign = await cli(['sign', bundle, '--key', `${prefix}.key`, '--lang', 'en']);
  assert.equal(sign.code, 0, sign.err.join('\n'));
  assert.match(sign.out[0]!, /^Signed .* with key [0-9a-f]{16}$/);
  const verify = await cli(['verify', bundle, '--key', `${prefix}.pub`, '--lang', 'zh-CN']);
  assert.equal(verify.code, 0);
  assert.match(verify.out[0]!, /^校验通过：2 个文件的哈希一致，签名有效（密钥 [0-9a-f]{16}）$/);
  // Without --key the signature is not checked, and the output must not claim it is absent.
  const noKey = await cli(['verify', bundle, '--lang', 'en']);
  assert.equal(noKey.code, 0);
  assert.match(noKey.out[0]!, /signed with key [0-9a-f]{16}; the signature was not checked \(give --key\)/);

  const catalogue = join(bundle, 'catalogue.json');
  const bytes = await readFile(catalogue);
  bytes[20] = bytes[20] === 0x7a ? 0x79 : 0x7a;
  await writeFile(catalogue, bytes);
  const tampered = await cli(['verify', bundle, '--key', `${prefix}.pub`, '--lang', 'en']);
  assert.equal(tampered.code, 1);
  assert.equal(
    tampered.err[0],
    `${bundle}:catalogue.json: The SHA-256 of catalogue.json does not match the manifest; the file was changed or is incomplete`,
  );

  const missingKey = await cli(['verify', bundle, '--key', at('nope.pub'), '--lang', 'en']);
  assert.equal(missingKey.code, 1);
  assert.equal(missingKey.err[0], `${at('nope.pub')}: File not found`);
  const wrongKind = await cli(['sign', bundle, '--key', `${prefix}.pub`, '--lang', 'en']);
  assert.equal(wrongKind.code, 1);
  assert.match(wrongKind.err.join('\n'), /public key; signing needs the private key/);
  const missingArg = await cli(['sign', bundle, '--lang', 'en']);
  assert.equal(missingArg.code, 2);
  assert.equal(missingArg.err[0], 'Missing argument: --key <file>');
});

test('sign and verify: a missing bundle directory is named as such, like search does', async () => {
  const nowhere = at('no-such-bundle');
  const prefix = at('dirkey');
  assert.equal((await cli(['keygen', '--out', prefix])).code, 0);
  for (const args of [
    ['verify', nowhere, '--key', `${prefix}.pub`],
    ['verify', nowhere],
    ['sign', nowhere, '--key', `${prefix}.key`],
  ]) {
    const result = await cli([...args, '--lang', 'en']);
    assert.equal(result.code, 1, args.join(' '));
    assert.deepEqual(result.err, [`Bundle directory not found: ${nowhere} (ENOENT)`], args.join(' '));
  }
  const zh = await cli(['verify', nowhere, '--lang', 'zh-CN']);
  assert.deepEqual(zh.err, [`找不到数据包目录 ${nowhere}（ENOENT）`]);
});

test('sign and verify: the warning count says what the warning does not stop, per command', async () => {
  const bundle = at('stray');
  assert.equal((await cli(['build', at('national.json'), '--out', bundle])).code, 0);
  await writeFile(join(bundle, 'stray.js'), '1');
  const prefix = at('straykey');
  assert.equal((await cli(['keygen', '--out', prefix])).code, 0);
  const sign = await cli(['sign', bundle, '--key', `${prefix}.key`, '--lang', 'en']);
  assert.equal(sign.code, 0);
  assert.deepEqual(sign.err, [
    `${bundle}:stray.js: File stray.js is not in the manifest`,
    '1 warning (does not stop signing).',
  ]);
  const verify = await cli(['verify', bundle, '--key', `${prefix}.pub`, '--lang', 'en']);
  assert.equal(verify.code, 0);
  assert.equal(verify.err.at(-1), '1 warning (does not fail verification).');
  const zh = await cli(['verify', bundle, '--lang', 'zh-CN']);
  assert.equal(zh.err.at(-1), '1 条提醒（不影响校验结果）。');
  for (const line of [...sign.err, ...verify.err]) assert.doesNotMatch(line, /build/);
});

test('a failure outside the input is reported in one line without a stack trace, exit 2', async () => {
  const blocker = at('a-file');
  await writeFile(blocker, 'x');
  const result = await cli(['build', at('national.json'), '--out', join(blocker, 'out'), '--lang', 'en']);
  assert.equal(result.code, 2);
  assert.equal(result.err.length, 1);
  assert.match(result.err[0]!, /^Could not finish: ENOTDIR/);
  assert.doesNotMatch(result.err[0]!, /\n\s+at /);
  const debug = await cli(['build', at('national.json'), '--out', join(blocker, 'out')], { YIZHAN_DEBUG: '1' });
  assert.match(debug.err.join('\n'), /\n\s+at /);
});

test('messages follow --lang, and English output has no Chinese of its own', async () => {
  const en = await cli(['validate', at('national.json'), at('nope.json'), '--lang', 'en']);
  const zh = await cli(['validate', at('national.json'), at('nope.json'), '--lang', 'zh-CN']);
  assert.deepEqual(en.err, [`${at('nope.json')}: File not found`, '1 problem found.']);
  assert.deepEqual(zh.err, [`${at('nope.json')}: 找不到文件`, '发现 1 个问题。']);
  for (const line of en.err) assert.doesNotMatch(line, HAN);
});
