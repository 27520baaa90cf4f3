/**
 * Catalogue format reference generated from the JSON Schema that @yizhan/catalogue exports
 * (packages/catalogue/schema/*.json, itself generated from the zod schemas and checked current by
 * that package's tests). One row per field path, so the page cannot drift from the validator.
 */
import { readFileSync } from 'node:fs';
import { code, escapeHtml, table } from './markdown.js';
import { ROOT } from './paths.js';

export interface JsonSchema {
  $id?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  propertyNames?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
}

export interface SchemaPage {
  slug: string;
  file: string;
  title: string;
  intro: string;
}

export const SCHEMAS: SchemaPage[] = [
  {
    slug: 'list',
    file: 'list.schema.json',
    title: 'List',
    intro:
      'One publisher’s document: the national common list, or a province’s, city’s or district’s own list that overlays it.',
  },
  {
    slug: 'service-item',
    file: 'service-item.schema.json',
    title: 'Service item',
    intro:
      'One IP public service with its handling guide: materials, steps, time limits, fees, channels and legal basis.',
  },
  {
    slug: 'outlet',
    file: 'outlet.schema.json',
    title: 'Outlet',
    intro: 'A place that serves the public: a provincial node, a municipal centre, a TISC, a trademark window…',
  },
  {
    slug: 'manifest',
    file: 'manifest.schema.json',
    title: 'Bundle manifest',
    intro:
      'manifest.json of a built bundle: versions, build time, the files with their sha256 and size, and the optional Ed25519 signature.',
  },
];

export function loadSchema(file: string): JsonSchema {
  return JSON.parse(readFileSync(`${ROOT}packages/catalogue/schema/${file}`, 'utf8')) as JsonSchema;
}

const LANG_PATTERN = '^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$';

/** `{"zh-CN": "…", "en": "…"}`: an object keyed by BCP 47 tags. */
function isLocalized(s: JsonSchema): boolean {
  return s.type === 'object' && s.propertyNames?.pattern === LANG_PATTERN && !s.properties;
}

function typeOf(s: JsonSchema): string {
  if (isLocalized(s)) return 'localized text';
  if (s.const !== undefined) return JSON.stringify(s.const);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return alternatives.map(typeOf).join(' or ');
  if (s.type === 'array') return `array of ${s.items ? typeOf(s.items) : 'anything'}`;
  if (Array.isArray(s.type)) return s.type.join(' or ');
  if (s.type === 'string' && s.format) return `string (${s.format})`;
  return s.type ?? 'any';
}

function constraints(s: JsonSchema): string[] {
  const out: string[] = [];
  if (s.enum) out.push(`one of ${s.enum.map((v) => code(String(v))).join(', ')}`);
  if (s.pattern && s.pattern !== LANG_PATTERN) out.push(`pattern ${code(s.pattern)}`);
  if (s.minLength !== undefined || s.maxLength !== undefined)
    out.push(`length ${s.minLength ?? 0}–${s.maxLength ?? '∞'}`);
  if (s.minimum !== undefined || s.maximum !== undefined || s.exclusiveMinimum !== undefined)
    out.push(
      `${s.exclusiveMinimum !== undefined ? `> ${s.exclusiveMinimum}` : `≥ ${s.minimum ?? '−∞'}`}${s.maximum !== undefined ? `, ≤ ${s.maximum}` : ''}`,
    );
  if (s.minItems !== undefined || s.maxItems !== undefined) out.push(`${s.minItems ?? 0}–${s.maxItems ?? '∞'} entries`);
  if (s.items && !s.items.properties) out.push(...constraints(s.items).map((c) => `each: ${c}`));
  if (isLocalized(s)) {
    const value = typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined;
    out.push(
      `keys are BCP 47 tags (${code('zh-CN')}, ${code('en')}…)${value?.maxLength ? `, texts up to ${value.maxLength} characters` : ''}`,
    );
  }
  if (s.default !== undefined) out.push(`default ${code(JSON.stringify(s.default))}`);
  return out;
}

export interface Row {
  path: string;
  type: string;
  required: boolean;
  constraints: string[];
}

/** Every field path in the schema, depth first: `channels[].outletIds[]`. */
export function flatten(schema: JsonSchema, prefix = ''): Row[] {
  const rows: Row[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    if (name === '$schema') continue;
    const path = prefix ? `${prefix}.${name}` : name;
    rows.push({ path, type: typeOf(child), required: required.has(name), constraints: constraints(child) });
    const objectLike = child.type === 'array' ? child.items : child;
    const variants = objectLike?.anyOf ?? objectLike?.oneOf ?? (objectLike ? [objectLike] : []);
    for (const variant of variants) {
      if (variant.properties) rows.push(...flatten(variant, child.type === 'array' ? `${path}[]` : path));
    }
  }
  return rows;
}

export function schemaPage(page: SchemaPage): string {
  const schema = loadSchema(page.file);
  const rows = flatten(schema).map((r) => [
    `<code>${escapeHtml(r.path)}</code>`,
    escapeHtml(r.type),
    r.required ? '<strong>required</strong>' : 'optional',
    r.constraints.join('; '),
  ]);
  return [
    `# ${page.title}: format reference\n`,
    `<p class="yz-lead">${escapeHtml(page.intro)}</p>\n`,
    `Generated from \`packages/catalogue/schema/${page.file}\` (JSON Schema draft 2020-12, \`$id\` \`${schema.$id ?? ''}\`). ` +
      `What each field means, with examples, is in [the data format guide](../data-format); validate a file with \`pnpm yizhan validate\`.\n`,
    `<p><a href="/schema/${page.file}" download>Download ${escapeHtml(page.file)}</a></p>\n`,
    `## Fields\n`,
    `A path such as \`channels[].outletIds[]\` means: each entry of \`channels\`, its \`outletIds\` array. ` +
      `“Localized text” is an object keyed by language tag, \`zh-CN\` first: \`{"zh-CN": "专利权质押登记", "en": "Patent pledge registration"}\`.\n`,
    table(['Field', 'Type', 'Required', 'Constraints'], rows, `${page.title} fields`),
  ].join('\n');
}
