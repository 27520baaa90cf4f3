import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TFunction } from '@yizhan/i18n';
import { csvListId, formatProblem, ID_PATTERN, importCsv, type CsvImport } from '../src/index.js';
import { tEn, tZh } from './fixtures.js';

const HEADER = 'id,name_zh,category';

function csv(text: string, t: TFunction = tEn): CsvImport {
  return importCsv(text, { id: 'items', version: '1', updatedAt: '2025-01-01' }, { t, file: 'items.csv' });
}

const lines = (result: CsvImport) => result.problems.map(formatProblem);
const errors = (result: CsvImport) => result.problems.filter((p) => p.severity === 'error');

test('a plain CSV becomes a common list with one item per row', () => {
  const result = csv(`${HEADER}\np1,专利权质押登记,patent\nt1,商标注册,trademark\n`);
  assert.deepEqual(result.problems, []);
  assert.equal(result.list?.tier, 'common');
  assert.equal(result.list?.id, 'items');
  assert.deepEqual(
    result.list?.items.map((i) => [i.id, i.name['zh-CN'], i.category]),
    [
      ['p1', '专利权质押登记', 'patent'],
      ['t1', '商标注册', 'trademark'],
    ],
  );
  assert.deepEqual(
    [...result.rows],
    [
      ['p1', 2],
      ['t1', 3],
    ],
  );
});

test('a UTF-8 byte order mark before the header is ignored', () => {
  const result = csv(`\uFEFF${HEADER}\np1,专利,patent\n`);
  assert.deepEqual(result.problems, []);
  assert.equal(result.list?.items[0]?.id, 'p1');
});

test('CRLF line endings: no stray carriage returns, and rows keep their line numbers', () => {
  const text = [HEADER + ',summary_zh', 'p1,专利,patent,"第一行', '第二行"', 'p2,商标,trademark,摘要', ''].join('\r\n');
  const result = csv(text);
  assert.deepEqual(result.problems, []);
  assert.equal(result.list?.items[0]?.summary?.['zh-CN'], '第一行\n第二行');
  assert.equal(result.list?.items[1]?.name['zh-CN'], '商标');
  assert.equal(result.rows.get('p2'), 4);
  // A bad row after a multi-line cell is reported on the line where it starts.
  const bad = csv([HEADER + ',summary_zh', 'p1,专利,patent,"a', 'b', 'c"', 'p2,商标,nope,x', ''].join('\r\n'));
  assert.deepEqual(
    errors(bad).map((p) => p.where),
    ['5'],
  );
});

test('quoted cells keep commas, doubled quotes and line breaks', () => {
  const text = `${HEADER},summary_zh,synonyms\np1,"专利权质押登记, 变更",patent,"他说""好""","质押|""出质""|pledge, patent"\n`;
  const result = csv(text);
  assert.deepEqual(result.problems, []);
  const [p1] = result.list!.items;
  assert.equal(p1!.name['zh-CN'], '专利权质押登记, 变更');
  assert.equal(p1!.summary?.['zh-CN'], '他说"好"');
  assert.deepEqual(p1!.synonyms, ['质押', '"出质"', 'pledge, patent']);
});

test('| separates list cells; blanks around and between entries are dropped', () => {
  const text = `${HEADER},audience,channels,synonyms\np1,专利,patent, enterprise | sme ,online|window,a||b| \n`;
  const result = csv(text);
  assert.deepEqual(result.problems, []);
  const [p1] = result.list!.items;
  assert.deepEqual(p1!.audience, ['enterprise', 'sme']);
  assert.deepEqual(
    p1!.channels.map((c) => c.type),
    ['online', 'window'],
  );
  assert.deepEqual(p1!.synonyms, ['a', 'b']);
});

test('blank lines and lines of only commas are skipped without shifting row numbers', () => {
  const text = `${HEADER}\n\np1,专利,patent\n,,\n  \n,,,\np2,商标,wrong\n`;
  const result = csv(text);
  assert.deepEqual(lines(result), [
    'items.csv:7: category: Invalid value “wrong”, expected one of: patent, trademark, geographical-indication, ic-layout, protection, consultation, information, finance, training, other',
  ]);
});

test('an unknown column is a warning naming it, and the rest of the file still imports', () => {
  const result = csv(`${HEADER},remark\np1,专利,patent,内部备注\n`);
  assert.equal(result.list?.items.length, 1);
  assert.deepEqual(
    result.problems.map((p) => [p.where, p.severity, p.code]),
    [['1', 'warning', 'csv.unknownColumn']],
  );
  assert.match(result.problems[0]!.message, /“remark”/);
  assert.match(csv(`${HEADER},备注\np1,专利,patent,x\n`, tZh).problems[0]!.message, /无法识别的列“备注”/);
});

test('a missing required column is named, in both languages', () => {
  const en = csv('id,name_zh\np1,专利\n');
  assert.equal(en.list, undefined);
  assert.deepEqual(lines(en), ['items.csv:1: Required column “category” is missing']);
  assert.deepEqual(lines(csv('id,category\np1,patent\n', tZh)), ['items.csv:1: 缺少必需的列“name_zh”']);
});

test('a column given twice is an error', () => {
  const result = csv(`${HEADER},Category\np1,专利,patent,trademark\n`);
  assert.equal(result.list, undefined);
  assert.deepEqual(lines(result), ['items.csv:1: Column “category” appears more than once']);
});

test('a wrong enum names the row and the column, in both languages', () => {
  const text = `${HEADER},promised_value,promised_unit\np1,专利,patent,5,working-days\np2,商标,trademarks,3,weeks\n`;
  assert.deepEqual(lines(csv(text)), [
    'items.csv:3: category: Invalid value “trademarks”, expected one of: patent, trademark, geographical-indication, ic-layout, protection, consultation, information, finance, training, other',
    'items.csv:3: promised_unit: Invalid value “weeks”, expected one of: instant, working-days, days, months',
  ]);
  const zh = lines(csv(text, tZh));
  assert.match(zh[0]!, /^items\.csv:3: category: 取值“trademarks”无效/);
  assert.match(zh[1]!, /^items\.csv:3: promised_unit: 取值“weeks”无效/);
});

test('a duplicate id names both rows', () => {
  const result = csv(`${HEADER}\np1,专利,patent\np2,商标,trademark\np1,专利二,patent\n`);
  assert.equal(result.list, undefined);
  const [dup] = errors(result);
  assert.equal(dup!.where, '4');
  assert.match(dup!.message, /“p1”/);
  assert.match(dup!.message, /items\.csv:2/);
});

test('a bad number names the column and what was typed', () => {
  const result = csv(`${HEADER},promised_value,promised_unit\np1,专利,patent,五,工作日\n`);
  assert.deepEqual(lines(result), ['items.csv:2: Column “promised_value” must be a number, got “五”']);
  // Hexadecimal and exponents are not how anyone writes a number of days.
  assert.equal(errors(csv(`${HEADER},promised_value,promised_unit\np1,专利,patent,0x10,days\n`)).length, 1);
});

test('numbers typed with a full-width IME and thousands separators are read', () => {
  const text = `${HEADER},legal_value,legal_unit,fee_charged,fee_amount_yuan\np1,专利,patent,１５,工作日,是,"1,000|８００"\n`;
  const result = csv(text);
  assert.deepEqual(result.problems, []);
  const [p1] = result.list!.items;
  assert.deepEqual(p1!.timeLimit?.legal, { value: 15, unit: 'working-days' });
  assert.deepEqual(
    p1!.fee?.items.map((f) => f.amountYuan),
    [1000, 800],
  );
});

test('time limits: Chinese unit aliases, instant without a value, unit without a value', () => {
  const text = [
    `${HEADER},promised_value,promised_unit,legal_value,legal_unit,handling_type`,
    'p1,专利,patent,,即办,20,个工作日,',
    'p2,专利,patent,2,个月,,,承诺件',
    'p3,专利,patent,,天,5,,',
    '',
  ].join('\n');
  const result = csv(text);
  assert.deepEqual(lines(result), [
    'items.csv:4: “promised_unit” is filled in but its value is missing',
    'items.csv:4: “legal_value” is filled in but its unit is missing',
  ]);
  const ok = csv(text.split('\n').slice(0, 3).join('\n'));
  const [p1, p2] = ok.list!.items;
  assert.deepEqual(p1!.timeLimit, {
    promised: { value: 0, unit: 'instant' },
    legal: { value: 20, unit: 'working-days' },
  });
  assert.equal(p1!.handlingType, 'instant');
  assert.deepEqual(p2!.timeLimit?.promised, { value: 2, unit: 'months' });
  assert.equal(p2!.handlingType, 'commitment');
});

test('materials: name[:form[:copies]], ? for optional, Chinese form names', () => {
  const text = `${HEADER},materials\np1,专利,patent,申请表|身份证明:copy:2|?委托书:electronic|营业执照：复印件\n`;
  const result = csv(text);
  assert.deepEqual(result.problems, []);
  assert.deepEqual(
    result.list!.items[0]!.materials.map((m) => [m.name['zh-CN'], m.form, m.copies, m.required]),
    [
      ['申请表', 'original', 1, true],
      ['身份证明', 'copy', 2, true],
      ['委托书', 'electronic', 1, false],
      ['营业执照', 'copy', 1, true],
    ],
  );
});

test('bad material syntax is one problem per material, naming it', () => {
  const text = `${HEADER},materials\np1,专利,patent,申请表:scan|身份证明:copy:0|:copy\n`;
  const result = csv(text);
  assert.deepEqual(
    errors(result).map((p) => [p.where, p.code]),
    [
      ['2', 'csv.badMaterial'],
      ['2', 'csv.badMaterial'],
      ['2', 'csv.badMaterial'],
    ],
  );
  assert.match(errors(result)[0]!.message, /“申请表:scan”/);
});

test('fees: per-entry units, amounts without fee_charged, and contradictions', () => {
  const head = `${HEADER},fee_charged,fee_amount_yuan,fee_per`;
  const ok = csv(`${head}\np1,专利,patent,是,200|50,piece|class\np2,专利,patent,,300,year\np3,专利,patent,免费,,\n`);
  assert.deepEqual(ok.problems, []);
  const [p1, p2, p3] = ok.list!.items;
  assert.deepEqual(
    p1!.fee?.items.map((f) => [f.amountYuan, f.per]),
    [
      [200, 'piece'],
      [50, 'class'],
    ],
  );
  assert.deepEqual(p2!.fee?.charged, true);
  assert.deepEqual(p3!.fee, { charged: false, items: [] });

  const bad = csv(
    `${head}\np1,专利,patent,是,200,month\np2,专利,patent,否,100,\np3,专利,patent,也许,,\np4,专利,patent,是,,\n`,
  );
  assert.deepEqual(
    bad.problems.map((p) => [p.where, p.message.split(':')[0]]),
    [
      ['2', 'fee_per'],
      ['3', 'fee_amount_yuan is filled in but fee_charged says the service is free'],
      ['4', 'Column “fee_charged” must be yes/no (true/false), got “也许”'],
      [
        '5',
        'fee_charged says the service is charged but fee_amount_yuan gives no amount; for a fee that varies (arbitration, insurance premiums), use a JSON list and say in the fee’s note how it is charged',
      ],
    ],
  );
  // Reported once, in the maintainer's terms, not again by the schema.
  assert.equal(bad.problems.filter((p) => p.where === '5').length, 1);
});

test('problems in url and outlet_ids cells name those columns, once', () => {
  const text = `${HEADER},channels,url,outlet_ids\np1,专利,patent,online,ftp://x.cn,o1|bad id\n`;
  assert.deepEqual(
    csv(text).problems.map((p) => `${p.where}:${p.message.split(':')[0]}`),
    ['2:url', '2:outlet_ids'],
  );
});

test('a row with more or fewer cells than the header is reported, not guessed at, with advice for each', () => {
  const result = csv(`${HEADER}\np1,专利,patent,extra\np2,商标\np3,专利,patent,,\n`);
  assert.deepEqual(lines(result), [
    'items.csv:2: This row has 4 cells but the header has 3 columns; a cell that contains a comma must be in double quotes',
    'items.csv:3: This row has 2 cells but the header has 3 columns; a comma is missing, or the row ends early: an empty cell still needs its comma (a,,c)',
  ]);
  assert.deepEqual(
    result.problems.map((p) => p.code),
    ['csv.columnCount', 'csv.tooFewCells'],
  );
  // Trailing optional cells left out entirely are not guessed at either (csv.md: “left empty”).
  const short = csv(`${HEADER},name_en,url\np1,专利,patent,Patent,\np2,商标,trademark\n`, tZh);
  assert.deepEqual(lines(short), [
    'items.csv:3: 这一行有 3 个单元格，表头有 5 列；可能漏了逗号，或这一行提前结束了：空单元格也要保留逗号（如 a,,c）',
  ]);
});

test('a CSV list id from a Chinese file name is usable and differs per name; ASCII names keep the old rule', () => {
  const chengdu = csvListId('成都市清单');
  const beijing = csvListId('北京市清单');
  assert.match(chengdu, /^csv-[0-9a-f]{8}$/);
  assert.notEqual(chengdu, beijing);
  assert.equal(csvListId('成都市清单'), chengdu, 'the same name gives the same id');
  // macOS stores file names decomposed (NFD); the id must not depend on that.
  assert.equal(csvListId('杭州 Items 2026'.normalize('NFD')), csvListId('杭州 Items 2026'));
  assert.match(csvListId('杭州 Items 2026'), /^Items-2026-[0-9a-f]{8}$/);
  assert.equal(csvListId('example'), 'example');
  assert.equal(csvListId('my list (v2)'), 'my-list--v2-');
  for (const name of ['成都市清单', '杭州 Items 2026', `${'长'.repeat(80)}${'a'.repeat(80)}`]) {
    assert.match(csvListId(name), ID_PATTERN, name);
  }
});

test('an unterminated quote points at the line where the quote opens', () => {
  const result = csv(`${HEADER}\np1,专利,patent\np2,"商标,trademark\np3,专利,patent\n`);
  assert.equal(result.list, undefined);
  assert.deepEqual(lines(result), [
    'items.csv:3: A double quote opened on this line is never closed; check the cell for a missing "',
  ]);
  assert.match(lines(csv(`${HEADER}\np2,"商标,trademark\r\n\r\n`, tZh))[0]!, /^items\.csv:2: .*引号/);
});

test('a stray quote inside an unquoted cell is taken literally', () => {
  const result = csv(`${HEADER}\np1,专利"快速"预审,patent\n`);
  assert.deepEqual(result.problems, []);
  assert.equal(result.list?.items[0]?.name['zh-CN'], '专利"快速"预审');
});

test('every row with a problem is reported in one pass', () => {
  const text = `${HEADER},url\np1,专利,nope,\np2,,patent,\np3,商标,trademark,not-a-url\np1,专利,patent,\n`;
  assert.deepEqual(
    errors(csv(text)).map((p) => p.where),
    ['2', '3', '4', '5'],
  );
});

test('an empty file, a header only, or only blank lines', () => {
  assert.deepEqual(lines(csv('')), ['items.csv: The file is empty']);
  assert.deepEqual(lines(csv('\n\n')), ['items.csv: The file is empty']);
  assert.deepEqual(lines(csv(`${HEADER}\n`)), ['items.csv: There are no data rows']);
});

test('columns from DESIGN.md all import into the right fields', () => {
  const text = [
    'id,name_zh,name_en,synonyms,summary_zh,summary_en,category,audience,handling_type,promised_value,promised_unit,legal_value,legal_unit,fee_charged,fee_amount_yuan,fee_per,channels,outlet_ids,materials,url,status',
    'p1,专利权质押登记,Patent pledge,质押|出质,办理质押,Register a pledge,patent,enterprise|sme,承诺件,5,工作日,7,working-days,否,,,online|window,o1,申请表:original:1,https://ggfw.cnipa.gov.cn/,active',
    '',
  ].join('\n');
  const result = csv(text);
  assert.deepEqual(result.problems, []);
  const p1 = result.list!.items[0]!;
  assert.deepEqual(p1.name, { 'zh-CN': '专利权质押登记', en: 'Patent pledge' });
  assert.deepEqual(p1.summary, { 'zh-CN': '办理质押', en: 'Register a pledge' });
  assert.deepEqual(p1.synonyms, ['质押', '出质']);
  assert.deepEqual(p1.audience, ['enterprise', 'sme']);
  assert.equal(p1.handlingType, 'commitment');
  assert.deepEqual(p1.timeLimit, {
    promised: { value: 5, unit: 'working-days' },
    legal: { value: 7, unit: 'working-days' },
  });
  assert.deepEqual(p1.fee, { charged: false, items: [] });
  assert.deepEqual(p1.channels, [
    { type: 'online', url: 'https://ggfw.cnipa.gov.cn/', outletIds: [] },
    { type: 'window', outletIds: ['o1'] },
  ]);
  assert.equal(p1.url, 'https://ggfw.cnipa.gov.cn/');
  assert.equal(p1.status, 'active');
});

test('text after a closing quote is a syntax error on its line, in the reader language', () => {
  assert.deepEqual(lines(csv(`${HEADER}\np1,专利,patent\np2,"商标"注册,trademark\n`)), [
    'items.csv:3: A quoted cell goes on after its closing quote; write a quote inside a cell as two ("")',
  ]);
  assert.match(lines(csv(`${HEADER}\np2,"商标"注册,trademark\n`, tZh))[0]!, /^items\.csv:2: .*两个（""）/);
});

test('unnamed columns left by a spreadsheet are ignored, but not silently when they hold data', () => {
  assert.deepEqual(csv(`${HEADER},,\np1,专利,patent,,\n`).problems, []);
  const result = csv(`${HEADER},\np1,专利,patent,备注\n`);
  assert.equal(result.list?.items.length, 1);
  assert.deepEqual(lines(result), ['items.csv:1: Column 4 has no name; its cells were ignored']);
});

test('Traditional Chinese aliases from Hong Kong, Macao and Taiwan maintainers are understood', () => {
  const result = csv(
    [
      'id,name_zh,category,handling_type,promised_value,promised_unit,fee_charged,fee_amount_yuan,fee_per,materials',
      'tm-x,商標續展,trademark,承諾件,5,個工作日,收費,500,每類,申請書:原件|身份證明:複印件:2|電子檔:電子件',
    ].join('\n'),
  );
  assert.deepEqual(errors(result), []);
  const item = result.list!.items[0]!;
  assert.equal(item.handlingType, 'commitment');
  assert.deepEqual(item.timeLimit?.promised, { value: 5, unit: 'working-days' });
  assert.equal(item.fee?.charged, true);
  assert.equal(item.fee?.items[0]?.per, 'class');
  assert.deepEqual(
    item.materials.map((m) => [m.form, m.copies]),
    [
      ['original', 1],
      ['copy', 2],
      ['electronic', 1],
    ],
  );
});
