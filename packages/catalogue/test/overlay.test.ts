import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TFunction } from '@yizhan/i18n';
import { formatProblem, importCsv, resolveCatalogue, type SourceList } from '../src/index.js';
import { csvColumnFor } from '../src/csv.js';
import { item, outlet, source, tEn, tZh } from './fixtures.js';

const BUILT_AT = '2025-06-01T00:00:00.000Z';

function resolve(sources: SourceList[], t: TFunction = tEn) {
  const result = resolveCatalogue(sources, { t, builtAt: BUILT_AT });
  return { ...result, lines: result.problems.map(formatProblem) };
}

const cn = (extra = {}) =>
  source('cn', {
    items: [
      item('p1', {
        timeLimit: { legal: { value: 7, unit: 'working-days' }, promised: { value: 5, unit: 'working-days' } },
        summary: { 'zh-CN': '国家版摘要' },
        channels: [{ type: 'window', outletIds: ['o1'] }],
      }),
      item('p2'),
      item('p3'),
    ],
    outlets: [
      outlet('o1', { itemIds: ['p1', 'p2'], windows: [{ label: { 'zh-CN': '1 号窗口' }, itemIds: ['p2', 'p3'] }] }),
    ],
    ...extra,
  });

test('a three-level chain resolves: add, override (whole and dotted), unset with null, withdraw', () => {
  const prov = source('zj', {
    extends: 'cn',
    items: [item('zj1', { category: 'finance' })],
    outlets: [outlet('zj-o', { parentId: 'o1', itemIds: ['zj1', 'p2'] })],
    overrides: [{ kind: 'item', id: 'p1', set: { 'timeLimit.promised': { value: 3, unit: 'working-days' } } }],
  });
  const city = source('hz', {
    extends: 'zj',
    overrides: [
      { kind: 'item', id: 'p1', set: { summary: null, channels: [{ type: 'online', url: 'https://hz.example.cn/' }] } },
      { kind: 'outlet', id: 'o1', set: { phones: ['0571-12345678'] } },
    ],
    withdrawals: [{ item: 'p2', reason: { 'zh-CN': '本市不办理' } }],
  });
  const { catalogue, problems } = resolve([city, cn(), prov]);
  assert.deepEqual(problems, []);
  assert.ok(catalogue);
  assert.deepEqual(
    catalogue.lists.map((l) => l.id),
    ['cn', 'zj', 'hz'],
  );
  assert.deepEqual(
    catalogue.items.map((i) => i.id),
    ['p1', 'p3', 'zj1'],
  );
  const p1 = catalogue.items[0]!;
  assert.deepEqual(p1.timeLimit, {
    legal: { value: 7, unit: 'working-days' },
    promised: { value: 3, unit: 'working-days' },
  });
  assert.equal(p1.summary, undefined);
  assert.deepEqual(p1.channels, [{ type: 'online', url: 'https://hz.example.cn/', outletIds: [] }]);
  assert.equal(p1.provenance['@'], 'cn');
  assert.equal(p1.provenance['timeLimit'], 'cn');
  assert.equal(p1.provenance['timeLimit.promised'], 'zj');
  assert.equal(p1.provenance['channels'], 'hz');
  assert.equal(p1.provenance['name'], 'cn');
  assert.equal('summary' in p1.provenance, false);
  // p2 is gone everywhere: items, outlet item lists, service windows; only `withdrawn` names it.
  assert.deepEqual(catalogue.withdrawn, [{ id: 'p2', by: 'hz' }]);
  const o1 = catalogue.outlets.find((o) => o.id === 'o1')!;
  assert.deepEqual(o1.itemIds, ['p1']);
  assert.deepEqual(o1.windows[0]!.itemIds, ['p3']);
  assert.deepEqual(o1.phones, ['0571-12345678']);
  assert.equal(o1.provenance['phones'], 'hz');
  assert.deepEqual(catalogue.outlets.find((o) => o.id === 'zj-o')!.itemIds, ['zj1']);
  assert.match(catalogue.catalogueVersion, /^1-[0-9a-f]{8}$/);
  assert.equal(catalogue.builtAt, BUILT_AT);
  assert.deepEqual(catalogue.publisher, city.list.publisher);
});

test('resolving does not modify the lists it was given', () => {
  const sources = [
    cn(),
    source('hz', {
      extends: 'cn',
      withdrawals: [{ item: 'p3' }],
      overrides: [{ kind: 'item', id: 'p1', set: { 'timeLimit.promised': null } }],
    }),
  ];
  const before = structuredClone(sources.map((s) => s.list));
  assert.deepEqual(resolve(sources).problems, []);
  assert.deepEqual(
    sources.map((s) => s.list),
    before,
  );
  // So the common list alone still resolves to what it says.
  const alone = resolve([sources[0]!]).catalogue!;
  assert.deepEqual(alone.outlets[0]!.windows[0]!.itemIds, ['p2', 'p3']);
});

test('withdrawing an item changes the outlet lists it was on, and provenance says who did it', () => {
  const { catalogue } = resolve([cn(), source('hz', { extends: 'cn', withdrawals: [{ item: 'p2' }] })]);
  const o1 = catalogue!.outlets[0]!;
  assert.equal(o1.provenance['itemIds'], 'hz');
  assert.equal(o1.provenance['windows'], 'hz');
  assert.equal(o1.provenance['name'], 'cn');
});

test('withdrawing the same item twice in one list records one withdrawal', () => {
  const { catalogue, problems } = resolve([
    cn(),
    source('hz', { extends: 'cn', withdrawals: [{ item: 'p3' }, { item: 'p3' }] }),
  ]);
  assert.deepEqual(problems, []);
  assert.deepEqual(catalogue!.withdrawn, [{ id: 'p3', by: 'hz' }]);
});

test('unsetting a field that has a default leaves the default, attributed to the overlay', () => {
  const { catalogue } = resolve([
    cn(),
    source('hz', { extends: 'cn', overrides: [{ kind: 'item', id: 'p1', set: { channels: null } }] }),
  ]);
  const p1 = catalogue!.items[0]!;
  assert.deepEqual(p1.channels, []);
  assert.equal(p1.provenance['channels'], 'hz');
});

test('chain errors: broken extends, no root, two roots, branching, cycle, duplicate list', () => {
  assert.deepEqual(resolve([cn(), source('hz', { extends: 'zj' })]).lines, [
    'hz.json:extends: The extended list “zj” is not among the inputs; give its file too, e.g. yizhan validate national.json province.json city.json',
  ]);
  assert.deepEqual(resolve([source('hz', { extends: 'zj' })], tZh).lines, [
    'hz.json:extends: 继承的目录“zj”不在本次输入中，请把它的文件一并列出，如 yizhan validate 国家.json 省.json 市.json',
  ]);
  // Without a broken extends, a missing common list is said once.
  assert.deepEqual(resolve([source('a', { extends: 'b' }), source('b', { extends: 'a' })]).lines, [
    'a.json: None of the inputs is a common list (tier “common”)',
  ]);
  assert.deepEqual(resolve([cn(), source('cn2', {}, 'other.json')]).lines, [
    'other.json:tier: More than one common list among the inputs: cn, cn2',
  ]);
  assert.deepEqual(resolve([cn(), source('a', { extends: 'cn' }), source('b', { extends: 'cn' })]).lines, [
    'cn.json: List “cn” is extended by several lists (a, b); build one chain at a time',
  ]);
  assert.deepEqual(resolve([cn(), source('a', { extends: 'b' }), source('b', { extends: 'a' })]).lines, [
    'a.json:extends: The lists extend each other in a cycle',
    'b.json:extends: The lists extend each other in a cycle',
  ]);
  assert.deepEqual(resolve([cn(), cn()]).lines, ['cn.json:id: List id “cn” appears more than once among the inputs']);
});

test('an overlay sets an item note and a variable fee, each traced to the list that set it', () => {
  const city = source('hz', {
    extends: 'cn',
    overrides: [
      {
        kind: 'item',
        id: 'p1',
        set: {
          note: { 'zh-CN': '本市窗口另提供免费代填服务' },
          fee: { charged: true, note: { 'zh-CN': '按争议金额收取，以收费标准为准' } },
        },
      },
    ],
  });
  const { catalogue, problems } = resolve([cn(), city]);
  assert.deepEqual(problems, []);
  const p1 = catalogue!.items.find((i) => i.id === 'p1')!;
  assert.deepEqual(p1.note, { 'zh-CN': '本市窗口另提供免费代填服务' });
  assert.deepEqual(p1.fee?.items, []);
  assert.equal(p1.provenance['note'], 'hz');
  assert.equal(p1.provenance['fee'], 'hz');

  // A charged fee with neither amounts nor a note is still refused, where the overlay set it.
  const bad = source('hz', { extends: 'cn', overrides: [{ kind: 'item', id: 'p1', set: { fee: { charged: true } } }] });
  const refused = resolve([cn(), bad]);
  assert.equal(refused.catalogue, undefined);
  assert.match(refused.lines.join('\n'), /fee.*say in note how it is charged/);
});

test('an overlay that marks a charged item free must drop its amounts too, as CSV requires', () => {
  const fee = {
    charged: true,
    items: [{ label: { 'zh-CN': '登记费' }, amountYuan: 100, per: 'piece' as const }],
  };
  const national = cn({ items: [item('p1', { fee }), item('p2'), item('p3')] });
  const dotted = source('hz', {
    extends: 'cn',
    overrides: [{ kind: 'item', id: 'p1', set: { 'fee.charged': false } }],
  });
  const refused = resolve([national, dotted]);
  // The 100-yuan item must not reach the catalogue beside “free”.
  assert.equal(refused.catalogue, undefined);
  assert.deepEqual(refused.lines, [
    'hz.json:overrides[0].set.fee: A service that is not charged (charged: false) cannot list fee amounts in items; remove the items, or set charged to true',
  ]);
  const whole = source('hz', {
    extends: 'cn',
    overrides: [{ kind: 'item', id: 'p1', set: { fee: { charged: false } } }],
  });
  const free = resolve([national, whole]);
  assert.deepEqual(free.problems, []);
  assert.deepEqual(free.catalogue!.items[0]!.fee, { charged: false, items: [] });
  const both = source('hz', {
    extends: 'cn',
    overrides: [{ kind: 'item', id: 'p1', set: { 'fee.charged': false, 'fee.items': null } }],
  });
  assert.deepEqual(resolve([national, both]).catalogue!.items[0]!.fee, { charged: false, items: [] });
});

test('incomplete inputs: the chain below the lists that read is checked, and nothing a missing list explains', () => {
  // The province list (zj) could not be read: the city (hz) extends it, so neither a broken
  // extends nor the city's overrides can be judged; the common list's overlay (sc) still can.
  const national = cn({
    outlets: [outlet('o1', { itemIds: ['p1', 'defined-downstream'] })],
  });
  const sichuan = source('sc', {
    extends: 'cn',
    overrides: [{ kind: 'item', id: 'nope', set: { category: 'trademark' } }],
    withdrawals: [{ item: 'p3' }],
  });
  const city = source('hz', { extends: 'zj', overrides: [{ kind: 'item', id: 'nope', set: {} }] });
  const incomplete = resolveCatalogue([national, sichuan, city], { t: tEn, incomplete: true });
  assert.equal(incomplete.catalogue, undefined);
  assert.deepEqual(incomplete.problems.map(formatProblem), [
    'sc.json:overrides[0].id: The item to override, “nope”, is not in an upstream list',
  ]);
  // With every list read, the same inputs are judged in full.
  assert.deepEqual(resolve([national, sichuan, city]).lines, [
    'hz.json:extends: The extended list “zj” is not among the inputs; give its file too, e.g. yizhan validate national.json province.json city.json',
  ]);
  // A cycle among the lists that were read is still a cycle; no common list is no problem.
  const cycle = resolveCatalogue([source('a', { extends: 'b' }), source('b', { extends: 'a' })], {
    t: tEn,
    incomplete: true,
  });
  assert.deepEqual(cycle.problems, []);
  const withRoot = resolveCatalogue([cn(), source('a', { extends: 'b' }), source('b', { extends: 'a' })], {
    t: tEn,
    incomplete: true,
  });
  assert.deepEqual(withRoot.problems.map(formatProblem), [
    'a.json:extends: The lists extend each other in a cycle',
    'b.json:extends: The lists extend each other in a cycle',
  ]);
});

test('override errors: unknown id, own item, id field, unknown field, invalid value with its path', () => {
  const city = source('hz', {
    extends: 'cn',
    items: [item('hz1')],
    overrides: [
      { kind: 'item', id: 'nope', set: { category: 'trademark' } },
      { kind: 'outlet', id: 'p1', set: { phones: [] } },
      { kind: 'item', id: 'hz1', set: { category: 'trademark' } },
      { kind: 'item', id: 'p1', set: { id: 'p9' } },
      { kind: 'item', id: 'p1', set: { colour: 'red', 'timeLimit.speed': 1 } },
      { kind: 'item', id: 'p1', set: { category: 'patents' } },
      { kind: 'item', id: 'p1', set: { 'timeLimit.promised': { value: 0, unit: 'days' } } },
      { kind: 'item', id: 'p2', set: { channels: [{ type: 'web' }] } },
      { kind: 'item', id: 'p3', set: { name: null } },
      { kind: 'item', id: 'p3', set: { 'fee.charged': true } },
    ],
  });
  assert.deepEqual(resolve([cn(), city]).lines, [
    'hz.json:overrides[0].id: The item to override, “nope”, is not in an upstream list',
    'hz.json:overrides[1].id: The outlet to override, “p1”, is not in an upstream list',
    'hz.json:overrides[2].id: The item to override, “hz1”, is not in an upstream list',
    'hz.json:overrides[3].set.id: Field “id” cannot be overridden',
    'hz.json:overrides[4].set.colour: Field “colour” cannot be overridden',
    'hz.json:overrides[4].set["timeLimit.speed"]: Field “timeLimit.speed” cannot be overridden',
    'hz.json:overrides[5].set.category: Invalid value “patents”, expected one of: patent, trademark, geographical-indication, ic-layout, protection, consultation, information, finance, training, other',
    'hz.json:overrides[6].set["timeLimit.promised"]: A time limit must be greater than 0',
    'hz.json:overrides[7].set.channels[0].type: Invalid value “web”, expected one of: online, window, mail, phone, wechat, kiosk',
    'hz.json:overrides[8].set.name: Required field is missing',
    'hz.json:overrides[9].set.fee: A charged service must list its fee amounts in items; when the amount varies (with the sum in dispute or the sum insured, or set each year), say in note how it is charged',
  ]);
});

test('withdrawal errors: unknown item, own item; re-adding an upstream item', () => {
  const city = source('hz', {
    extends: 'cn',
    items: [item('hz1'), item('p2')],
    withdrawals: [{ item: 'nope' }, { item: 'hz1' }],
  });
  assert.deepEqual(resolve([cn(), city]).lines, [
    'hz.json:withdrawals[0].item: The item to withdraw, “nope”, is not in an upstream list',
    'hz.json:withdrawals[1].item: Item “hz1” was added by this list; delete it instead of withdrawing it',
    'hz.json:items[1]: Item “p2” is already in the upstream list “cn”; change it with overrides instead of adding it again',
  ]);
  // An item withdrawn upstream cannot come back under the same id either.
  const zj = source('zj', { extends: 'cn', withdrawals: [{ item: 'p3' }] });
  assert.deepEqual(resolve([cn(), zj, source('hz', { extends: 'zj', items: [item('p3')] })]).lines, [
    'hz.json:items[0]: Item “p3” is already in the upstream list “cn”; change it with overrides instead of adding it again',
  ]);
  assert.deepEqual(resolve([cn(), source('zj', { extends: 'cn', outlets: [outlet('o1')] })]).lines, [
    'zj.json:outlets[0]: Outlet “o1” is already in the upstream list “cn”; change it with overrides',
  ]);
});

test('dangling references are reported where they were written, in both languages', () => {
  const list = source('cn', {
    items: [item('p1', { channels: [{ type: 'window', outletIds: ['o1', 'o9'] }] })],
    outlets: [
      outlet('o1', { itemIds: ['p1', 'p9'], windows: [{ label: { 'zh-CN': '窗口' }, itemIds: ['p8'] }] }),
      outlet('o2', { parentId: 'o7' }),
    ],
  });
  assert.deepEqual(resolve([list]).lines, [
    'cn.json:items[0].channels[0].outletIds[1]: Refers to an outlet that does not exist: “o9”',
    'cn.json:outlets[0].itemIds[1]: Refers to a service item that does not exist: “p9”',
    'cn.json:outlets[0].windows[0].itemIds[0]: Refers to a service item that does not exist: “p8”',
    'cn.json:outlets[1].parentId: Parent outlet “o7” does not exist',
  ]);
  assert.match(
    resolve([list], tZh).lines[0]!,
    /^cn\.json:items\[0\]\.channels\[0\]\.outletIds\[1\]: 引用了不存在的服务网点“o9”$/,
  );
  // A reference set by an override points at the override.
  const city = source('hz', {
    extends: 'cn',
    overrides: [{ kind: 'outlet', id: 'o1', set: { itemIds: ['p1', 'gone'] } }],
  });
  assert.deepEqual(resolve([cn(), city]).lines, [
    'hz.json:overrides[0].set.itemIds[1]: Refers to a service item that does not exist: “gone”',
  ]);
});

test('a dangling reference from a CSV list names the row and the column', () => {
  const imported = importCsv(
    'id,name_zh,category,outlet_ids\np1,专利,patent,\np2,商标,trademark,o1|o9\n',
    { id: 'items' },
    { t: tEn, file: 'items.csv' },
  );
  const rows = imported.rows;
  const csvSource: SourceList = {
    list: imported.list!,
    file: 'items.csv',
    locate: (kind, id) => (kind === 'item' ? String(rows.get(id) ?? '') : undefined),
    column: csvColumnFor,
  };
  const outlets = source('hz', { extends: 'items', outlets: [outlet('o1')] });
  assert.deepEqual(resolve([csvSource, outlets]).lines, [
    'items.csv:3: outlet_ids: Refers to an outlet that does not exist: “o9”',
  ]);
});

test('outlet parent cycles are reported', () => {
  const list = source('cn', {
    outlets: [outlet('a', { parentId: 'b' }), outlet('b', { parentId: 'a' }), outlet('c', { parentId: 'c' })],
  });
  const lines = resolve([list]).lines;
  assert.ok(lines.includes('cn.json:outlets[0].parentId: The outlet parent chain forms a cycle'), lines.join('\n'));
  assert.ok(lines.includes('cn.json:outlets[1].parentId: The outlet parent chain forms a cycle'));
  assert.ok(lines.includes('cn.json:outlets[2].parentId: The outlet parent chain forms a cycle'));
});
