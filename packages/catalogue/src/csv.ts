import { parse } from 'csv-parse/sync';
import { ServiceItem, type ServiceItemInput } from './schema/item.js';
import type { List } from './schema/list.js';
import { MATERIAL_FORMS, type ChannelType, type FeePer, type MaterialForm } from './schema/enums.js';
import { parseWith, problem, type MessageContext, type Problem } from './problems.js';
import { FORMAT_VERSION } from './schema/list.js';
import { fnv1a } from './hash.js';

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

/**
 * Which CSV column a schema path came from, so a zod issue names the cell the maintainer typed.
 * Specific paths first: a bad fee unit is in fee_per, not in fee_amount_yuan.
 */
export function csvColumnFor(path: readonly PropertyKey[]): string | undefined {
  const [head, ...rest] = path.filter((p): p is string => typeof p === 'string');
  switch (head) {
    case undefined:
      return undefined;
    case 'name':
    case 'summary':
      return rest[0] === 'en' ? `${head}_en` : `${head}_zh`;
    case 'handlingType':
      return 'handling_type';
    case 'timeLimit':
      return rest[0] === 'promised' || rest[0] === 'legal'
        ? `${rest[0]}_${rest[1] === 'unit' ? 'unit' : 'value'}`
        : undefined;
    case 'fee':
      if (rest.includes('per')) return 'fee_per';
      return rest.length === 1 && rest[0] === 'charged' ? 'fee_charged' : 'fee_amount_yuan';
    case 'channels':
      return rest.includes('url') ? 'url' : rest.includes('outletIds') ? 'outlet_ids' : 'channels';
    default:
      return KNOWN.has(head) ? head : undefined;
  }
}

/**
 * The list id of a CSV file, from its name without `.csv`. An ASCII name is the id with every
 * character outside the id alphabet as `-` (`my list.csv` → `my-list`), as it always was: lists
 * that extend it name that id. A name in Chinese would become dashes only, meaningless and the
 * same for any two names of one length, so such a name keeps its ASCII letters, digits, `.`, `_`
 * and `-` (or `csv` when it has none) and adds eight hex digits of a hash of the whole name:
 * different names give different ids, and a file keeps its id as long as it keeps its name.
 */
export function csvListId(fileName: string): string {
  const name = fileName.normalize('NFC');
  const dashed = name.replace(/[^A-Za-z0-9._-]/g, '-');
  if (/^\p{ASCII}*$/u.test(name)) return dashed.slice(0, 64) || 'csv';
  const kept =
    dashed
      .replace(/-{2,}/g, '-')
      .slice(0, 55)
      .replace(/^-+|-+$/g, '') || 'csv';
  return `${kept}-${fnv1a(name)}`;
}

/** Chinese and spelled-out forms that maintainers type, keyed by the lower-cased cell. */
const UNIT_ALIASES: Record<string, string> = {
  工作日: 'working-days',
  个工作日: 'working-days',
  'working-day': 'working-days',
  workdays: 'working-days',
  天: 'days',
  日: 'days',
  自然日: 'days',
  day: 'days',
  月: 'months',
  个月: 'months',
  month: 'months',
  即时: 'instant',
  即办: 'instant',
  当场: 'instant',
  当场办结: 'instant',
};
const HANDLING_ALIASES: Record<string, string> = { 即办件: 'instant', 即办: 'instant', 承诺件: 'commitment' };
const FORM_ALIASES: Record<string, string> = {
  原件: 'original',
  复印件: 'copy',
  复印: 'copy',
  副本: 'copy',
  电子件: 'electronic',
  电子版: 'electronic',
  电子: 'electronic',
};
const PER_ALIASES: Record<string, string> = {
  件: 'piece',
  每件: 'piece',
  类: 'class',
  每类: 'class',
  年: 'year',
  每年: 'year',
};
const TRUE = new Set(['true', 'yes', 'y', '1', '是', '收费']);
const FALSE = new Set(['false', 'no', 'n', '0', '否', '免费', '不收费']);

const splitList = (cell: string | undefined) =>
  (cell ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Traditional forms of the characters in the aliases above, so a maintainer in Hong Kong, Macao
 * or Taiwan can type 複印件, 個工作日 or 收費 (the full folding table lives in the search engine).
 */
const TRADITIONAL: Record<string, string> = {
  個: '个',
  辦: '办',
  諾: '诺',
  複: '复',
  電: '电',
  時: '时',
  當: '当',
  場: '场',
  結: '结',
  類: '类',
  費: '费',
  資: '资',
  價: '价',
};
export const foldAliasText = (text: string) =>
  text.replace(/[個辦諾複電時當場結類費資價]/g, (c) => TRADITIONAL[c] ?? c);

/** `working days` → `working-days`; aliases looked up case-insensitively, Traditional folded. */
function alias(table: Record<string, string>, raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const trimmed = foldAliasText(raw.trim());
  const key = trimmed.toLowerCase().replace(/\s+/g, '-');
  return table[key] ?? table[trimmed] ?? key;
}

/**
 * A decimal number as people type it: full-width digits from a Chinese IME, thousands separators.
 * Not hexadecimal or exponents, which Number() would accept and no list means.
 */
function readNumber(raw: string): number | undefined {
  const text = raw.normalize('NFKC').replace(/[,，\s]/g, '');
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}

/** Line on which a still-open double quote was opened (RFC 4180 rules), for the error message. */
function unclosedQuoteLine(text: string): number | undefined {
  let line = 1;
  let inQuote = false;
  let openedAt = 0;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuote) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else inQuote = false;
      } else if (c === '\n') line++;
    } else if (c === '"' && fieldStart) {
      inQuote = true;
      openedAt = line;
      fieldStart = false;
    } else if (c === ',' || c === '\n') {
      fieldStart = true;
      if (c === '\n') line++;
    } else if (c !== ' ' && c !== '\t') fieldStart = false;
  }
  return inQuote ? openedAt : undefined;
}

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
  // One line-ending convention before parsing: csv-parse counts a CRLF inside a quoted cell as
  // two lines, which shifts every later row number, and cells should hold plain \n.
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!normalized.trim()) return { problems: [problem(ctx, '', 'file.empty')], rows };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(normalized, {
      info: true,
      relax_column_count: true,
      // 专利"快速"预审 typed without surrounding quotes means the quotes literally.
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    return { problems: [syntaxProblem(error, normalized, ctx)], rows };
  }
  const [header, ...body] = records;
  if (!header) return { problems: [problem(ctx, '', 'file.empty')], rows };
  const columns = header.record.map((c) => c.trim().toLowerCase());
  const headerRow = String(startLine(header));
  const seen = new Set<string>();
  columns.forEach((column, index) => {
    if (!column) {
      // Spreadsheets leave unnamed columns behind; only say so when something was typed there.
      if (body.some(({ record }) => record[index])) {
        problems.push(problem(ctx, headerRow, 'csv.unnamedColumn', { position: index + 1 }, 'warning'));
      }
      return;
    }
    if (seen.has(column)) problems.push(problem(ctx, headerRow, 'csv.duplicateColumn', { column }));
    seen.add(column);
    if (!KNOWN.has(column)) problems.push(problem(ctx, headerRow, 'csv.unknownColumn', { column }, 'warning'));
  });
  for (const column of CSV_REQUIRED_COLUMNS) {
    if (!seen.has(column)) problems.push(problem(ctx, headerRow, 'csv.missingColumn', { column }));
  }
  if (problems.some((p) => p.severity === 'error')) return { problems, rows };
  if (body.length === 0) return { problems: [...problems, problem(ctx, '', 'csv.noRows')], rows };

  const items: ServiceItem[] = [];
  const firstRowOf = new Map<string, number>();
  for (const entry of body) {
    const { record } = entry;
    const row = String(startLine(entry));
    // Spreadsheets sometimes export empty cells past the last column; those are harmless.
    const extra = record.slice(columns.length);
    // Too few cells is a lost comma or a row cut short, too many an unquoted comma in a cell: the
    // two need different advice. Short rows are not padded: the format asks for empty cells, and
    // a lost comma in the middle would shift every later cell into the wrong column unnoticed.
    if (record.length < columns.length) {
      problems.push(problem(ctx, row, 'csv.tooFewCells', { got: record.length, expected: columns.length }));
      continue;
    }
    if (extra.some((cell) => cell !== '')) {
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
      const column = csvColumnFor(path);
      return column ? { where: row, prefix: column } : { where: row };
    });
    // One bad url cell feeds both the item and its online channel: report it once.
    for (const p of parsed.problems) {
      if (!rowProblems.some((q) => q.message === p.message)) rowProblems.push(p);
    }
    const id = cells['id'] ?? '';
    const first = firstRowOf.get(id);
    if (id && first !== undefined) {
      rowProblems.push(problem(ctx, row, 'duplicateId', { id, first: `${ctx.file}:${first}` }));
    } else if (id) firstRowOf.set(id, Number(row));
    problems.push(...rowProblems);
    if (parsed.data && !rowProblems.some((p) => p.severity === 'error')) {
      items.push(parsed.data);
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
    items,
    outlets: [],
    regions: [],
    overrides: [],
    withdrawals: [],
  };
  return { list, problems, rows };
}

/**
 * First line of a record: csv-parse reports the last one, which differs for multi-line cells.
 * Line breaks inside a record can only be inside quoted cells, which keep them verbatim.
 */
function startLine(entry: { record: string[]; info: { lines: number } }): number {
  let inner = 0;
  for (const cell of entry.record) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) inner++;
  return entry.info.lines - inner;
}

/** A CSV syntax error in the reader's language, on the line a maintainer has to look at. */
function syntaxProblem(error: unknown, text: string, ctx: MessageContext): Problem {
  const err = error as { code?: string; message?: string; lines?: number };
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
    return problem(ctx, String(unclosedQuoteLine(text) ?? err.lines ?? ''), 'csv.quoteNotClosed');
  }
  const where = err.lines ? String(err.lines) : '';
  if (err.code === 'CSV_INVALID_CLOSING_QUOTE' || err.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') {
    return problem(ctx, where, 'csv.textAfterQuote');
  }
  return problem(ctx, where, 'csv.parse', { detail: String(err.message ?? error) });
}

/** The fee label in both languages, looked up once per file rather than once per charged row. */
const feeLabels = new WeakMap<MessageContext['t'], Record<string, string>>();
function feeLabel(ctx: MessageContext): Record<string, string> {
  let label = feeLabels.get(ctx.t);
  if (!label) {
    label = {
      'zh-CN': ctx.t('validation:csv.feeLabel', { lng: 'zh-CN' }) as string,
      en: ctx.t('validation:csv.feeLabel', { lng: 'en' }) as string,
    };
    feeLabels.set(ctx.t, label);
  }
  return label;
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
  /** The number in a cell; `bad` when something was typed that is not a number (already reported). */
  const number = (column: string): { value?: number; bad: boolean } => {
    const raw = cells[column];
    if (!raw) return { bad: false };
    const value = readNumber(raw);
    if (value === undefined) {
      problems.push(problem(ctx, row, 'csv.badNumber', { column, value: raw }));
      return { bad: true };
    }
    return { value, bad: false };
  };
  const duration = (valueColumn: string, unitColumn: string) => {
    const unit = alias(UNIT_ALIASES, cells[unitColumn]);
    const { value, bad } = number(valueColumn);
    if (bad) return undefined;
    if (unit === 'instant') return { value: value ?? 0, unit };
    if (unit && value === undefined) problems.push(problem(ctx, row, 'csv.unitWithoutValue', { column: unitColumn }));
    if (!unit && value !== undefined) problems.push(problem(ctx, row, 'csv.valueWithoutUnit', { column: valueColumn }));
    return unit && value !== undefined ? { value, unit } : undefined;
  };

  const promised = duration('promised_value', 'promised_unit');
  const legal = duration('legal_value', 'legal_unit');
  const handlingType =
    alias(HANDLING_ALIASES, cells['handling_type']) ?? (promised?.unit === 'instant' ? 'instant' : 'commitment');

  let fee: ServiceItemInput['fee'];
  const chargedRaw = foldAliasText(cells['fee_charged']?.toLowerCase() ?? '') || undefined;
  const amounts = splitList(cells['fee_amount_yuan']);
  const pers = splitList(cells['fee_per']).map((per) => alias(PER_ALIASES, per) ?? per);
  if (chargedRaw && !TRUE.has(chargedRaw) && !FALSE.has(chargedRaw)) {
    problems.push(problem(ctx, row, 'csv.badBoolean', { column: 'fee_charged', value: cells['fee_charged'] }));
  } else if (chargedRaw && FALSE.has(chargedRaw)) {
    if (amounts.length) problems.push(problem(ctx, row, 'csv.feeNotCharged'));
    else fee = { charged: false, items: [] };
  } else if (chargedRaw || amounts.length) {
    // Amounts with fee_charged left blank mean a charged service; dropping them would hide a fee.
    const before = problems.length;
    if (pers.length > 1 && pers.length !== amounts.length) problems.push(problem(ctx, row, 'csv.feeMismatch'));
    // A CSV row has no fee note, so a fee without amounts cannot say how it is charged.
    if (amounts.length === 0) problems.push(problem(ctx, row, 'csv.feeAmountMissing'));
    const label = feeLabel(ctx);
    const items = amounts.map((amount, i) => {
      const value = readNumber(amount);
      if (value === undefined) {
        problems.push(problem(ctx, row, 'csv.badNumber', { column: 'fee_amount_yuan', value: amount }));
      }
      return { label, amountYuan: value ?? 0, per: (pers[i] ?? pers[0] ?? 'piece') as FeePer };
    });
    // With a problem already reported, the schema would only repeat it in other words.
    if (problems.length === before) fee = { charged: true, items };
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

  const materials = splitList(cells['materials']).flatMap((entry) => {
    // Full-width ： and ？ come from a Chinese IME as often as the ASCII ones.
    const normalized = entry.replace(/：/g, ':').replace(/？/g, '?');
    const required = !normalized.startsWith('?');
    const [name = '', formRaw = 'original', copiesRaw] = (required ? normalized : normalized.slice(1))
      .split(':')
      .map((s) => s.trim());
    const form = alias(FORM_ALIASES, formRaw) ?? 'original';
    const copiesText = copiesRaw?.replace(/份$/, '').trim();
    const copies = copiesText === undefined ? 1 : readNumber(copiesText);
    if (
      !name ||
      !(MATERIAL_FORMS as readonly string[]).includes(form) ||
      copies === undefined ||
      !Number.isInteger(copies) ||
      copies < 1
    ) {
      problems.push(problem(ctx, row, 'csv.badMaterial', { value: entry }));
      return [];
    }
    return [{ name: { 'zh-CN': name }, form: form as MaterialForm, copies, required }];
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
