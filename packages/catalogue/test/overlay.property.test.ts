/**
 * Property-based tests of overlay resolution: fast-check builds valid chains of 1–4 lists (a
 * common list and overlays that add items and outlets, override whole and dotted fields, unset
 * them with null, and withdraw items), then checks what must hold for every such chain.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { canonicalJson, resolveCatalogue, type Catalogue, type ListInput, type SourceList } from '../src/index.js';
import { item, outlet, source, tEn } from './fixtures.js';

const BUILT_AT = '2025-06-01T00:00:00.000Z';

const ITEM_OPS: [string, unknown][] = [
  ['summary', { 'zh-CN': '覆盖后的摘要' }],
  ['summary', null],
  ['timeLimit.promised', { value: 3, unit: 'working-days' }],
  ['timeLimit.promised', null],
  ['timeLimit', { legal: { value: 20, unit: 'days' } }],
  ['timeLimit.note', { 'zh-CN': '以实际受理为准' }],
  ['channels', [{ type: 'online', url: 'https://example.cn/apply' }]],
  ['channels', null],
  ['status', 'suspended'],
  ['synonyms', ['别名']],
];
/** `itemIds` values are filled in from the plan's picks. */
const OUTLET_OPS: [string, unknown][] = [
  ['phones', ['010-12345678']],
  ['transit', { 'zh-CN': '地铁 4 号线' }],
  ['transit', null],
  ['hours.note', { 'zh-CN': '节假日另行通知' }],
  ['itemIds', 'picks'],
];

const itemPlan = fc.record({
  summary: fc.boolean(),
  timeLimit: fc.boolean(),
  channelOutlets: fc.array(fc.nat(), { maxLength: 2 }),
  synonyms: fc.uniqueArray(fc.constantFrom('质押', '出质', 'zhiya', 'pledge'), { maxLength: 3 }),
});
const outletPlan = fc.record({
  itemPicks: fc.array(fc.nat(), { maxLength: 4 }),
  windowPicks: fc.array(fc.array(fc.nat(), { maxLength: 3 }), { maxLength: 2 }),
  parentPick: fc.option(fc.nat(), { nil: undefined }),
});
const overridePlan = fc.record({
  outlet: fc.boolean(),
  pick: fc.nat(),
  ops: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }),
  itemPicks: fc.array(fc.nat(), { maxLength: 3 }),
});
const listPlan = fc.record({
  items: fc.array(itemPlan, { maxLength: 4 }),
  outlets: fc.array(outletPlan, { maxLength: 2 }),
  overrides: fc.array(overridePlan, { maxLength: 4 }),
  withdrawals: fc.array(fc.nat(), { maxLength: 2 }),
});
const chainPlan = fc.array(listPlan, { minLength: 1, maxLength: 4 });
type ChainPlan = typeof chainPlan extends fc.Arbitrary<infer T> ? T : never;

/** One override operation as applied, in order, for the model of expected provenance. */
interface AppliedOp {
  kind: 'item' | 'outlet';
  id: string;
  path: string;
  value: unknown;
  by: string;
}

interface Built {
  sources: SourceList[];
  ops: AppliedOp[];
  withdrawn: Map<string, string>;
  everAdded: Map<string, string>;
}

const pick = <T>(values: readonly T[], n: number): T | undefined =>
  values.length ? values[n % values.length] : undefined;

/** Turn a plan of picks into concrete, valid lists. */
function build(plan: ChainPlan): Built {
  const sources: SourceList[] = [];
  const ops: AppliedOp[] = [];
  const withdrawn = new Map<string, string>();
  const everAdded = new Map<string, string>();
  let live: string[] = [];
  const outlets: string[] = [];
  plan.forEach((lp, k) => {
    const id = `L${k}`;
    const extra: Partial<ListInput> = k === 0 ? {} : { extends: `L${k - 1}` };
    const upstream = [...live];
    const overrides: NonNullable<ListInput['overrides']> = [];
    if (k > 0) {
      for (const o of lp.overrides) {
        const targets = o.outlet ? outlets : upstream;
        const target = pick(targets, o.pick);
        if (target === undefined) continue;
        const table = o.outlet ? OUTLET_OPS : ITEM_OPS;
        const set: Record<string, unknown> = {};
        for (const n of o.ops) {
          const [path, value] = table[n % table.length]!;
          if (path in set) continue;
          set[path] =
            value === 'picks'
              ? [...new Set(o.itemPicks.map((p) => pick([...everAdded.keys()], p)!))].filter(Boolean)
              : value;
        }
        overrides.push({ kind: o.outlet ? 'outlet' : 'item', id: target, set });
        for (const path of Object.keys(set).sort()) {
          ops.push({ kind: o.outlet ? 'outlet' : 'item', id: target, path, value: set[path], by: id });
        }
      }
    }
    const withdrawals: { item: string }[] = [];
    if (k > 0) {
      for (const n of lp.withdrawals) {
        const target = pick(upstream, n);
        if (target === undefined || withdrawals.some((w) => w.item === target)) continue;
        withdrawals.push({ item: target });
        withdrawn.set(target, id);
      }
    }
    live = upstream.filter((i) => !withdrawals.some((w) => w.item === i));
    const items = lp.items.map((ip, j) => {
      const itemId = `i${k}-${j}`;
      const outletIds = [...new Set(ip.channelOutlets.map((n) => pick(outlets, n)).filter((o) => o !== undefined))];
      return item(itemId, {
        synonyms: ip.synonyms,
        ...(ip.summary ? { summary: { 'zh-CN': `摘要 ${itemId}` } } : {}),
        ...(ip.timeLimit ? { timeLimit: { promised: { value: 5, unit: 'working-days' } } } : {}),
        ...(outletIds.length ? { channels: [{ type: 'window', outletIds }] } : {}),
      });
    });
    for (const i of items) {
      live.push(i.id);
      everAdded.set(i.id, id);
    }
    const everIds = [...everAdded.keys()];
    const newOutlets = lp.outlets.map((op, j) => {
      const outletId = `o${k}-${j}`;
      const parentId = op.parentPick === undefined ? undefined : pick(outlets, op.parentPick);
      const ids = (picks: number[]) => [...new Set(picks.map((p) => pick(everIds, p)!).filter(Boolean))];
      return outlet(outletId, {
        itemIds: ids(op.itemPicks),
        windows: op.windowPicks.map((w, n) => ({ label: { 'zh-CN': `${n + 1} 号窗口` }, itemIds: ids(w) })),
        ...(parentId ? { parentId } : {}),
      });
    });
    outlets.push(...newOutlets.map((o) => o.id));
    sources.push(source(id, { ...extra, items, outlets: newOutlets, overrides, withdrawals }));
  });
  return { sources, ops, withdrawn, everAdded };
}

function resolved(sources: readonly SourceList[]): Catalogue {
  const result = resolveCatalogue(sources, { t: tEn, builtAt: BUILT_AT });
  assert.deepEqual(result.problems, [], 'a valid chain must resolve without problems');
  return result.catalogue!;
}

const RUNS = { numRuns: 300 };

test('property: valid chains resolve, and identical input gives byte-identical output in any file order', () => {
  fc.assert(
    fc.property(
      chainPlan.chain((plan) =>
        fc.tuple(fc.constant(plan), fc.shuffledSubarray([...plan.keys()], { minLength: plan.length })),
      ),
      ([plan, order]) => {
        const { sources } = build(plan);
        const first = canonicalJson(resolved(sources));
        const again = canonicalJson(resolved(structuredClone(sources)));
        const shuffled = canonicalJson(resolved(order.map((i) => sources[i]!)));
        assert.equal(again, first);
        assert.equal(shuffled, first);
        // Only builtAt may differ between two builds of the same lists.
        const unpinned = resolveCatalogue(sources, { t: tEn }).catalogue!;
        assert.equal(canonicalJson({ ...unpinned, builtAt: BUILT_AT }), first);
      },
    ),
    RUNS,
  );
});

test('property: resolving never modifies the input lists', () => {
  fc.assert(
    fc.property(chainPlan, (plan) => {
      const { sources } = build(plan);
      const before = structuredClone(sources.map((s) => s.list));
      resolved(sources);
      assert.deepEqual(
        sources.map((s) => s.list),
        before,
      );
    }),
    RUNS,
  );
});

test('property: a withdrawn item appears nowhere but in `withdrawn`', () => {
  fc.assert(
    fc.property(chainPlan, (plan) => {
      const { sources, withdrawn, everAdded } = build(plan);
      const catalogue = resolved(sources);
      const gone = new Set(withdrawn.keys());
      assert.deepEqual(
        catalogue.items.map((i) => i.id).sort(),
        [...everAdded.keys()].filter((id) => !gone.has(id)).sort(),
      );
      for (const o of catalogue.outlets) {
        for (const id of o.itemIds) assert.ok(!gone.has(id), `${o.id}.itemIds holds withdrawn ${id}`);
        for (const w of o.windows) for (const id of w.itemIds) assert.ok(!gone.has(id), `${o.id} window holds ${id}`);
      }
      assert.deepEqual(catalogue.withdrawn.map((w) => [w.id, w.by]).sort(), [...withdrawn].sort());
      // Nothing else in the output mentions a withdrawn id either (ids are unique strings).
      const { withdrawn: _names, ...rest } = catalogue;
      const text = JSON.stringify(rest);
      for (const id of gone) assert.ok(!text.includes(`"${id}"`), `withdrawn ${id} leaked`);
    }),
    RUNS,
  );
});

test('property: provenance is complete and names the list that last set each field', () => {
  fc.assert(
    fc.property(chainPlan, (plan) => {
      const { sources, ops, everAdded } = build(plan);
      const catalogue = resolved(sources);
      const chain = new Set(catalogue.lists.map((l) => l.id));
      for (const record of [...catalogue.items, ...catalogue.outlets]) {
        const {
          provenance,
          id: _id,
          ...fields
        } = record as unknown as Record<string, unknown> & {
          provenance: Record<string, string>;
        };
        assert.ok(chain.has(provenance['@']!), `${record.id}: @ names a list of the chain`);
        for (const key of Object.keys(fields)) {
          assert.ok(chain.has(provenance[key] ?? ''), `${record.id}.${key} has no provenance`);
        }
        for (const [path, by] of Object.entries(provenance)) {
          assert.ok(chain.has(by), `${record.id}: ${path} names ${by}, not a list of the chain`);
          if (path === '@') continue;
          const [head, tail] = path.split('.') as [string, string | undefined];
          const value = fields[head] as Record<string, unknown> | undefined;
          assert.ok(value !== undefined, `${record.id}: provenance for absent ${head}`);
          if (tail !== undefined) assert.ok(value[tail] !== undefined, `${record.id}: provenance for absent ${path}`);
        }
      }
      // The model: replay the override operations in order and compare last writers.
      for (const it of catalogue.items) {
        const whole = new Map<string, string>();
        const dotted = new Map<string, string>();
        for (const op of ops.filter((o) => o.kind === 'item' && o.id === it.id)) {
          const [head] = op.path.split('.') as [string];
          if (op.path === head) {
            for (const key of [...dotted.keys()]) if (key.startsWith(`${head}.`)) dotted.delete(key);
            if (op.value === null) whole.delete(head);
            else whole.set(head, op.by);
          } else if (op.value === null) dotted.delete(op.path);
          else dotted.set(op.path, op.by);
        }
        assert.equal(it.provenance['@'], everAdded.get(it.id));
        for (const [path, by] of dotted) assert.equal(it.provenance[path], by, `${it.id}: ${path}`);
        for (const [field, by] of whole) assert.equal(it.provenance[field], by, `${it.id}: ${field}`);
        const touched = new Set(ops.filter((o) => o.id === it.id).map((o) => o.path.split('.')[0]));
        for (const field of Object.keys(it)) {
          if (field === 'id' || field === 'provenance' || touched.has(field)) continue;
          assert.equal(it.provenance[field], everAdded.get(it.id), `${it.id}: untouched ${field}`);
        }
      }
    }),
    RUNS,
  );
});
