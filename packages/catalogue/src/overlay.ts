import type { TFunction } from '@yizhan/i18n';
import type { z } from 'zod';
import { canonicalJson } from './canonical-json.js';
import { ServiceItem } from './schema/item.js';
import { Outlet, type Region } from './schema/outlet.js';
import type { List, Override } from './schema/list.js';
import type { Catalogue, ListRef, Provenance, ResolvedItem, ResolvedOutlet } from './schema/bundle.js';
import { fnv1a } from './hash.js';
import { formatPath, parseWith, problem, type MessageContext, type Problem } from './problems.js';

/** A validated list and where it came from, for error locations. */
export interface SourceList {
  list: List;
  file: string;
  /**
   * Location of a record inside the source file: a CSV row number, or a JSON path. Defaults to
   * `items[i]` / `outlets[i]` by position.
   */
  locate?: (kind: 'item' | 'outlet', id: string) => string | undefined;
  /**
   * For sources whose locations are rows rather than paths (CSV): the column a field path inside
   * a record came from, so a dangling reference reads `items.csv:3: outlet_ids: …`.
   */
  column?: (path: readonly (string | number)[]) => string | undefined;
}

/** Where a record or an overridden field was written. */
interface Origin {
  file: string;
  where: string;
  column?: SourceList['column'];
}

export interface ResolveOptions {
  t: TFunction;
  /** Build time written into the catalogue; fixed in tests for reproducible output. */
  builtAt?: string;
  /**
   * Some input files could not be read as lists, so lists may be missing from the chain: resolve
   * for checking only. The part of the chain whose upstream lists are all there is resolved and
   * its problems reported; what a missing list could explain is not (a broken `extends`, no
   * common list, dangling references), and no catalogue is returned.
   */
  incomplete?: boolean;
}

export interface ResolveResult {
  catalogue?: Catalogue;
  problems: Problem[];
}

type Kind = 'item' | 'outlet';
type RecordOf<K extends Kind> = K extends 'item' ? ResolvedItem : ResolvedOutlet;

const NOT_OVERRIDABLE = new Set(['id']);

/**
 * Order the inputs into one chain, common list first, by following `extends`. With `incomplete`
 * (see ResolveOptions) the chain is the part whose upstream lists are all among the inputs.
 */
export function orderChain(
  sources: readonly SourceList[],
  t: TFunction,
  incomplete = false,
): { chain?: SourceList[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const byId = new Map<string, SourceList>();
  for (const source of sources) {
    if (byId.has(source.list.id)) {
      problems.push(problem({ t, file: source.file }, 'id', 'duplicateList', { id: source.list.id }));
    } else byId.set(source.list.id, source);
  }
  // A list given twice is one problem (duplicateList), not also two roots or a branch.
  const unique = [...byId.values()];
  const roots = unique.filter((s) => s.list.tier === 'common');
  const children = new Map<string, SourceList[]>();
  for (const source of unique) {
    const parent = source.list.extends;
    if (parent === undefined) continue;
    if (!byId.has(parent)) {
      if (!incomplete) problems.push(problem({ t, file: source.file }, 'extends', 'brokenExtends', { id: parent }));
      continue;
    }
    children.set(parent, [...(children.get(parent) ?? []), source]);
  }
  const first = sources[0];
  // With a broken extends the missing list is the root to give; saying "no common list" too is noise.
  if (roots.length === 0 && first && problems.length === 0 && !incomplete)
    problems.push(problem({ t, file: first.file }, '', 'noRoot'));
  if (roots.length > 1) {
    for (const root of roots.slice(1)) {
      problems.push(
        problem({ t, file: root.file }, 'tier', 'manyRoots', { ids: roots.map((r) => r.list.id).join(', ') }),
      );
    }
  }
  for (const [parent, kids] of children) {
    if (kids.length > 1) {
      const source = byId.get(parent);
      problems.push(
        problem({ t, file: source?.file ?? '' }, '', 'branching', {
          parent,
          children: kids.map((k) => k.list.id).join(', '),
        }),
      );
    }
  }
  if (problems.length || roots.length !== 1) return { problems };
  const chain: SourceList[] = [];
  let current: SourceList | undefined = roots[0];
  while (current) {
    chain.push(current);
    current = children.get(current.list.id)?.[0];
  }
  // Off the chain: in a cycle, or (only when incomplete) below a list that is not among the inputs.
  const belowMissing = (source: SourceList) => {
    const seen = new Set<string>();
    for (let id = source.list.extends; id !== undefined && !seen.has(id); id = byId.get(id)?.list.extends) {
      if (!byId.has(id)) return true;
      seen.add(id);
    }
    return false;
  };
  for (const source of unique) {
    if (!chain.includes(source) && !belowMissing(source)) {
      problems.push(problem({ t, file: source.file }, 'extends', 'cycle'));
    }
  }
  return problems.length ? { problems } : { chain, problems };
}

function provenanceFor(record: object, listId: string): Provenance {
  const provenance: Provenance = { '@': listId };
  for (const key of Object.keys(record)) {
    if (key !== 'id' && key !== 'provenance') provenance[key] = listId;
  }
  return provenance;
}

/** The zod schema of a field path (`channels`, `timeLimit.promised`) or undefined if not settable. */
function fieldSchema(kind: Kind, path: string): z.ZodType | undefined {
  const base = kind === 'item' ? ServiceItem : Outlet;
  const [head = '', tail] = path.split('.');
  if (NOT_OVERRIDABLE.has(head)) return undefined;
  const shape = base.shape as Record<string, z.ZodType>;
  const field = shape[head];
  if (!field) return undefined;
  if (tail === undefined) return field;
  // Unwrap optional/default/refinement wrappers to reach an object's shape.
  let inner: unknown = field;
  for (let i = 0; i < 4 && inner; i++) {
    const def = (inner as { def?: { innerType?: unknown; in?: unknown; shape?: unknown } }).def;
    if ((inner as { shape?: unknown }).shape) break;
    inner = def?.innerType ?? def?.in;
  }
  const innerShape = (inner as { shape?: Record<string, z.ZodType> } | undefined)?.shape;
  return innerShape?.[tail];
}

/**
 * Resolve a chain of lists into one catalogue: the common list, then each overlay in turn
 * (overrides, withdrawals, additions). Deterministic: the same lists give the same catalogue,
 * byte for byte apart from `builtAt`. Every field of every record says which list set it.
 */
export function resolveCatalogue(sources: readonly SourceList[], options: ResolveOptions): ResolveResult {
  const { t } = options;
  const ordered = orderChain(sources, t, options.incomplete);
  if (!ordered.chain) return { problems: ordered.problems };
  const chain = ordered.chain;
  const problems: Problem[] = [];
  const items = new Map<string, ResolvedItem>();
  const outlets = new Map<string, ResolvedOutlet>();
  const regions = new Map<string, Region>();
  const withdrawn: { id: string; by: string }[] = [];
  /** Every item id ever added, with the list that added it, withdrawn ones included. */
  const addedBy = new Map<string, string>();
  /** Where each record and each overridden field was written, for error messages. */
  const origin = new Map<string, Origin>();

  const stores = { item: items, outlet: outlets } as const;
  const baseLocation = (source: SourceList, kind: Kind, id: string, index: number) =>
    source.locate?.(kind, id) ?? `${kind === 'item' ? 'items' : 'outlets'}[${index}]`;

  for (const source of chain) {
    const { list, file } = source;
    const ctx: MessageContext = { t, file };
    const upstreamItems = new Set(items.keys());

    list.overrides.forEach((override, index) => {
      applyOverride(override, index, source, ctx);
    });

    list.withdrawals.forEach((withdrawal, index) => {
      const where = `withdrawals[${index}].item`;
      if (list.items.some((i) => i.id === withdrawal.item)) {
        problems.push(problem(ctx, where, 'withdrawOwn', { id: withdrawal.item }));
      } else if (!upstreamItems.has(withdrawal.item)) {
        problems.push(problem(ctx, where, 'withdrawUnknown', { id: withdrawal.item }));
      } else if (items.delete(withdrawal.item)) {
        // A second withdrawal of the same item in one list changes nothing and is recorded once.
        withdrawn.push({ id: withdrawal.item, by: list.id });
      }
    });

    list.items.forEach((item, index) => {
      const owner = addedBy.get(item.id);
      if (owner !== undefined) {
        problems.push(
          problem(ctx, baseLocation(source, 'item', item.id, index), 'itemExistsUpstream', {
            id: item.id,
            list: owner,
          }),
        );
        return;
      }
      addedBy.set(item.id, list.id);
      items.set(item.id, { ...item, provenance: provenanceFor(item, list.id) });
      origin.set(`item:${item.id}`, {
        file,
        where: baseLocation(source, 'item', item.id, index),
        column: source.column,
      });
    });

    list.outlets.forEach((outlet, index) => {
      const existing = outlets.get(outlet.id);
      if (existing) {
        problems.push(
          problem(ctx, baseLocation(source, 'outlet', outlet.id, index), 'outletExistsUpstream', {
            id: outlet.id,
            list: existing.provenance['@'] ?? '',
          }),
        );
        return;
      }
      outlets.set(outlet.id, { ...outlet, provenance: provenanceFor(outlet, list.id) });
      origin.set(`outlet:${outlet.id}`, {
        file,
        where: baseLocation(source, 'outlet', outlet.id, index),
        column: source.column,
      });
    });

    for (const region of list.regions) regions.set(region.code, region);
  }

  function applyOverride(override: Override, index: number, source: SourceList, ctx: MessageContext) {
    const kind = override.kind;
    const store = stores[kind] as Map<string, RecordOf<typeof kind>>;
    const current = store.get(override.id);
    const at = `overrides[${index}]`;
    if (!current) {
      const kindLabel = t(kind === 'item' ? 'kindItem' : 'kindOutlet', { ns: 'validation' }) as string;
      problems.push(problem(ctx, `${at}.id`, 'overrideUnknown', { id: override.id, kind: kindLabel }));
      return;
    }
    const next = structuredClone(current) as Record<string, unknown> & { provenance: Provenance };
    let ok = true;
    for (const path of Object.keys(override.set).sort()) {
      const value = override.set[path];
      const schema = fieldSchema(kind, path);
      // formatPath adds the dot (`.set.channels`) or brackets (`.set["timeLimit.promised"]`).
      const where = formatPath([path], `${at}.set`);
      if (!schema) {
        problems.push(problem(ctx, where, 'overrideField', { field: path }));
        ok = false;
        continue;
      }
      const [head = '', tail] = path.split('.');
      if (value === null) {
        // null removes an optional field; required fields fail the whole-record check below.
        if (tail === undefined) delete next[head];
        else if (next[head] && typeof next[head] === 'object') delete (next[head] as Record<string, unknown>)[tail];
        for (const key of Object.keys(next.provenance)) {
          if (key === path || key.startsWith(`${path}.`)) delete next.provenance[key];
        }
        continue;
      }
      const parsed = parseWith(schema, value, ctx, (p) => ({ where: formatPath(p, where) }));
      if (!parsed.data && parsed.problems.length) {
        problems.push(...parsed.problems);
        ok = false;
        continue;
      }
      if (tail === undefined) {
        next[head] = parsed.data;
        for (const key of Object.keys(next.provenance)) {
          if (key.startsWith(`${head}.`)) delete next.provenance[key];
        }
        next.provenance[head] = source.list.id;
      } else {
        const parent = (next[head] && typeof next[head] === 'object' ? next[head] : {}) as Record<string, unknown>;
        if (next[head] === undefined) next.provenance[head] = source.list.id;
        next[head] = { ...parent, [tail]: parsed.data };
        next.provenance[path] = source.list.id;
      }
      origin.set(`${kind}:${override.id}:${head}`, { file: source.file, where });
    }
    if (!ok) return;
    // The record as a whole must still be valid (a fee set to charged with no items, say).
    const { provenance, ...record } = next;
    const whole = parseWith(kind === 'item' ? ServiceItem : Outlet, record, ctx, (p) => ({
      where: formatPath(p, `${at}.set`),
    }));
    if (!whole.data) {
      problems.push(...whole.problems);
      return;
    }
    // `null` on a field with a default (channels: null) brings the default back: the overlay set it.
    for (const key of Object.keys(whole.data as object)) {
      if (key !== 'id' && !(key in provenance)) provenance[key] = source.list.id;
    }
    store.set(override.id, { ...(whole.data as object), provenance } as RecordOf<typeof kind>);
  }

  // Withdrawn items disappear everywhere in this catalogue, including outlet item lists. The
  // records still share nested objects with the input lists, so new arrays and window objects
  // are made rather than edited in place; the list that withdrew the item is the one that
  // changed the field, and provenance says so.
  const withdrawnBy = new Map(withdrawn.map((w) => [w.id, w.by]));
  const chainIndex = new Map(chain.map((s, i) => [s.list.id, i]));
  const lastWithdrawer = (ids: readonly string[]) =>
    ids
      .map((id) => withdrawnBy.get(id))
      .filter((by): by is string => by !== undefined)
      .sort((a, b) => (chainIndex.get(a) ?? 0) - (chainIndex.get(b) ?? 0))
      .pop();
  for (const outlet of outlets.values()) {
    const itemsBy = lastWithdrawer(outlet.itemIds);
    if (itemsBy) {
      outlet.itemIds = outlet.itemIds.filter((id) => !withdrawnBy.has(id));
      outlet.provenance['itemIds'] = itemsBy;
    }
    const windowsBy = lastWithdrawer(outlet.windows.flatMap((w) => w.itemIds));
    if (windowsBy) {
      outlet.windows = outlet.windows.map((w) => ({ ...w, itemIds: w.itemIds.filter((id) => !withdrawnBy.has(id)) }));
      outlet.provenance['windows'] = windowsBy;
    }
  }

  // A missing list may define what a reference names, or withdraw what holds it.
  if (options.incomplete) return { problems };
  problems.push(...checkReferences(items, outlets, origin, t));

  if (problems.some((p) => p.severity === 'error')) return { problems };
  const top = chain[chain.length - 1]!.list;
  const lists: ListRef[] = chain.map(({ list }) => ({
    id: list.id,
    name: list.name,
    tier: list.tier,
    level: list.publisher.level,
    version: list.version,
  }));
  const body = {
    lists,
    items: [...items.values()],
    outlets: [...outlets.values()],
    regions: [...regions.values()].sort((a, b) => a.code.localeCompare(b.code)),
    withdrawn,
  };
  const catalogue: Catalogue = {
    formatVersion: 1,
    catalogueVersion: `${top.version}-${fnv1a(canonicalJson(body))}`,
    builtAt: options.builtAt ?? new Date().toISOString(),
    publisher: top.publisher,
    ...body,
  };
  return { catalogue, problems };
}

function checkReferences(
  items: Map<string, ResolvedItem>,
  outlets: Map<string, ResolvedOutlet>,
  origin: Map<string, Origin>,
  t: TFunction,
): Problem[] {
  const problems: Problem[] = [];
  /** Report at the override that set the field, else at the record (a CSV row names the column). */
  const report = (kind: Kind, id: string, path: (string | number)[], key: string, values = {}) => {
    const overridden = origin.get(`${kind}:${id}:${String(path[0])}`);
    const base = overridden ?? origin.get(`${kind}:${id}`);
    const file = base?.file ?? '';
    const column = overridden ? undefined : base?.column?.(path);
    const where = overridden
      ? formatPath(path.slice(1), overridden.where)
      : column
        ? (base?.where ?? '')
        : formatPath(path, base?.where ?? '');
    const found = problem({ t, file }, where, key, values);
    problems.push(column ? { ...found, message: `${column}: ${found.message}` } : found);
  };
  for (const item of items.values()) {
    item.channels.forEach((channel, c) => {
      channel.outletIds.forEach((outletId, o) => {
        if (!outlets.has(outletId))
          report('item', item.id, ['channels', c, 'outletIds', o], 'unknownOutlet', { id: outletId });
      });
    });
  }
  for (const outlet of outlets.values()) {
    outlet.itemIds.forEach((itemId, i) => {
      if (!items.has(itemId)) report('outlet', outlet.id, ['itemIds', i], 'unknownItem', { id: itemId });
    });
    outlet.windows.forEach((window, w) => {
      window.itemIds.forEach((itemId, i) => {
        if (!items.has(itemId))
          report('outlet', outlet.id, ['windows', w, 'itemIds', i], 'unknownItem', { id: itemId });
      });
    });
    if (outlet.parentId !== undefined) {
      if (!outlets.has(outlet.parentId)) {
        report('outlet', outlet.id, ['parentId'], 'unknownParent', { id: outlet.parentId });
      } else {
        const seen = new Set([outlet.id]);
        let parent = outlets.get(outlet.parentId);
        while (parent) {
          if (seen.has(parent.id)) {
            report('outlet', outlet.id, ['parentId'], 'parentCycle');
            break;
          }
          seen.add(parent.id);
          parent = parent.parentId ? outlets.get(parent.parentId) : undefined;
        }
      }
    }
  }
  return problems;
}
