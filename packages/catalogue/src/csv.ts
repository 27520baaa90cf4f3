import { parse } from 'csv-parse/sync';
import { ServiceItem, type ServiceItemInput } from './schema/item.js';
import type { List } from './schema/list.js';
import { MATERIAL_FORMS, type ChannelType, type MaterialForm } from './schema/enums.js';
import { parseWith, problem, type MessageContext, type Problem } from './problems.js';
import { FORMAT_VERSION } from './schema/list.js';

export const CSV_REQUIRED_COLUMNS = ['id', 'name_zh', 'category'] as const;
export const CSV_OPTIONAL_COLUMNS = [
  'name_en',
  'synonyms',
  'summary_zh',
  'summary_en',
  'audience',
  'handling_type',
  'promised_value',
  'promised_unit',
  'legal_value',
  'legal_unit',
  'fee_charged',
  'fee_amount_yuan',
  'fee_per',
  'channels',
  'outlet_ids',
  'materials',
  'url',
  'status',
] as const;
const KNOWN = new Set<string>([...CSV_REQUIRED_COLUMNS, ...CSV_OPTIONAL_COLUMNS]);

/** Which CSV column a schema path came from, so a zod issue names the cell the maintainer typed. */
const COLUMN_FOR_PATH: Record<string, string> = {
  id: 'id',
  'name.zh-CN': 'name_zh',
  'name.en': 'name_en',
  name: 'name_zh',
  synonyms: 'synonyms',
  'summary.zh-CN': 'summary_zh',
  'summary.en': 'summary_en',
  category: 'category',
  audience: 'audience',
  handlingType: 'handling_type',
  'timeLimit.promised': 'promised_value',
  'timeLimit.promised.value': 'promised_value',
  'timeLimit.promised.unit': 'promised_unit',
  'timeLimit.legal': 'legal_value',
  'timeLimit.legal.value': 'legal_value',
  'timeLimit.legal.unit': 'legal_unit',
  fee: 'fee_charged',
  'fee.items': 'fee_amount_yuan',
  channels: 'channels',
  materials: 'materials',
  url: 'url',
  status: 'status',
};

function columnFor(path: readonly PropertyKey[]): string | undefined {
  const names = path.filter((p) => typeof p === 'string') as string[];
  for (let n = names.length; n > 0; n--) {
    const hit = COLUMN_FOR_PATH[names.slice(0, n).join('.')];
    if (hit) return hit;
  }
  if (names[0] === 'fee') return path.includes('per') ? 'fee_per' : 'fee_amount_yuan';
  if (names[0] === 'channels')
    return path.includes('url') ? 'url' : path.includes('outletIds') ? 'outlet_ids' : 'channels';
  return undefined;
}

const UNIT_ALIASES: Record<string, string> = {
  工作日: 'working-days',
  个工作日: 'working-days',
  天: 'days',
  日: 'days',
  自然日: 'days',
  月: 'months',
  个月: 'months',
  即时: 'instant',
  即办: 'instant',
  当场: 'instant',
};
const HANDLING_ALIASES: Record<string, string> = { 即办件: 'instant', 承诺件: 'commitment' };
const TRUE = new Set(['true', 'yes', 'y', '1', '是', '收费']);
const FALSE = new Set(['false', 'no', 'n', '0', '否', '免费', '不收费']);

const splitList = (cell: string | undefined) =>
  (cell ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);

export interface CsvListMeta {
  id: string;
  name?: string;
  version?: string;
  updatedAt?: string;
}

export interface CsvImport {
  list?: List;
  problems: Problem[];
  /** CSV row number (1 = header) of each item id, so later stages can point back at the row. */
  rows: Map<string, number>;
}

/**
 * Turn a maintainer's CSV (one service item per row, DESIGN.md columns) into a list. Every
 * problem in every row is reported; a list is returned only when there are no errors.
 */
export function importCsv(text: string, meta: CsvListMeta, ctx: MessageContext): CsvImport {
  const problems: Problem[] = [];
  const rows = new Map<string, number>();
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const err = error as { message?: string; lines?: number };
    const detail = String(err.message ?? error).replace(/^Invalid Record Length: |^Invalid Opening Quote: /, '');
    return { problems: [problem(ctx, err.lines ? String(err.lines) : '', 'csv.parse', { detail })], rows };
  }
  const [header, ...body] = records;
  if (!header) return { problems: [problem(ctx, '', 'file.empty')], rows };
  const columns = header.record.map((c) =>
    c
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase(),
  );
  const headerRow = String(header.info.lines);
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column)) problems.push(problem(ctx, headerRow, 'csv.duplicateColumn', { column }));
    seen.add(column);
    if (column && !KNOWN.has(column)) {
      problems.push(problem(ctx, headerRow, 'csv.unknownColumn', { column }, 'warning'));
    }
  }
  for (const column of CSV_REQUIRED_COLUMNS) {
    if (!seen.has(column)) problems.push(problem(ctx, headerRow, 'csv.missingColumn', { column }));
  }
  if (problems.some((p) => p.severity === 'error')) return { problems, rows };
  if (body.length === 0) return { problems: [...problems, problem(ctx, '', 'csv.noRows')], rows };

  const items: ServiceItemInput[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { record, info } of body) {
    const row = String(info.lines);
    if (record.length !== columns.length) {
      problems.push(problem(ctx, row, 'csv.columnCount', { got: record.length, expected: columns.length }));
      continue;
    }
    const cells: Record<string, string> = {};
    columns.forEach((column, i) => {
      cells[column] = record[i] ?? '';
    });
    const rowProblems: Problem[] = [];
    const input = rowToItem(cells, row, ctx, rowProblems);
    const parsed = parseWith(ServiceItem, input, ctx, (path) => {
      const column = columnFor(path);
      return column ? { where: row, prefix: column } : { where: row };
    });
    rowProblems.push(...parsed.problems);
    const id = cells['id'] ?? '';
    const first = firstRowOf.get(id);
    if (id && first !== undefined) {
      rowProblems.push(problem(ctx, row, 'duplicateId', { id, first: `${ctx.file}:${first}` }));
    } else if (id) firstRowOf.set(id, Number(row));
    problems.push(...rowProblems);
    if (parsed.data && !rowProblems.some((p) => p.severity === 'error')) {
      items.push(input);
      rows.set(parsed.data.id, Number(row));
    }
  }
  if (problems.some((p) => p.severity === 'error')) return { problems, rows };
  const list: List = {
    formatVersion: FORMAT_VERSION,
    id: meta.id,
    name: { 'zh-CN': meta.name ?? meta.id },
    publisher: { name: { 'zh-CN': meta.name ?? meta.id }, level: 'municipal' },
    tier: 'common',
    version: meta.version ?? '1',
    updatedAt: meta.updatedAt ?? new Date().toISOString().slice(0, 10),
    items: items.map((i) => ServiceItem.parse(i)),
    outlets: [],
    regions: [],
    overrides: [],
    withdrawals: [],
  };
  return { list, problems, rows };
}

function rowToItem(
  cells: Record<string, string>,
  row: string,
  ctx: MessageContext,
  problems: Problem[],
): ServiceItemInput {
  const text = (zh?: string, en?: string) => {
    if (!zh && !en) return undefined;
    const out: Record<string, string> = {};
    if (zh) out['zh-CN'] = zh;
    if (en) out['en'] = en;
    return out;
  };
  const number = (column: string): number | undefined => {
    const raw = cells[column];
    if (!raw) return undefined;
    const value = Number(raw.replace(/[,，]/g, ''));
    if (!Number.isFinite(value)) {
      problems.push(problem(ctx, row, 'csv.badNumber', { column, value: raw }));
      return undefined;
    }
    return value;
  };
  const duration = (valueColumn: string, unitColumn: string) => {
    const rawUnit = cells[unitColumn];
    const unit = rawUnit ? (UNIT_ALIASES[rawUnit] ?? rawUnit) : undefined;
    const value = number(valueColumn);
    if (unit === 'instant') return { value: value ?? 0, unit };
    if (unit && value === undefined && !problems.some((p) => p.code === 'csv.badNumber')) {
      problems.push(problem(ctx, row, 'csv.unitWithoutValue', { column: unitColumn }));
    }
    if (!unit && value !== undefined) problems.push(problem(ctx, row, 'csv.valueWithoutUnit', { column: valueColumn }));
    return unit && value !== undefined ? { value, unit } : undefined;
  };

  const promised = duration('promised_value', 'promised_unit');
  const legal = duration('legal_value', 'legal_unit');
  const handlingRaw = cells['handling_type'];
  const handlingType = handlingRaw
    ? (HANDLING_ALIASES[handlingRaw] ?? handlingRaw)
    : promised?.unit === 'instant'
      ? 'instant'
      : 'commitment';

  let fee: ServiceItemInput['fee'];
  const chargedRaw = cells['fee_charged']?.toLowerCase();
  if (chargedRaw) {
    if (!TRUE.has(chargedRaw) && !FALSE.has(chargedRaw)) {
      problems.push(problem(ctx, row, 'csv.badBoolean', { column: 'fee_charged', value: cells['fee_charged'] }));
    } else if (FALSE.has(chargedRaw)) {
      fee = { charged: false, items: [] };
    } else {
      const amounts = splitList(cells['fee_amount_yuan']);
      const pers = splitList(cells['fee_per']);
      if (pers.length > 1 && pers.length !== amounts.length) problems.push(problem(ctx, row, 'csv.feeMismatch'));
      const label = {
        'zh-CN': ctx.t('validation:csv.feeLabel', { lng: 'zh-CN' }) as string,
        en: ctx.t('validation:csv.feeLabel', { lng: 'en' }) as string,
      };
      fee = {
        charged: true,
        items: amounts.map((amount, i) => {
          const value = Number(amount.replace(/[,，]/g, ''));
          if (!Number.isFinite(value)) {
            problems.push(problem(ctx, row, 'csv.badNumber', { column: 'fee_amount_yuan', value: amount }));
          }
          return { label, amountYuan: value, per: (pers[i] ?? pers[0] ?? 'piece') as 'piece' };
        }),
      };
    }
  }

  const channelTypes = splitList(cells['channels']);
  const outletIds = splitList(cells['outlet_ids']);
  const url = cells['url'] || undefined;
  if (outletIds.length && !channelTypes.includes('window')) channelTypes.push('window');
  const channels = channelTypes.map((type) => ({
    type: type as ChannelType,
    ...(type === 'online' && url ? { url } : {}),
    ...(type === 'window' ? { outletIds } : {}),
  }));

  const materials = splitList(cells['materials']).map((entry) => {
    const required = !entry.startsWith('?');
    const [name = '', form = 'original', copiesRaw] = (required ? entry : entry.slice(1))
      .split(':')
      .map((s) => s.trim());
    const copies = copiesRaw === undefined ? 1 : Number(copiesRaw);
    if (!name || !(MATERIAL_FORMS as readonly string[]).includes(form) || !Number.isInteger(copies) || copies < 1) {
      problems.push(problem(ctx, row, 'csv.badMaterial', { value: entry }));
    }
    return {
      name: { 'zh-CN': name || entry },
      form: form as MaterialForm,
      copies: Number.isInteger(copies) ? copies : 1,
      required,
    };
  });

  const item: Record<string, unknown> = {
    id: cells['id'],
    name: text(cells['name_zh'], cells['name_en']) ?? {},
    category: cells['category'],
    handlingType,
    synonyms: splitList(cells['synonyms']),
    audience: splitList(cells['audience']),
    channels,
    materials,
    status: cells['status'] || undefined,
  };
  const summary = text(cells['summary_zh'], cells['summary_en']);
  if (summary) item['summary'] = summary;
  if (promised || legal) item['timeLimit'] = { ...(promised ? { promised } : {}), ...(legal ? { legal } : {}) };
  if (fee) item['fee'] = fee;
  if (url) item['url'] = url;
  return item as ServiceItemInput;
}
