import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { TFunction } from '@yizhan/i18n';
import { csvColumnFor, importCsv } from '../csv.js';
import { parseList } from '../validate.js';
import { problem, type MessageContext, type Problem } from '../problems.js';
import { locateJsonError } from './json-error.js';
import type { SourceList } from '../overlay.js';

/**
 * Lists are text kept by people. A pretty-printed list of 10,000 items with full handling guides
 * is about 50 MB (the 10k benchmark), far beyond any real list; anything larger is not a list.
 */
export const DEFAULT_MAX_LIST_BYTES = 64 * 1024 * 1024;

export interface ReadListOptions {
  t: TFunction;
  maxBytes?: number;
  /** Shown in messages instead of the path (the CLI shows what the user typed). */
  displayName?: string;
}

export interface ReadListResult {
  source?: SourceList;
  problems: Problem[];
}

export function humanBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Line number (1-based) of a byte offset, for pointing at the first bad byte. */
function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Offset of the first byte that breaks UTF-8, or -1. Strict (RFC 3629): overlong forms, encoded
 * surrogates and code points past U+10FFFF are errors, because a decoder would otherwise turn
 * them into U+FFFD without a word.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    // Allowed range of the second byte; later continuation bytes are always 80..BF.
    let low = 0x80;
    let high = 0xbf;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Workbooks people try first; the message tells them how to export a CSV instead. */
const SPREADSHEET_EXTENSIONS = new Set(['.xlsx', '.xls', '.xlsm', '.et', '.ods', '.numbers']);

/**
 * Read a list file (.json or .csv) from disk with every guard a maintainer's file needs: size
 * limit before reading, binary and non-UTF-8 detection with the line of the first bad byte, then
 * parsing and validation. Never throws for bad input; problems come back localized.
 */
export async function readListFile(path: string, options: ReadListOptions): Promise<ReadListResult> {
  const file = options.displayName ?? path;
  const ctx: MessageContext = { t: options.t, file };
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_LIST_BYTES;
  const ext = extname(path).toLowerCase();
  if (SPREADSHEET_EXTENSIONS.has(ext)) return { problems: [problem(ctx, '', 'file.spreadsheet')] };
  if (ext !== '.json' && ext !== '.csv') {
    return { problems: [problem(ctx, '', 'file.unsupported', { ext: ext || basename(path) })] };
  }
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { problems: [problem(ctx, '', 'file.directory')] };
    if (!info.isFile()) return { problems: [problem(ctx, '', 'file.unreadable', { detail: 'not a regular file' })] };
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { problems: [problem(ctx, '', 'file.notFound')] };
    return { problems: [problem(ctx, '', 'file.unreadable', { detail: code ?? String(error) })] };
  }
  if (size > maxBytes) {
    return { problems: [problem(ctx, '', 'file.tooLarge', { size: humanBytes(size), limit: humanBytes(maxBytes) })] };
  }
  if (size === 0) return { problems: [problem(ctx, '', 'file.empty')] };
  const bytes = new Uint8Array(size);
  const handle = await open(path, 'r');
  try {
    await handle.read(bytes, 0, size, 0);
  } finally {
    await handle.close();
  }
  // Excel's “Unicode text” is UTF-16 with a byte order mark; saying “binary” would mislead.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problems: [problem(ctx, '', 'file.utf16')] };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { problems: [problem(ctx, String(lineOfOffset(bytes, nul)), 'file.binary')] };
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) return { problems: [problem(ctx, String(lineOfOffset(bytes, bad)), 'file.invalidUtf8')] };
  const text = new TextDecoder('utf-8').decode(bytes);
  if (!text.trim()) return { problems: [problem(ctx, '', 'file.empty')] };

  if (ext === '.csv') {
    const id =
      basename(path, extname(path))
        .replace(/[^A-Za-z0-9._-]/g, '-')
        .slice(0, 64) || 'csv';
    const imported = importCsv(text, { id }, ctx);
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
  return parsed.list
    ? { source: { list: parsed.list, file }, problems: parsed.problems }
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
