/**
 * Blocks of pages generated from the repository's data at build time. A page writes a marker
 * such as `<!--@generated:tokens-->` and gets the current table in its place.
 */
import { readFileSync } from 'node:fs';
import { CSV_OPTIONAL_COLUMNS, CSV_REQUIRED_COLUMNS } from '../../../packages/catalogue/src/csv.js';
import { componentsOverview, loadElements } from './manifest.js';
import { code, escapeHtml, table } from './markdown.js';
import { ROOT } from './paths.js';
import { SCHEMAS } from './schema.js';
import { tokensTable } from './tokens.js';

export const CSV_TEMPLATE = `${ROOT}demo/data/example.csv`;

/** RFC 4180 records (quoted cells with commas, quotes and line breaks); enough to read the template. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    record.push(cell);
    cell = '';
  };
  const endRecord = () => {
    endCell();
    if (record.some((v) => v !== '')) records.push(record);
    record = [];
  };
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      endRecord();
    } else cell += c;
  }
  endRecord();
  return records;
}

/** Every column the importer knows, with the value the template's first row gives it. */
export function csvColumns(): string {
  const [header = [], values = []] = parseCsv(readFileSync(CSV_TEMPLATE, 'utf8'));
  const first = Object.fromEntries(header.map((column, i) => [column.trim().toLowerCase(), values[i] ?? '']));
  const required = new Set<string>(CSV_REQUIRED_COLUMNS);
  const anchor = '/data-format.html#keeping-a-list-as-csv';
  return table(
    ['Column', 'Required', 'In the template’s first row'],
    [...CSV_REQUIRED_COLUMNS, ...CSV_OPTIONAL_COLUMNS].map((column) => [
      `<a href="${anchor}">${code(column)}</a>`,
      required.has(column) ? '<strong>required</strong>' : 'optional',
      first[column]
        ? code(first[column]!.length > 80 ? `${first[column]!.slice(0, 77)}…` : first[column])
        : '<span class="yz-none">(empty)</span>',
    ]),
    'CSV columns',
  );
}

function schemaLinks(): string {
  return SCHEMAS.map((s) => `- [${escapeHtml(s.title)}](/reference/${s.slug}) — ${escapeHtml(s.intro)}`).join('\n');
}

const BLOCKS: Record<string, () => string> = {
  tokens: tokensTable,
  components: () => componentsOverview(loadElements()),
  'csv-columns': csvColumns,
  'schema-links': schemaLinks,
};

/** A Vite plugin (typed structurally: the site runs VitePress's Vite, not the workspace's). */
export function generatedBlocks() {
  return {
    name: 'yizhan-docs-generated-blocks',
    enforce: 'pre' as const,
    transform(source: string, id: string) {
      if (!id.endsWith('.md') || !source.includes('<!--@generated:')) return null;
      return source.replace(/<!--@generated:([\w-]+)-->/g, (marker, name: string) => {
        const block = BLOCKS[name];
        if (!block) throw new Error(`${id}: unknown generated block ${marker}`);
        return `\n${block()}\n`;
      });
    },
  };
}
