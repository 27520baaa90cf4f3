import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TFunction } from '@yizhan/i18n';
import { List, Outlet, ServiceItem, formatProblem, parseList, type Problem } from '../src/index.js';
import { item, listInput, outlet, tEn, tZh } from './fixtures.js';

const HAN = /\p{Script=Han}/u;

function check(data: unknown, t: TFunction): Problem[] {
  return parseList(data, { t, file: 'list.json' }).problems;
}

/** `where → message` of every problem, for exact assertions on location. */
function byWhere(problems: readonly Problem[]): Map<string, string> {
  return new Map(problems.map((p) => [p.where, p.message]));
}

function badItem(extra: Record<string, unknown>): unknown {
  return listInput('cn', { items: [{ ...item('p1'), ...extra } as never] });
}

test('a minimal list with one item and one outlet is accepted and gets defaults', () => {
  const result = parseList(listInput('cn', { items: [item('p1')], outlets: [outlet('o1')] }), {
    t: tEn,
    file: 'list.json',
  });
  assert.deepEqual(result.problems, []);
  const parsed = result.list!;
  assert.equal(parsed.items[0]!.status, 'active');
  assert.deepEqual(parsed.items[0]!.channels, []);
  assert.equal(parsed.outlets[0]!.sample, false);
  assert.deepEqual(parsed.overrides, []);
});

test('an item note, and a charged fee whose amount varies when its note says how it is charged', () => {
  const arbitration = item('arbitration', {
    note: { 'zh-CN': '仲裁实行一裁终局', en: 'An award is final' },
    fee: {
      charged: true,
      note: { 'zh-CN': '仲裁费按争议金额，依仲裁委员会收费标准收取', en: 'By the sum in dispute, per the schedule' },
    },
  });
  const parsed = ServiceItem.safeParse(arbitration);
  assert.equal(parsed.success, true, JSON.stringify(parsed.error?.issues));
  assert.deepEqual(parsed.data?.fee?.items, []);
  assert.equal(parsed.data?.note?.['zh-CN'], '仲裁实行一裁终局');
  // Fixed amounts with a note are fine too; a free service needs neither.
  assert.equal(
    ServiceItem.safeParse(
      item('exam', {
        fee: {
          charged: true,
          items: [{ label: { 'zh-CN': '考试费' }, amountYuan: 100, per: 'piece' }],
          note: { 'zh-CN': '按科目' },
        },
      }),
    ).success,
    true,
  );
  assert.equal(ServiceItem.safeParse(item('free', { fee: { charged: false } })).success, true);
  // The note must say something in zh-CN.
  const empty = ServiceItem.safeParse(item('a', { fee: { charged: true, note: { en: 'varies' } } }));
  assert.equal(empty.success, false);
});

test('a fee marked not charged cannot list amounts, as in CSV', () => {
  const contradiction = item('p1', {
    fee: { charged: false, items: [{ label: { 'zh-CN': '费' }, amountYuan: 100, per: 'piece' }] },
  });
  const en = byWhere(check(listInput('cn', { items: [contradiction] }), tEn));
  assert.equal(
    en.get('items[0].fee'),
    'A service that is not charged (charged: false) cannot list fee amounts in items; remove the items, or set charged to true',
  );
  const zh = byWhere(check(listInput('cn', { items: [contradiction] }), tZh));
  assert.match(zh.get('items[0].fee')!, /不收费.*items/);
  assert.equal(ServiceItem.safeParse(item('free', { fee: { charged: false, items: [] } })).success, true);
});

test('region codes: six digits under a province-level prefix of GB/T 2260, and the message says so', () => {
  for (const code of ['110000', '510100', '650102', '710000', '810000', '820000']) {
    assert.equal(Outlet.safeParse(outlet('o1', { regionCode: code })).success, true, code);
  }
  for (const code of ['999999', '000000', '100000', '160000', '720000', '830000', '5101', '5101000']) {
    const problems = byWhere(check(listInput('cn', { outlets: [outlet('o1', { regionCode: code })] }), tEn));
    assert.match(problems.get('outlets[0].regionCode') ?? '', /first two digits are a province \(11–15, .*82\)/, code);
  }
});

test('a complete handling guide is accepted', () => {
  const full = item('patent-pledge', {
    code: '11100000000000000A',
    summary: { 'zh-CN': '办理专利权质押登记', en: 'Register a patent pledge' },
    synonyms: ['专利质押', 'zhuanli zhiya'],
    audience: ['enterprise', 'sme'],
    channels: [
      { type: 'online', url: 'https://ggfw.cnipa.gov.cn/' },
      { type: 'window', outletIds: ['o1'], hours: { 'zh-CN': '工作日 9:00-17:00' } },
      { type: 'phone', phone: '12330' },
    ],
    materials: [
      { name: { 'zh-CN': '专利权质押登记申请表' }, form: 'original', copies: 1 },
      { name: { 'zh-CN': '身份证明' }, form: 'copy', required: false, condition: { 'zh-CN': '委托代理的' } },
    ],
    steps: [{ title: { 'zh-CN': '提交申请' } }, { title: { 'zh-CN': '审查' }, detail: { 'zh-CN': '形式审查' } }],
    timeLimit: { legal: { value: 7, unit: 'working-days' }, promised: { value: 3, unit: 'working-days' } },
    fee: { charged: true, items: [{ label: { 'zh-CN': '登记费' }, amountYuan: 200, per: 'piece' }] },
    basis: [{ title: { 'zh-CN': '专利权质押登记办法' }, clause: '第五条' }],
    contact: { phone: '010-62356655', email: 'service@example.cn' },
    effectiveFrom: '2025-01-01',
    updatedAt: '2025-03-01T08:00:00+08:00',
  });
  const parsed = ServiceItem.safeParse(full);
  assert.equal(parsed.success, true, JSON.stringify(parsed.error?.issues));
  const hall = Outlet.safeParse(
    outlet('o1', {
      geo: { lat: 39.9, lng: 116.3 },
      phones: ['010-12345678'],
      hours: { weekly: [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' }], closed: ['2025-10-01'] },
      languages: ['zh-CN', 'en'],
      accessibility: ['wheelchair', 'elderly-assist'],
      windows: [{ label: { 'zh-CN': '3 号窗口' }, itemIds: ['patent-pledge'] }],
    }),
  );
  assert.equal(hall.success, true, JSON.stringify(hall.error?.issues));
});

const CASES: {
  name: string;
  data: unknown;
  where: string;
  en: RegExp;
  zh: RegExp;
}[] = [
  {
    name: 'missing required field',
    data: badItem({ name: undefined }),
    where: 'items[0].name',
    en: /required/i,
    zh: /缺少必填项/,
  },
  {
    name: 'wrong enum value names the value and the choices',
    data: badItem({ category: 'patents' }),
    where: 'items[0].category',
    en: /“patents”.*patent, trademark/,
    zh: /“patents”.*patent, trademark/,
  },
  {
    name: 'id with forbidden characters explains what an id may hold',
    data: badItem({ id: '专利 1' }),
    where: 'items[0].id',
    en: /letters, digits/,
    zh: /英文字母、数字/,
  },
  {
    name: 'localized text without zh-CN',
    data: badItem({ name: { en: 'Patent' } }),
    where: 'items[0].name',
    en: /Simplified Chinese \(zh-CN\)/,
    zh: /简体中文（zh-CN）/,
  },
  {
    name: 'language tag that is not BCP 47',
    data: badItem({ name: { 'zh-CN': '专利', english: 'Patent' } }),
    where: 'items[0].name.english',
    en: /“english”.*BCP 47/,
    zh: /“english”.*BCP 47/,
  },
  {
    name: 'wrong type',
    data: badItem({ synonyms: 'a|b' }),
    where: 'items[0].synonyms',
    en: /expected array/,
    zh: /应为 array/,
  },
  {
    name: 'empty string after trimming',
    data: badItem({ name: { 'zh-CN': '   ' } }),
    where: 'items[0].name["zh-CN"]',
    en: /must not be empty/i,
    zh: /不能为空/,
  },
  {
    name: 'number out of range',
    data: badItem({ timeLimit: { legal: { value: 5000, unit: 'days' } } }),
    where: 'items[0].timeLimit.legal.value',
    en: /at most 3650/,
    zh: /不能大于 3650/,
  },
  {
    name: 'fractional count',
    data: badItem({ materials: [{ name: { 'zh-CN': '申请表' }, form: 'copy', copies: 1.5 }] }),
    where: 'items[0].materials[0].copies',
    en: /whole number/,
    zh: /整数/,
  },
  {
    name: 'url that is not http(s)',
    data: badItem({ url: 'ftp://example.cn/x' }),
    where: 'items[0].url',
    en: /http or https/,
    zh: /http 或 https/,
  },
  {
    name: 'unknown field',
    data: badItem({ fees: 10 }),
    where: 'items[0]',
    en: /Unrecognized field\(s\): fees/,
    zh: /无法识别的字段：fees/,
  },
  {
    name: 'instant time limit with a value',
    data: badItem({ timeLimit: { promised: { value: 3, unit: 'instant' } } }),
    where: 'items[0].timeLimit.promised',
    en: /value 0/,
    zh: /应为 0/,
  },
  {
    name: 'zero time limit',
    data: badItem({ timeLimit: { promised: { value: 0, unit: 'days' } } }),
    where: 'items[0].timeLimit.promised',
    en: /greater than 0/,
    zh: /大于 0/,
  },
  {
    name: 'charged service without fee items or a note on how it is charged',
    data: badItem({ fee: { charged: true, basis: { 'zh-CN': '仲裁委员会收费标准' } } }),
    where: 'items[0].fee',
    en: /fee amounts in items.*say in note how it is charged/,
    zh: /items 中列出收费金额.*在 note 中说明如何收费/,
  },
  {
    name: 'item note that is not localized text',
    data: badItem({ note: '备案当年有效' }),
    where: 'items[0].note',
    en: /.+/,
    zh: /.+/,
  },
  {
    name: 'date in the wrong shape',
    data: badItem({ effectiveFrom: '2025/01/01' }),
    where: 'items[0].effectiveFrom',
    en: /YYYY-MM-DD/,
    zh: /YYYY-MM-DD/,
  },
  {
    name: 'date-or-datetime in the wrong shape',
    data: badItem({ updatedAt: '1 March 2025' }),
    where: 'items[0].updatedAt',
    en: /YYYY-MM-DD/,
    zh: /YYYY-MM-DD/,
  },
  {
    name: 'phone number',
    data: badItem({ contact: { phone: 'call us' } }),
    where: 'items[0].contact.phone',
    en: /12330/,
    zh: /12330/,
  },
  {
    name: 'outlet region code',
    data: listInput('cn', { outlets: [outlet('o1', { regionCode: '1100' })] }),
    where: 'outlets[0].regionCode',
    en: /six-digit.*GB\/T 2260/,
    zh: /6 位.*GB\/T 2260/,
  },
  {
    name: 'opening hours written as 9:00',
    data: listInput('cn', {
      outlets: [outlet('o1', { hours: { weekly: [{ days: [1], open: '9:00', close: '17:00' }] } })],
    }),
    where: 'outlets[0].hours.weekly[0].open',
    en: /HH:MM/,
    zh: /HH:MM/,
  },
  {
    name: 'closing before opening',
    data: listInput('cn', {
      outlets: [outlet('o1', { hours: { weekly: [{ days: [1], open: '17:00', close: '09:00' }] } })],
    }),
    where: 'outlets[0].hours.weekly[0]',
    en: /before closing/,
    zh: /早于结束/,
  },
  {
    name: 'duplicate item id names the first one',
    data: listInput('cn', { items: [item('p1'), item('p1')] }),
    where: 'items[1].id',
    en: /“p1”.*items\[0\]/,
    zh: /“p1”.*items\[0\]/,
  },
  {
    name: 'individual list without extends',
    data: { ...listInput('city'), tier: 'individual' },
    where: 'extends',
    en: /extends/,
    zh: /extends/,
  },
  {
    name: 'common list with extends',
    data: { ...listInput('cn'), extends: 'other' },
    where: 'extends',
    en: /cannot extend/,
    zh: /不能继承/,
  },
  {
    name: 'override path with a hyphen',
    data: listInput('city', { extends: 'cn', overrides: [{ kind: 'item', id: 'p1', set: { 'name.zh-CN': 'x' } }] }),
    where: 'overrides[0].set["name.zh-CN"]',
    en: /timeLimit\.promised/,
    zh: /timeLimit\.promised/,
  },
];

for (const c of CASES) {
  test(`rejected: ${c.name} (${c.where}), in English and in Chinese`, () => {
    const en = check(c.data, tEn);
    const zh = check(c.data, tZh);
    assert.ok(en.length > 0, 'expected a problem');
    const enMessage = byWhere(en).get(c.where);
    const zhMessage = byWhere(zh).get(c.where);
    assert.ok(enMessage, `no problem at ${c.where}; got ${en.map(formatProblem).join(' | ')}`);
    assert.ok(zhMessage, `no problem at ${c.where}; got ${zh.map(formatProblem).join(' | ')}`);
    assert.match(enMessage, c.en);
    assert.match(zhMessage, c.zh);
    assert.doesNotMatch(enMessage, HAN, `English message has Chinese text: ${enMessage}`);
    assert.match(zhMessage, HAN, `Chinese message has no Chinese text: ${zhMessage}`);
    for (const p of [...en, ...zh]) {
      assert.equal(p.file, 'list.json');
      assert.equal(p.severity, 'error');
    }
  });
}

test('every problem of a document is reported at once, each at its own path', () => {
  const data = listInput('cn', {
    items: [
      item('p1', { category: 'nope' as never }),
      item('p2', { handlingType: undefined as never, url: 'not a url' }),
      item('bad id'),
    ],
    outlets: [outlet('o1', { regionCode: 'x' }), outlet('o2', { type: 'office' as never })],
  });
  const wheres = check(data, tEn)
    .map((p) => p.where)
    .sort();
  assert.deepEqual(wheres, [
    'items[0].category',
    'items[1].handlingType',
    'items[1].url',
    'items[2].id',
    'outlets[0].regionCode',
    'outlets[1].type',
  ]);
});

test('a document that is not a list, or of another format version, gets one clear problem', () => {
  assert.match(check([1, 2], tEn)[0]!.message, /Not a Yizhan list/);
  assert.match(check({ items: [] }, tZh)[0]!.message, /formatVersion/);
  const [v2] = check({ ...listInput('cn'), formatVersion: 2 }, tEn);
  assert.equal(v2!.where, 'formatVersion');
  assert.match(v2!.message, /version 2; .*version 1/);
  // A string "1" is not the number 1: the message must show what was actually written.
  const [quoted] = check({ ...listInput('cn'), formatVersion: '1' }, tEn);
  assert.match(quoted!.message, /"1"/);
});

test('two languages in one process: error maps are per parse, never a global zod locale', async () => {
  const data = badItem({ category: 'x', url: 'nope' });
  // Interleave parses in both languages, concurrently, and check neither leaks into the other.
  const runs = await Promise.all(
    Array.from({ length: 6 }, async (_, i) => {
      await new Promise((resolve) => setImmediate(resolve));
      const t = i % 2 ? tEn : tZh;
      return { zh: i % 2 === 0, messages: check(data, t).map((p) => p.message) };
    }),
  );
  for (const run of runs) {
    assert.equal(run.messages.length, 2);
    for (const message of run.messages) {
      if (run.zh) assert.match(message, HAN);
      else assert.doesNotMatch(message, HAN);
    }
  }
  // A parse with no error map still speaks zod's own default language: nothing was set globally.
  const plain = List.safeParse(data);
  assert.equal(plain.success, false);
  for (const issue of plain.error!.issues) assert.doesNotMatch(issue.message, HAN);
});
