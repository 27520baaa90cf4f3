import { basename, extname } from 'node:path';
import type { TFunction } from '@yizhan/i18n';
import { csvColumnFor, csvListId, importCsv } from '../csv.js';
import { parseList } from '../validate.js';
import { problem, type MessageContext, type Problem } from '../problems.js';
import { locateJsonError } from './json-error.js';
import { DEFAULT_MAX_TEXT_BYTES, readTextFile } from './read-text-file.js';
import type { SourceList } from '../overlay.js';

/** Lists are text kept by people; see read-text-file.ts for why 64 MB is far beyond any list. */
export const DEFAULT_MAX_LIST_BYTES = DEFAULT_MAX_TEXT_BYTES;

export interface ReadListOptions {
  t: TFunction;
  maxBytes?: number;
  /** Shown in messages instead of the path (the CLI shows what the user typed). */
  displayName?: string;
}

export interface ReadListResult {
  source?: SourceList;
  problems: Problem[];
  /**
   * When there is no `source` because of problems only in fields that resolving overlays never
   * reads (a publisher's region code, a date): the list as overlay checks see it, so that its
   * overrides and withdrawals are checked in the same run. For checking only, never for building.
   */
  checkOnly?: SourceList;
}

/** Workbooks people try first; the message tells them how to export a CSV instead. */
const SPREADSHEET_EXTENSIONS = new Set(['.xlsx', '.xls', '.xlsm', '.et', '.ods', '.numbers']);

/** The file types a list can be, checked by name before a byte is read. */
function listFileType(ext: string, path: string, ctx: MessageContext): Problem | undefined {
  if (SPREADSHEET_EXTENSIONS.has(ext)) return problem(ctx, '', 'file.spreadsheet');
  if (ext !== '.json' && ext !== '.csv') return problem(ctx, '', 'file.unsupported', { ext: ext || basename(path) });
  return undefined;
}

/**
 * Read a list file (.json or .csv) from disk with every guard a maintainer's file needs: those of
 * readTextFile (a directory named as one, the size limit before reading, UTF-16, binary and
 * non-UTF-8 detection with the line of the first bad byte), the file type by name, then parsing
 * and validation. Never throws for bad input; problems come back localized.
 */
export async function readListFile(path: string, options: ReadListOptions): Promise<ReadListResult> {
  const file = options.displayName ?? path;
  const ctx: MessageContext = { t: options.t, file };
  const ext = extname(path).toLowerCase();
  const read = await readTextFile(path, {
    t: options.t,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_LIST_BYTES,
    displayName: file,
    check: (at) => listFileType(ext, path, at),
  });
  if (read.text === undefined) return { problems: read.problems };
  const text = read.text;
  if (!text.trim()) return { problems: [problem(ctx, '', 'file.empty')] };

  if (ext === '.csv') {
    // macOS stores file names decomposed; NFC gives one id and one name on every machine.
    const name = basename(path, extname(path)).normalize('NFC');
    const id = csvListId(name);
    const imported = importCsv(text, { id, name: name.trim() || id }, ctx);
    if (!imported.list) return { problems: imported.problems };
    const rows = imported.rows;
    return {
      source: {
        list: imported.list,
        file,
        locate: (kind, itemId) => (kind === 'item' ? String(rows.get(itemId) ?? '') : undefined),
        column: csvColumnFor,
      },
      problems: imported.problems,
    };
  }
  const json = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { problems: [jsonProblem(json, error as Error, ctx)] };
  }
  const parsed = parseList(data, ctx);
  if (parsed.list) return { source: { list: parsed.list, file }, problems: parsed.problems };
  return parsed.checkOnly
    ? { problems: parsed.problems, checkOnly: { list: parsed.checkOnly, file } }
    : { problems: parsed.problems };
}

/**
 * A JSON syntax error at its line and column. V8's messages are English, give no line, and on
 * Node 20 often no position at all, so the position comes from our own scan of the text.
 */
function jsonProblem(text: string, error: Error, ctx: MessageContext): Problem {
  const found = locateJsonError(text);
  if (!found) return problem(ctx, '', 'file.badJson', { detail: error.message });
  const before = text.slice(0, found.offset);
  const line = before.split('\n').length;
  const column = found.offset - before.lastIndexOf('\n');
  return problem(ctx, String(line), `file.json.${found.kind}`, { column, char: found.char ?? '' });
}
