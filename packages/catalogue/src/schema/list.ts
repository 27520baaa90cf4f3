import { z } from 'zod';
import { Id, IsoDateOrDateTime, LocalizedText, RegionCode, yzIssue } from './common.js';
import { ListTier, PublisherLevel } from './enums.js';
import { ServiceItem } from './item.js';
import { Outlet, Region } from './outlet.js';

export const FORMAT_VERSION = 1 as const;

export const Publisher = z.strictObject({
  name: LocalizedText,
  level: PublisherLevel,
  outletId: Id.optional(),
  regionCode: RegionCode.optional(),
});
export type Publisher = z.output<typeof Publisher>;

/**
 * Field paths an override may set: a top-level field (`channels`) or one level into an object
 * field (`timeLimit.promised`). Values are checked against the field's own schema when the
 * overlay is resolved, so errors point at the override entry that is wrong.
 */
export const FIELD_PATH_PATTERN = /^[a-zA-Z]+(\.[a-zA-Z]+)?$/;
export const FieldPath = z.string().regex(FIELD_PATH_PATTERN);

export const Override = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('item'),
    id: Id,
    set: z.record(FieldPath, z.unknown()),
    note: LocalizedText.optional(),
  }),
  z.strictObject({
    kind: z.literal('outlet'),
    id: Id,
    set: z.record(FieldPath, z.unknown()),
    note: LocalizedText.optional(),
  }),
]);
export type Override = z.output<typeof Override>;

export const Withdrawal = z.strictObject({
  item: Id,
  reason: LocalizedText.optional(),
});
export type Withdrawal = z.output<typeof Withdrawal>;

function duplicateIds(entries: readonly { id: string }[]): [number, number][] {
  const seen = new Map<string, number>();
  const dups: [number, number][] = [];
  entries.forEach((entry, index) => {
    const first = seen.get(entry.id);
    if (first === undefined) seen.set(entry.id, index);
    else dups.push([first, index]);
  });
  return dups;
}

export const List = z
  .strictObject({
    $schema: z.string().optional(),
    formatVersion: z.literal(FORMAT_VERSION),
    id: Id,
    name: LocalizedText,
    publisher: Publisher,
    tier: ListTier,
    /** The list this one overlays; required for `individual` lists, absent on the common list. */
    extends: Id.optional(),
    version: z.string().trim().min(1).max(32),
    updatedAt: IsoDateOrDateTime,
    items: z.array(ServiceItem).default([]),
    outlets: z.array(Outlet).default([]),
    regions: z.array(Region).default([]),
    overrides: z.array(Override).default([]),
    withdrawals: z.array(Withdrawal).default([]),
  })
  .superRefine((list, ctx) => {
    if (list.tier === 'common' && list.extends !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['extends'], ...yzIssue('commonExtends') });
    }
    if (list.tier === 'individual' && list.extends === undefined) {
      ctx.addIssue({ code: 'custom', path: ['extends'], ...yzIssue('individualNeedsExtends') });
    }
    if (list.extends === list.id) {
      ctx.addIssue({ code: 'custom', path: ['extends'], ...yzIssue('extendsItself') });
    }
    for (const key of ['items', 'outlets'] as const) {
      for (const [first, index] of duplicateIds(list[key])) {
        ctx.addIssue({
          code: 'custom',
          path: [key, index, 'id'],
          ...yzIssue('duplicateId', { id: list[key][index]?.id, first: `${key}[${first}]` }),
        });
      }
    }
    const regionSeen = new Set<string>();
    list.regions.forEach((region, index) => {
      if (regionSeen.has(region.code)) {
        ctx.addIssue({
          code: 'custom',
          path: ['regions', index, 'code'],
          ...yzIssue('duplicateId', { id: region.code, first: 'regions' }),
        });
      }
      regionSeen.add(region.code);
    });
  });
export type List = z.output<typeof List>;
export type ListInput = z.input<typeof List>;
