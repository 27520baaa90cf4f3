import { after, before, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem } from '../src/index.js';
import { readListFile } from '../src/node.js';
import { listInput, item, tEn, tZh } from './fixtures.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yz-read-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function read(path: string, t = tEn) {
  const result = await readListFile(path, { t, displayName: path.slice(dir.length + 1) });
  return { ...result, lines: result.problems.map(formatProblem) };
}

/** The mutable object behind `node:fs/promises`; its ESM named exports follow it after syncBuiltinESMExports(). */
const fsPromises = createRequire(import.meta.url)('node:fs/promises') as typeof FsPromises;

/** GBK encoding of 专利 (what Excel on a Chinese Windows saves by default). */
const GBK_ZHUANLI = [0xd7, 0xa8, 0xc0, 0xfb];

test('a valid JSON list and a valid CSV list are read', async () => {
  const json = await read(await file('cn.json', JSON.stringify(listInput('cn', { items: [item('p1')] }))));
  assert.deepEqual(json.problems, []);
  assert.equal(json.source?.list.id, 'cn');
  const csv = await read(await file('my items.csv', 'id,name_zh,category\np1,专利,patent\n'));
  assert.deepEqual(csv.problems, []);
  // The list id comes from the file name, reduced to the id alphabet; the name is the file's own.
  assert.equal(csv.source?.list.id, 'my-items');
  assert.deepEqual(csv.source?.list.name, { 'zh-CN': 'my items' });
  assert.equal(csv.source?.locate?.('item', 'p1'), '2');
});

test('a CSV with a Chinese file name gets a usable id of its own and its file name as the list name', async () => {
  const rows = 'id,name_zh,category\np1,专利,patent\n';
  const chengdu = (await read(await file('成都市清单.csv', rows))).source!.list;
  const beijing = (await read(await file('北京市清单.csv', rows))).source!.list;
  // Dashes only (“-----”) were meaningless, and the same for every five-character name.
  assert.match(chengdu.id, /^csv-[0-9a-f]{8}$/);
  assert.notEqual(chengdu.id, beijing.id);
  assert.deepEqual(chengdu.name, { 'zh-CN': '成都市清单' });
  assert.deepEqual(chengdu.publisher.name, { 'zh-CN': '成都市清单' });
  assert.deepEqual(beijing.name, { 'zh-CN': '北京市清单' });
  const mixed = (await read(await file('杭州 items.csv', rows))).source!.list;
  assert.match(mixed.id, /^items-[0-9a-f]{8}$/);
});

test('a binary file is refused with the line of the first NUL byte', async () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
  const { lines, source } = await read(await file('logo.json', png));
  assert.equal(source, undefined);
  // The PNG signature holds two line feeds before its first NUL.
  assert.deepEqual(lines, ['logo.json:3: This is a binary file, not UTF-8 text (CSV or JSON)']);
});

test('a UTF-16 file (Excel “Unicode text”) is named as such, not as binary', async () => {
  const text = 'id,name_zh,category\r\np1,专利,patent\r\n';
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const { lines } = await read(await file('items.csv', utf16));
  assert.deepEqual(lines, ['items.csv: The file is UTF-16 text; save it as “CSV UTF-8” and try again']);
  assert.match((await read(join(dir, 'items.csv'), tZh)).lines[0]!, /UTF-16/);
});

test('GBK bytes are refused as invalid UTF-8 with the line they are on, in both languages', async () => {
  const bytes = Buffer.concat([
    Buffer.from('id,name_zh,category\np1,ok,patent\np2,'),
    Buffer.from(GBK_ZHUANLI),
    Buffer.from(',patent\n'),
  ]);
  const path = await file('gbk.csv', bytes);
  assert.deepEqual((await read(path)).lines, [
    'gbk.csv:3: Not valid UTF-8 (perhaps GBK); save it as UTF-8 and try again',
  ]);
  assert.match((await read(path, tZh)).lines[0]!, /^gbk\.csv:3: 不是有效的 UTF-8 编码（可能是 GBK）/);
});

test('UTF-8 look-alikes that decoders would silently replace are refused too', async () => {
  // An encoded UTF-16 surrogate (ED A0 80) and an overlong slash (C0 AF / E0 80 AF).
  for (const [name, bad] of [
    ['surrogate.json', [0xed, 0xa0, 0x80]],
    ['overlong.json', [0xe0, 0x80, 0xaf]],
    ['beyond.json', [0xf4, 0x90, 0x80, 0x80]],
  ] as const) {
    const path = await file(name, Buffer.concat([Buffer.from('{\n"a": "'), Buffer.from(bad), Buffer.from('"}')]));
    assert.deepEqual(
      (await read(path)).problems.map((p) => [p.where, p.code]),
      [['2', 'file.invalidUtf8']],
      name,
    );
  }
});

test('a 100 MB file is refused by its size without being opened', async () => {
  const path = join(dir, 'huge.json');
  execFileSync('truncate', ['-s', '100M', path]);
  const open = mock.method(fsPromises, 'open');
  const readFile = mock.method(fsPromises, 'readFile');
  syncBuiltinESMExports();
  try {
    const { lines } = await read(path);
    assert.deepEqual(lines, ['huge.json: File too large (100.0 MB); the limit is 64.0 MB']);
    assert.equal(open.mock.callCount(), 0);
    assert.equal(readFile.mock.callCount(), 0);
  } finally {
    mock.restoreAll();
    syncBuiltinESMExports();
    await rm(path);
  }
});

test('a custom size limit applies', async () => {
  const path = await file('small.json', JSON.stringify(listInput('cn')));
  const result = await readListFile(path, { t: tZh, maxBytes: 10, displayName: 'small.json' });
  assert.match(formatProblem(result.problems[0]!), /^small\.json: 文件过大（\d+ B），上限为 10 B$/);
});

test('empty and whitespace-only files', async () => {
  assert.deepEqual((await read(await file('empty.json', ''))).lines, ['empty.json: The file is empty']);
  assert.deepEqual((await read(await file('blank.csv', '\n \r\n'))).lines, ['blank.csv: The file is empty']);
});

test('unsupported extensions are refused before reading; a workbook gets a hint', async () => {
  assert.deepEqual((await read(await file('list.txt', 'hello'))).lines, [
    'list.txt: Unsupported file type “.txt”; use .json or .csv',
  ]);
  assert.deepEqual((await read(join(dir, 'not-there.xlsx'))).lines, [
    'not-there.xlsx: This is a spreadsheet workbook; save it as “CSV UTF-8 (comma delimited)” and try again',
  ]);
  assert.match((await read(join(dir, 'book.xls'), tZh)).lines[0]!, /CSV UTF-8/);
});

test('a missing file and a directory are reported, not thrown', async () => {
  assert.deepEqual((await read(join(dir, 'missing.json'))).lines, ['missing.json: File not found']);
  await mkdir(join(dir, 'folder.json'));
  assert.deepEqual((await read(join(dir, 'folder.json'))).lines, ['folder.json: This is a directory, not a file']);
  // Whatever the directory's name looks like: not “Unsupported file type”.
  for (const name of ['lists', 'lists.v2', 'book.xlsx']) {
    await mkdir(join(dir, name));
    assert.deepEqual((await read(join(dir, name))).lines, [`${name}: This is a directory, not a file`], name);
  }
});

test('malformed JSON is reported with its line and column, in both languages', async () => {
  const cases: [string, string, RegExp, RegExp][] = [
    [
      'trailing.json',
      '{\n  "formatVersion": 1,\n  "id": "cn",\n}\n',
      /^trailing\.json:3: .*comma/,
      /^trailing\.json:3: .*逗号/,
    ],
    [
      'unquoted.json',
      '{\n  "formatVersion": 1,\n  id: "cn"\n}',
      /^unquoted\.json:3: .*“i” at column 3/,
      /^unquoted\.json:3: .*第 3 列.*“i”/,
    ],
    ['cut.json', '{\n  "formatVersion": 1,\n  "items": [\n', /^cut\.json:4: .*ends before/, /^cut\.json:4: .*提前结束/],
    [
      'fullwidth.json',
      '{\n  "formatVersion": 1，\n  "id": "cn"\n}',
      /^fullwidth\.json:2: .*full-width “，”/,
      /^fullwidth\.json:2: .*全角.*“，”/,
    ],
    ['literal.json', '{\n\n  "formatVersion": tru\n}', /^literal\.json:3: .*column 20/, /^literal\.json:3: .*第 20 列/],
    [
      'newline.json',
      '{\n  "id": "c\nn"\n}',
      /^newline\.json:2: .*line break inside a string/,
      /^newline\.json:2: .*字符串中间换行/,
    ],
  ];
  for (const [name, text, en, zh] of cases) {
    const path = await file(name, text);
    const english = await read(path);
    assert.equal(english.problems.length, 1, name);
    assert.match(english.lines[0]!, en);
    assert.match((await read(path, tZh)).lines[0]!, zh);
  }
});

test('a UTF-8 BOM before JSON is accepted', async () => {
  const { problems } = await read(await file('bom.json', `\uFEFF${JSON.stringify(listInput('cn'))}`));
  assert.deepEqual(problems, []);
});

test('a list whose errors resolution never reads comes back for overlay checks only', async () => {
  const city = listInput('hz', {
    extends: 'cn',
    publisher: { name: { 'zh-CN': '杭州' }, level: 'municipal', regionCode: '5101' },
    withdrawals: [{ item: 'nope' }],
  });
  const header = await read(await file('hz.json', JSON.stringify(city)));
  assert.deepEqual(header.lines, [
    'hz.json:publisher.regionCode: Must be a six-digit GB/T 2260 region code whose first two digits are a province (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82), such as 110000',
  ]);
  assert.equal(header.source, undefined);
  assert.equal(header.checkOnly?.list.id, 'hz');
  assert.deepEqual(header.checkOnly?.list.withdrawals, [{ item: 'nope' }]);
  // An error in what resolution reads (an item) leaves nothing to check overlays with.
  const items = await read(
    await file('items.json', JSON.stringify({ ...city, items: [item('p1', { category: 'nope' as never })] })),
  );
  assert.equal(items.checkOnly, undefined);
});

test('a JSON file of the wrong format version or shape is one clear problem', async () => {
  const v2 = await read(await file('v2.json', JSON.stringify({ ...listInput('cn'), formatVersion: 2 })));
  assert.deepEqual(v2.lines, ['v2.json:formatVersion: Unsupported format version 2; this tool supports version 1']);
  const array = await read(await file('array.json', '[]'));
  assert.deepEqual(array.lines, ['array.json: Not a Yizhan list (no formatVersion)']);
});
