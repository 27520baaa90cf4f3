import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BUNDLE_FILES,
  formatPath,
  parseWith,
  SearchIndexShape,
  type Catalogue,
  type LocalizedText,
} from '@yizhan/catalogue';
import { readTextFile } from '@yizhan/catalogue/node';
import { SEARCH_FORMAT_VERSION, SearchEngine, type SearchHit, type SearchIndexData } from '@yizhan/search';
import { bundleDirFound } from '../bundle-dir.js';
import { EXIT, UsageError, reportProblems, type CommandContext } from '../context.js';

export interface SearchOptions {
  queries?: string;
  limit?: string;
  json?: boolean;
}

const MAX_LIMIT = 1000;

/** `--limit N`: a whole number from 1 to 1000 (default 10). */
function parseLimit(value: string | undefined, ctx: CommandContext): number {
  if (value === undefined) return 10;
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT) {
    throw new UsageError(ctx.t('cli:badOption', { option: '--limit', value }));
  }
  return n;
}

/**
 * One query per line (UTF-8, BOM allowed); blank lines are skipped, as a file's blank lines
 * separate rather than ask. A query given on the command line is always asked, even "".
 */
export function parseQueryLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code;

function displayName(text: LocalizedText | undefined, lang: string): string {
  if (!text) return '';
  return text[lang] ?? (lang.startsWith('zh') ? text['zh-Hant'] : text['en']) ?? text['zh-CN'] ?? '';
}

/** Names by kind and id from catalogue.json, for the readable table; empty when unreadable. */
async function namesFrom(dir: string, lang: string): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  try {
    const catalogue = JSON.parse(await readFile(join(dir, BUNDLE_FILES.catalogue), 'utf8')) as Catalogue;
    for (const item of catalogue.items ?? []) names.set(`item:${item.id}`, displayName(item.name, lang));
    for (const outlet of catalogue.outlets ?? []) names.set(`outlet:${outlet.id}`, displayName(outlet.name, lang));
  } catch {
    // The table falls back to ids alone.
  }
  return names;
}

/**
 * The engine for a parsed search-index.json, or why it cannot be read. The engine names an index
 * of another format version itself; one of this version is checked for shape first, because the
 * engine trusts its input and a damaged file would fail deep inside it, in JavaScript's words.
 */
function loadIndex(data: unknown, ctx: CommandContext): SearchEngine | string {
  if ((data as { formatVersion?: unknown } | null)?.formatVersion === SEARCH_FORMAT_VERSION) {
    const at = { t: ctx.t, file: BUNDLE_FILES.searchIndex };
    const { problems } = parseWith(SearchIndexShape, data, at, (path) => ({ where: formatPath(path) }));
    if (problems.length > 0) {
      return problems
        .slice(0, 3)
        .map((p) => (p.where ? `${p.where}: ${p.message}` : p.message))
        .join('; ');
    }
  }
  try {
    return SearchEngine.load(data as SearchIndexData);
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * `yizhan search <bundle-dir> [query] [--queries <file>] [--limit N] --json`: with --json one
 * line per query, `{"query": "…", "ids": ["…"]}`; without it a readable table. The command-line
 * query comes first, then the file's; nothing is printed unless every input could be read.
 */
export async function search(
  dir: string | undefined,
  query: string | undefined,
  options: SearchOptions,
  ctx: CommandContext,
): Promise<number> {
  if (!dir) throw new UsageError(ctx.t('cli:missingArg', { arg: '<bundle-dir>' }));
  const limit = parseLimit(options.limit, ctx);
  if (query === undefined && options.queries === undefined) {
    throw new UsageError(ctx.t('cli:missingArg', { arg: '[query] | --queries <file>' }));
  }
  if (!(await bundleDirFound(dir, ctx))) return EXIT.problems;
  let raw: string;
  try {
    raw = await readFile(join(dir, BUNDLE_FILES.searchIndex), 'utf8');
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
    ctx.err(ctx.t('cli:searchUnavailable'));
    return EXIT.problems;
  }
  let engine: SearchEngine | string;
  try {
    engine = loadIndex(JSON.parse(raw), ctx);
  } catch (error) {
    engine = (error as Error).message;
  }
  if (typeof engine === 'string') {
    ctx.err(ctx.t('cli:searchIndexInvalid', { detail: engine }));
    return EXIT.problems;
  }
  const queries = query === undefined ? [] : [query];
  if (options.queries !== undefined) {
    // The checks a list file gets: a GBK or UTF-16 file would otherwise be searched as mojibake.
    const read = await readTextFile(options.queries, { t: ctx.t });
    if (read.text === undefined) {
      reportProblems(ctx, read.problems);
      return EXIT.problems;
    }
    queries.push(...parseQueryLines(read.text));
  }
  const names = options.json ? undefined : await namesFrom(dir, ctx.lang);
  for (const q of queries) {
    const response = engine.search(q, { limit });
    if (options.json) {
      ctx.out(JSON.stringify({ query: q, ids: response.hits.map((h) => h.id) }));
      continue;
    }
    ctx.out(ctx.t('cli:searchHeader', { query: q, count: response.total }));
    if (response.zeroResult) ctx.out(ctx.t('cli:searchNoResults'));
    response.hits.forEach((hit: SearchHit, i) => {
      ctx.out(
        ctx.t('cli:searchRow', {
          rank: String(i + 1).padStart(2),
          name: names?.get(`${hit.kind}:${hit.id}`) || hit.id,
          id: hit.id,
          field: ctx.t(`cli:searchField.${hit.field}`),
          score: hit.score.toFixed(3),
        }),
      );
    });
  }
  return EXIT.ok;
}
