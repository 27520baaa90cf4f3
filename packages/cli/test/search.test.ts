import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { run } from '../src/main.js';

const MINI_LIST = new URL('../../search/test/fixtures/mini-list.json', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'yizhan-search-cli-'));
const bundle = join(tmp, 'bundle');

async function cli(args: string[], lang = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run([...args, '--lang', lang], { out: (l) => out.push(l), err: (l) => err.push(l) }, {});
  return { code, out, err };
}

before(async () => {
  const built = await cli(['build', MINI_LIST, '--out', bundle, '--built-at', '2025-01-01T00:00:00Z']);
  assert.equal(built.code, 0, built.err.join('\n'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

test('build lists search-index.json in the manifest', () => {
  const manifest = JSON.parse(readFileSync(join(bundle, 'manifest.json'), 'utf8')) as { files: { path: string }[] };
  assert.ok(manifest.files.some((f) => f.path === 'search-index.json'));
});

test('--json prints one line per query with the ranked ids', async () => {
  const { code, out } = await cli(['search', bundle, '专利质压', '--json']);
  assert.equal(code, 0);
  assert.deepEqual(
    out.map((l) => JSON.parse(l)),
    [{ query: '专利质压', ids: ['pt-pledge'] }],
  );
});

test('a multi-word query is taken whole and --limit caps the ids', async () => {
  const { out } = await cli(['search', bundle, 'trademark', 'renewal', '--json']);
  assert.deepEqual(JSON.parse(out[0]!), { query: 'trademark renewal', ids: ['tm-renewal'] });
  const limited = await cli(['search', bundle, '商标', '--limit', '2', '--json']);
  assert.equal((JSON.parse(limited.out[0]!) as { ids: string[] }).ids.length, 2);
});

test('--queries reads one query per line, skipping blank lines, after the argument query', async () => {
  const file = join(tmp, 'queries.txt');
  writeFileSync(file, '\uFEFFsbzc\r\n\n天气预报\n  \n12330\n');
  const { code, out } = await cli(['search', bundle, '商标续展', '--queries', file, '--json']);
  assert.equal(code, 0);
  assert.deepEqual(
    out.map((l) => JSON.parse(l)),
    [
      { query: '商标续展', ids: ['tm-renewal'] },
      { query: 'sbzc', ids: ['tm-certificate', 'tm-registration'] },
      { query: '天气预报', ids: [] },
      { query: '12330', ids: ['protection-aid'] },
    ],
  );
});

test('without --json a readable table in the chosen language', async () => {
  const zh = await cli(['search', bundle, '专利质压'], 'zh-CN');
  // The match field is labelled in the language too (the synonym 专利质押 sounds exactly alike).
  assert.match(
    zh.out.join('\n'),
    /“专利质压”：1 个结果\n\s+1\. 专利权质押登记 {2}\[pt-pledge\] {2}(名称|别名) {2}\d+\.\d{3}$/,
  );
  const en = await cli(['search', bundle, '天气预报'], 'en');
  assert.deepEqual(en.out, ['“天气预报”: 0 results', '  Nothing relevant found']);
});

test('a bad --limit is a usage error', async () => {
  for (const value of ['0', '-3', 'ten', '1001']) {
    const { code, err } = await cli(['search', bundle, '商标', `--limit=${value}`]);
    assert.equal(code, 2, value);
    assert.match(err[0]!, new RegExp(`Invalid value for --limit: ${value}`));
  }
});

test('a negative --limit given as its own argument is an invalid value, not a missing one', async () => {
  for (const value of ['-1', '-3.5']) {
    const { code, err } = await cli(['search', bundle, '商标', '--limit', value]);
    assert.equal(code, 2, value);
    assert.equal(err[0], `Invalid value for --limit: ${value}`);
  }
  // A value that only starts with a dash is still the option's business, and a flag is a flag.
  const flag = await cli(['search', bundle, '商标', '--limit', '--json']);
  assert.equal(flag.err[0], 'Option --limit needs a value');
});

test('a queries file in GBK or UTF-16 is refused as a list file would be, and nothing is searched', async () => {
  const gbk = join(tmp, 'gbk.txt');
  // 商标注册 then 专利 in GBK, as Excel or Notepad on a Chinese Windows saves “ANSI” text.
  writeFileSync(gbk, Buffer.from([0xc9, 0xcc, 0xb1, 0xea, 0xd7, 0xa2, 0xb2, 0xe1, 0x0d, 0x0a, 0xd7, 0xa8, 0xc0, 0xfb]));
  const fromGbk = await cli(['search', bundle, '--queries', gbk, '--json']);
  assert.equal(fromGbk.code, 1);
  assert.deepEqual(fromGbk.out, []);
  assert.deepEqual(fromGbk.err, [
    `${gbk}:1: Not valid UTF-8 (perhaps GBK); save it as UTF-8 and try again`,
    '1 problem found.',
  ]);
  const utf16 = join(tmp, 'utf16.txt');
  writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('商标续展\r\n', 'utf16le')]));
  const fromUtf16 = await cli(['search', bundle, '专利', '--queries', utf16, '--json'], 'zh-CN');
  assert.equal(fromUtf16.code, 1);
  // Not even the command-line query: one line per query holds only for a run that read them all.
  assert.deepEqual(fromUtf16.out, []);
  assert.match(fromUtf16.err[0]!, /utf16\.txt: 文件是 UTF-16 编码的文本/);
});

test('an empty query is answered like a blank one, on the command line and beside --queries', async () => {
  for (const query of ['', '   ']) {
    const alone = await cli(['search', bundle, query, '--json']);
    assert.equal(alone.code, 0, JSON.stringify(query));
    assert.deepEqual(
      alone.out.map((l) => JSON.parse(l)),
      [{ query, ids: [] }],
    );
  }
  const file = join(tmp, 'one-query.txt');
  writeFileSync(file, '12330\n');
  const both = await cli(['search', bundle, '', '--queries', file, '--json']);
  assert.deepEqual(
    both.out.map((l) => JSON.parse(l)),
    [
      { query: '', ids: [] },
      { query: '12330', ids: ['protection-aid'] },
    ],
  );
});

test('a search index of the wrong shape is refused with a message to rebuild, exit 1, not a crash', async () => {
  const damaged = join(tmp, 'damaged');
  assert.equal((await cli(['build', MINI_LIST, '--out', damaged])).code, 0);
  const index = JSON.parse(readFileSync(join(damaged, 'search-index.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(damaged, 'search-index.json'), JSON.stringify({ ...index, postings: null }));
  const { code, out, err } = await cli(['search', damaged, '商标', '--json']);
  assert.equal(code, 1);
  assert.deepEqual(out, []);
  assert.equal(err.length, 1);
  assert.match(err[0]!, /^The search index cannot be read: postings: Wrong type.*Rebuild it/);
});

test('a missing bundle directory, a bundle without an index and a missing queries file', async () => {
  const missing = await cli(['search', join(tmp, 'nope'), '商标'], 'zh-CN');
  assert.equal(missing.code, 1);
  assert.match(missing.err[0]!, /找不到数据包目录/);

  const bare = join(tmp, 'bare');
  const built = await cli(['build', MINI_LIST, '--out', bare]);
  assert.equal(built.code, 0);
  rmSync(join(bare, 'search-index.json'));
  const noIndex = await cli(['search', bare, '商标']);
  assert.equal(noIndex.code, 1);
  assert.match(noIndex.err[0]!, /no search index/);

  const noFile = await cli(['search', bundle, '--queries', join(tmp, 'none.txt')]);
  assert.equal(noFile.code, 1);
  assert.equal(noFile.err[0], `${join(tmp, 'none.txt')}: File not found`);

  const noQuery = await cli(['search', bundle]);
  assert.equal(noQuery.code, 2);
});

test('an index of an older format is refused with a message to rebuild, not a crash', async () => {
  const old = join(tmp, 'old-format');
  assert.equal((await cli(['build', MINI_LIST, '--out', old])).code, 0);
  const index = JSON.parse(readFileSync(join(old, 'search-index.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(old, 'search-index.json'), JSON.stringify({ ...index, formatVersion: 1 }));
  const { code, err } = await cli(['search', old, '商标']);
  assert.equal(code, 1);
  assert.match(err[0]!, /cannot be read: .*formatVersion 1, expected 2.*Rebuild it/);
});

test('a bundle built from a CSV list answers in the same contract', async () => {
  const csv = join(tmp, 'city.csv');
  writeFileSync(
    csv,
    'id,name_zh,name_en,category,synonyms\n' +
      'tm-pledge,商标专用权质押登记,Registration of trademark pledge,trademark,商标质押|商标贷款\n' +
      'pt-licence,专利实施许可合同备案,Recordal of patent licence contracts,patent,专利许可\n',
  );
  const out = join(tmp, 'csv-bundle');
  const built = await cli(['build', csv, '--out', out]);
  assert.equal(built.code, 0, built.err.join('\n'));
  const { out: lines } = await cli(['search', out, '商標質押', '--json']);
  assert.deepEqual(JSON.parse(lines[0]!), { query: '商標質押', ids: ['tm-pledge'] });
  const { out: pinyin } = await cli(['search', out, 'zhuanli xuke', '--json']);
  assert.deepEqual(JSON.parse(pinyin[0]!), { query: 'zhuanli xuke', ids: ['pt-licence'] });
});
