/**
 * Component reference pages generated from widgets/custom-elements.json (the Custom Elements
 * Manifest the widgets build writes from JSDoc). Nothing here is written by hand per component
 * except the live example markup in examples.ts.
 */
import { readFileSync } from 'node:fs';
import { EXAMPLES, PARENT_OF } from './examples.js';
import { code, escapeHtml, inline, table } from './markdown.js';
import { ROOT } from './paths.js';

interface Typed {
  name: string;
  description?: string;
  summary?: string;
  type?: { text: string };
  default?: string;
}
interface Member extends Typed {
  kind: 'field' | 'method';
  privacy?: string;
  static?: boolean;
  attribute?: string;
  readonly?: boolean;
  parameters?: Typed[];
  return?: { type?: { text: string } };
}
interface Attribute extends Typed {
  fieldName?: string;
}
export interface ElementDeclaration {
  kind: string;
  name: string;
  tagName: string;
  summary?: string;
  description?: string;
  customElement: true;
  attributes?: Attribute[];
  members?: Member[];
  events?: Typed[];
  slots?: Typed[];
  cssParts?: Typed[];
  cssProperties?: Typed[];
}
interface Manifest {
  modules: { path: string; declarations?: (ElementDeclaration | { kind: string; customElement?: false })[] }[];
}

export const MANIFEST_PATH = `${ROOT}widgets/custom-elements.json`;

export function loadElements(path = MANIFEST_PATH): ElementDeclaration[] {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  const elements: ElementDeclaration[] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement) elements.push(declaration as ElementDeclaration);
    }
  }
  // Standalone components first (in the order a portal meets them), sub-elements after.
  const order = Object.keys(EXAMPLES);
  const rank = (tag: string) => (order.includes(tag) ? order.indexOf(tag) : order.length);
  return elements.sort((a, b) => rank(a.tagName) - rank(b.tagName) || a.tagName.localeCompare(b.tagName));
}

const type = (t?: { text: string }) => (t ? code(t.text) : '');
const dflt = (value?: string) => (value === undefined || value === 'None' ? '' : code(value));

function attributesTable(el: ElementDeclaration): string {
  const rows = (el.attributes ?? []).map((a) => [
    code(a.name),
    a.fieldName && a.fieldName !== a.name ? code(a.fieldName) : a.fieldName ? code(a.fieldName) : '—',
    type(a.type),
    dflt(a.default),
    inline(a.description),
  ]);
  return table(['Attribute', 'Property', 'Type', 'Default', 'Description'], rows, `${el.tagName} attributes`);
}

function publicMembers(el: ElementDeclaration): Member[] {
  return (el.members ?? []).filter((m) => (m.privacy ?? 'public') === 'public' && !m.static && !m.name.startsWith('_'));
}

function propertiesTable(el: ElementDeclaration): string {
  const rows = publicMembers(el)
    .filter((m) => m.kind === 'field' && !m.attribute)
    .map((m) => [code(m.name), type(m.type), dflt(m.default), inline(m.description)]);
  return table(['Property', 'Type', 'Default', 'Description'], rows, `${el.tagName} properties`);
}

function methodsTable(el: ElementDeclaration): string {
  const rows = publicMembers(el)
    .filter((m) => m.kind === 'method')
    .map((m) => {
      const params = (m.parameters ?? []).map((p) => `${p.name}${p.type ? `: ${p.type.text}` : ''}`).join(', ');
      const returns = m.return?.type?.text ?? 'void';
      return [code(`${m.name}(${params}): ${returns}`), inline(m.description)];
    });
  return table(['Method', 'Description'], rows, `${el.tagName} methods`);
}

function namedTable(
  items: Typed[] | undefined,
  header: string,
  label: string,
  withType = false,
  render = code,
): string {
  const rows = (items ?? []).map((i) =>
    withType
      ? [render(i.name || '(default)'), type(i.type), inline(i.description)]
      : [render(i.name || '(default)'), inline(i.description)],
  );
  return table(withType ? [header, 'Detail type', 'Description'] : [header, 'Description'], rows, label);
}

function section(title: string, body: string, empty: string): string {
  return `## ${title}\n\n${body || `<p class="yz-none">${escapeHtml(empty)}</p>\n`}\n`;
}

/** The page of one component, as markdown with HTML tables. */
export function componentPage(el: ElementDeclaration): string {
  const tag = el.tagName;
  const example = EXAMPLES[tag];
  const parent = PARENT_OF[tag] ?? (example ? undefined : 'another component');
  const lines: string[] = [];
  lines.push(`# \`<${tag}>\`\n`);
  lines.push(`<p class="yz-lead">${inline(el.summary ?? el.description)}</p>\n`);
  if (el.summary && el.description) lines.push(`<p>${inline(el.description)}</p>\n`);
  lines.push(`Class ${code(el.name)}. Generated from \`widgets/custom-elements.json\`.\n`);

  if (example) {
    const events = (el.events ?? []).map((e) => e.name).join(',');
    lines.push(`## Live example\n`);
    lines.push(`${inline(example.note)}\n`);
    lines.push(`<LiveExample events="${escapeHtml(events)}">\n${example.html}\n</LiveExample>\n`);
    lines.push('```html\n<script type="module" src="/yizhan/yizhan.js"></script>\n' + example.html + '\n```\n');
    lines.push(
      `Only this component: load \`/yizhan/${tag}.js\` instead of \`yizhan.js\`. In React: \`import { ${el.name} } from '@yizhan/widgets/react/${tag}'\`.\n`,
    );
  } else {
    lines.push(
      `::: info Part of \`<${parent}>\`\nThis element is created by [\`<${parent}>\`](./${parent}) and is not placed on a page by itself; it is listed so that its parts and events can be styled and handled.\n:::\n`,
    );
  }

  lines.push(section('Attributes', attributesTable(el), 'No attributes.'));
  lines.push(section('Properties', propertiesTable(el), 'No properties beyond the attributes above.'));
  lines.push(section('Methods', methodsTable(el), 'No public methods.'));
  lines.push(section('Events', namedTable(el.events, 'Event', `${el.tagName} events`, true), 'No events.'));
  lines.push(section('Slots', namedTable(el.slots, 'Slot', `${el.tagName} slots`), 'No slots.'));
  lines.push(
    section(
      'CSS parts',
      namedTable(el.cssParts, 'Part', `${el.tagName} CSS parts`, false, (n) => code(`::part(${n})`)),
      'No parts.',
    ),
  );
  lines.push(
    section(
      'CSS custom properties',
      namedTable(el.cssProperties, 'Custom property', `${el.tagName} CSS custom properties`),
      'No custom properties of its own; it inherits the theme tokens.',
    ),
  );
  return lines.join('\n');
}

/** The overview table on components/index.md. */
export function componentsOverview(elements: ElementDeclaration[]): string {
  const rows = elements.map((el) => {
    const counts = [
      `${el.attributes?.length ?? 0} attributes`,
      `${(el.events ?? []).length} events`,
      `${(el.cssParts ?? []).length} parts`,
    ].join(', ');
    const where = PARENT_OF[el.tagName] ? `inside ${code(`<${PARENT_OF[el.tagName]}>`)}` : 'standalone';
    return [`<a href="./${el.tagName}.html"><code>&lt;${el.tagName}&gt;</code></a>`, inline(el.summary), where, counts];
  });
  return table(['Element', 'What it is', 'Used', 'API'], rows, 'Components');
}
