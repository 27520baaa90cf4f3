/**
 * The design-token table of the theming guide, generated from widgets/tokens/*.tokens.json (DTCG)
 * with the same flattening the widgets build uses to write the CSS, so the values shown are the
 * values shipped.
 */
import { readFileSync } from 'node:fs';
import { flattenTokens, type FlatToken } from '../../../widgets/scripts/tokens.js';
import { code, escapeHtml, inline, table } from './markdown.js';
import { ROOT } from './paths.js';

export const THEMES = ['dark', 'high-contrast', 'elderly'] as const;

type Node = { [key: string]: unknown };

function read(name: string): Node {
  return JSON.parse(readFileSync(`${ROOT}widgets/tokens/${name}.tokens.json`, 'utf8')) as Node;
}

/** `$description` and `$type` of each token, by flat name (`color-primary`). */
function describe(
  doc: Node,
  prefix: string[] = [],
  inherited?: string,
  out = new Map<string, { type?: string; description?: string }>(),
) {
  const type = (doc['$type'] as string | undefined) ?? inherited;
  if ('$value' in doc) {
    out.set(prefix.join('-'), { type, description: doc['$description'] as string | undefined });
    return out;
  }
  for (const [key, child] of Object.entries(doc)) {
    if (key.startsWith('$') || !child || typeof child !== 'object') continue;
    describe(child as Node, [...prefix, key], type, out);
  }
  return out;
}

const byName = (tokens: FlatToken[]) => new Map(tokens.map((t) => [t.name, t.css]));

function swatch(value: string): string {
  // An SVG attribute, not a style attribute: the site runs under style-src 'self'.
  return /^#[0-9a-f]{3,8}$/i.test(value)
    ? `<svg class="yz-swatch" width="16" height="16" aria-hidden="true" focusable="false"><rect width="16" height="16" rx="3" fill="${escapeHtml(value)}"/></svg>`
    : '';
}

function cell(value: string | undefined): string {
  return value === undefined ? '' : `${swatch(value)}${code(value)}`;
}

export function tokensTable(): string {
  const baseDoc = read('base');
  const base = flattenTokens(baseDoc as never);
  const meta = describe(baseDoc);
  const themes = Object.fromEntries(THEMES.map((t) => [t, byName(flattenTokens(read(t) as never))]));
  const rows = base.map((token) => [
    code(`--yz-${token.name}`),
    escapeHtml(meta.get(token.name)?.type ?? ''),
    cell(token.css),
    ...THEMES.map((t) => cell(themes[t]!.get(token.name))),
    inline(meta.get(token.name)?.description),
  ]);
  return table(
    ['Custom property', 'Type', 'Default (light)', 'dark', 'high-contrast', 'elderly', 'Note'],
    rows,
    'Design tokens',
  );
}

export function tokenCount(): number {
  return flattenTokens(read('base') as never).length;
}
