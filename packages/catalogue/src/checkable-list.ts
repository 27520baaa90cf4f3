import { List } from './schema/list.js';

/**
 * What stands in for the fields that resolving overlays never reads: what a list is called, who
 * publishes it, its version label and date, its region names. Any valid value will do.
 */
const PLACEHOLDERS = {
  name: { 'zh-CN': '-' },
  publisher: { name: { 'zh-CN': '-' }, level: 'national' },
  version: '-',
  updatedAt: '1970-01-01',
  regions: [],
};
const FIELDS = new Set(Object.keys(List.shape));

/**
 * A list that failed validation, as overlay resolution would see it once it is corrected: when its
 * problems are all in fields resolution never reads (a publisher's region code, a date, an unknown
 * top-level field), the same overrides, withdrawals and references resolve in the same way, so
 * their problems can be reported in this run rather than the next. Undefined when a problem is in
 * the id, tier, extends, items, outlets, overrides or withdrawals: resolving without those would
 * report what a corrected file may not have. For checking only; never build from it.
 */
export function checkableList(data: object): List | undefined {
  const read = Object.entries(data).filter(([key]) => FIELDS.has(key) && key !== '$schema');
  const parsed = List.safeParse({ ...Object.fromEntries(read), ...PLACEHOLDERS });
  return parsed.success ? parsed.data : undefined;
}
