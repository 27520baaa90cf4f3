/**
 * Framework glue generated from the Custom Elements Manifest, so it never drifts from the
 * components' JSDoc:
 *   types/vue.d.ts      `GlobalComponents` for Vue templates (vue-tsc, Volar)
 *   types/jsx.d.ts      props per element and the global `JSX.IntrinsicElements` (Preact, Solid…)
 *   types/react.d.ts    React 19's `JSX.IntrinsicElements` (plain <yz-search> in TSX)
 *   src/react/*.ts      typed React wrappers made with @lit/react (`<YzSearch onYzSelect={…}>`),
 *                       one module per component folder and an index of all
 * `pnpm --filter @yizhan/widgets build` writes them; a test checks the committed files are current.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { formatLike } from './format.js';
import { WIDGETS_ROOT, elementsOf, type ElementDoc, type Manifest, type ManifestEntry } from './manifest.js';

const HEADER = '// Generated from custom-elements.json by widgets/scripts/framework-types.ts. Do not edit.';
/** Type names every file can use without importing them. */
const GLOBAL_TYPES = new Set([
  'CustomEvent',
  'Event',
  'Record',
  'Partial',
  'Readonly',
  'ReadonlyArray',
  'Array',
  'Date',
  'HTMLElement',
  'HTMLFormElement',
]);

interface Element extends ElementDoc {
  module: string;
  /** Module that registers it (`src/yz-search/define.ts`). */
  defineModule: string;
}

interface Prop {
  /** Name in frameworks that set properties (Vue, React wrappers): `reportTo`. */
  property?: string;
  /** Name as an HTML attribute: `report-to`. */
  attribute?: string;
  type: string;
  description: string;
}

interface EventDoc {
  name: string;
  /** `onYzSelect` for `yz-select`. */
  handler: string;
  type: string;
  description: string;
}

const pascal = (tag: string): string =>
  tag
    .split('-')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');

/** `yz-select` → `onYzSelect`, the name @lit/react and Vue use for a listener. */
export const handlerName = (event: string): string => `on${pascal(event)}`;

const oneLine = (text: string | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
const doc = (text: string | undefined): string => {
  const line = oneLine(text).replace(/\*\//g, '*\\/');
  return line ? `/** ${line} */\n` : '';
};
const quote = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

function withDefineModules(manifest: Manifest): Element[] {
  const defineOf = new Map<string, string>();
  for (const mod of manifest.modules) {
    for (const e of mod.exports ?? []) if (e.kind === 'custom-element-definition') defineOf.set(e.name, mod.path);
  }
  return elementsOf(manifest).map((e) => ({ ...e, defineModule: defineOf.get(e.tagName) ?? e.module }));
}

function propsOf(element: Element): Prop[] {
  const props: Prop[] = [];
  const seen = new Set<string>();
  const fields = new Map((element.members ?? []).map((m) => [m.name, m]));
  for (const attribute of element.attributes ?? []) {
    const field = attribute.fieldName ? fields.get(attribute.fieldName) : undefined;
    if (field?.readonly) continue;
    props.push({
      attribute: attribute.name,
      property: attribute.fieldName,
      type: attribute.fieldName ? `${element.name}['${attribute.fieldName}']` : 'string',
      description: attribute.description ?? field?.description ?? '',
    });
    if (attribute.fieldName) seen.add(attribute.fieldName);
  }
  for (const member of element.members ?? []) {
    if (member.kind !== 'field' || member.static || member.readonly || seen.has(member.name)) continue;
    props.push({
      property: member.name,
      type: `${element.name}['${member.name}']`,
      description: member.description ?? '',
    });
  }
  return props;
}

function eventsOf(element: Element): EventDoc[] {
  return (element.events ?? []).map((e: ManifestEntry) => ({
    name: e.name,
    handler: handlerName(e.name),
    type: e.type?.text ?? 'CustomEvent',
    description: e.description ?? '',
  }));
}

/** Where each exported type name is declared, so generated files can import event detail types. */
function typeExports(): Map<string, string> {
  const out = new Map<string, string>();
  const src = join(WIDGETS_ROOT, 'src');
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'react') visit(full);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        const text = readFileSync(full, 'utf8');
        for (const m of text.matchAll(/^export (?:interface|type|class|enum) (\w+)/gm)) {
          if (!out.has(m[1]!)) out.set(m[1]!, relative(WIDGETS_ROOT, full).replace(/\\/g, '/'));
        }
      }
    }
  };
  visit(src);
  return out;
}

class Imports {
  private readonly byModule = new Map<string, Set<string>>();
  constructor(private readonly known: Map<string, string>) {}

  /** Import every type name in `text` that is not global; unknown names are an error. */
  use(text: string, preferModule?: string): void {
    for (const [name] of text.matchAll(/\b[A-Z]\w*\b/g)) {
      if (GLOBAL_TYPES.has(name)) continue;
      const module = this.known.get(name) ?? preferModule;
      if (!module || !this.known.has(name)) {
        throw new Error(`custom-elements.json names type ${name}, which no module in widgets/src exports`);
      }
      this.add(module, name);
    }
  }

  add(module: string, name: string): void {
    const set = this.byModule.get(module) ?? new Set<string>();
    set.add(name);
    this.byModule.set(module, set);
  }

  /** `import type { A, B } from '../src/x.js';` lines relative to `from` (a folder under widgets/). */
  render(from: string): string {
    return [...this.byModule.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([module, names]) => {
        const path = posix.relative(from, module.replace(/\.ts$/, '.js'));
        return `import type { ${[...names].sort().join(', ')} } from '${path.startsWith('.') ? path : `./${path}`}';`;
      })
      .join('\n');
  }
}

/** The props type of one element: attributes, properties, and `onyz-…` listeners (React 19 / JSX). */
function propsInterface(element: Element, imports: Imports): string {
  imports.add(element.module, element.name);
  const lines: string[] = [];
  for (const prop of propsOf(element)) {
    const name = prop.attribute ?? prop.property!;
    lines.push(`${doc(prop.description)}${quote(name)}?: ${prop.type};`);
    if (prop.attribute && prop.property && prop.property !== prop.attribute) {
      lines.push(`${doc(prop.description)}${quote(prop.property)}?: ${prop.type};`);
    }
  }
  for (const event of eventsOf(element)) {
    imports.use(event.type);
    lines.push(`${doc(event.description)}${quote(`on${event.name}`)}?: (event: ${event.type}) => void;`);
  }
  return `${doc(element.summary ?? element.description)}export interface ${element.name}Props {\n${lines.join('\n')}\n}`;
}

async function jsxFile(elements: Element[], known: Map<string, string>): Promise<string> {
  const imports = new Imports(known);
  const interfaces = elements.map((e) => propsInterface(e, imports));
  const map = elements.map((e) => `${doc(e.summary)}${quote(e.tagName)}: ${e.name}Props;`).join('\n');
  const text = `${HEADER}
// Props of every Yizhan element for JSX: attributes by their HTML name, properties by their
// JavaScript name, and listeners as \`on\` + the event name (\`onyz-select\`), which React 19 and
// Preact attach to the element as they are. \`import '@yizhan/widgets/types/jsx.d.ts'\` once.
${imports.render('types')}

${interfaces.join('\n\n')}

/** Tag name → props, for frameworks that type custom elements through their own JSX namespace. */
export interface YizhanElements {
${map}
}

declare global {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into the framework's interface
    interface IntrinsicElements extends YizhanElements {}
  }
}
`;
  return formatLike(join(WIDGETS_ROOT, 'types/jsx.d.ts'), text);
}

async function reactJsxFile(elements: Element[]): Promise<string> {
  const entries = elements
    .map(
      (e) =>
        `${doc(e.summary)}${quote(e.tagName)}: DetailedHTMLProps<HTMLAttributes<${e.name}>, ${e.name}> & YizhanElements['${e.tagName}'];`,
    )
    .join('\n');
  const classes = new Imports(new Map(elements.map((e) => [e.name, e.module])));
  for (const e of elements) classes.add(e.module, e.name);
  const text = `${HEADER}
// React 19 renders custom elements natively: \`<yz-search src="/bundle/" onyz-select={…}>\`.
// \`import '@yizhan/widgets/types/react.d.ts'\` once (tsconfig "types" or a .d.ts of the app).
// The wrappers in \`@yizhan/widgets/react\` give camelCase listeners (\`onYzSelect\`) instead.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { YizhanElements } from './jsx.js';
${classes.render('types')}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries}
    }
  }
}
`;
  return formatLike(join(WIDGETS_ROOT, 'types/react.d.ts'), text);
}

async function vueFile(elements: Element[], known: Map<string, string>): Promise<string> {
  const imports = new Imports(known);
  const components = elements.map((e) => {
    imports.add(e.module, e.name);
    const lines: string[] = [];
    for (const prop of propsOf(e)) {
      lines.push(`${doc(prop.description)}${quote(prop.property ?? prop.attribute!)}?: ${prop.type};`);
    }
    for (const event of eventsOf(e)) {
      imports.use(event.type);
      lines.push(`${doc(event.description)}${event.handler}?: (event: ${event.type}) => void;`);
    }
    return `${doc(e.summary)}${quote(e.tagName)}: DefineComponent<{\n${lines.join('\n')}\n}>;`;
  });
  const text = `${HEADER}
// Yizhan elements in Vue templates, checked by vue-tsc and completed by Volar: attributes and
// properties as props (\`report-to\` or \`:catalogue\`), events as \`@yz-select\`. Tell the Vue compiler
// they are custom elements (\`isCustomElement: (tag) => tag.startsWith('yz-')\`) and
// \`import '@yizhan/widgets/types/vue.d.ts'\` once.
import type { DefineComponent } from 'vue';
${imports.render('types')}

declare module 'vue' {
  interface GlobalComponents {
${components.join('\n\n')}
  }
}

export {};
`;
  return formatLike(join(WIDGETS_ROOT, 'types/vue.d.ts'), text);
}

/** One module per component folder (`src/react/yz-search.ts`), so importing one wrapper registers one component. */
async function reactWrapperFiles(elements: Element[], known: Map<string, string>): Promise<Record<string, string>> {
  const byFolder = new Map<string, Element[]>();
  for (const e of elements) {
    const folder = e.defineModule.split('/')[1]!;
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), e]);
  }
  const files: Record<string, string> = {};
  for (const [folder, group] of [...byFolder.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const path = `src/react/${folder}.ts`;
    const imports = new Imports(known);
    const classImports = new Map<string, string[]>();
    const components = group.map((e) => {
      const module = e.module.replace(/^src\//, '../').replace(/\.ts$/, '.js');
      classImports.set(module, [...(classImports.get(module) ?? []), `${e.name} as ${e.name}Element`]);
      const events = eventsOf(e).map((event) => {
        imports.use(event.type);
        return `${event.handler}: '${event.name}' as EventName<${event.type}>,`;
      });
      return `${doc(e.summary)}export const ${e.name} = createComponent({
  tagName: '${e.tagName}',
  elementClass: ${e.name}Element,
  react: React,
  displayName: '${e.name}',
  events: {${events.length ? `\n${events.join('\n')}\n` : ''}},
});`;
    });
    const text = `${HEADER}
/**
 * React wrapper${group.length > 1 ? 's' : ''} for ${group.map((e) => `<${e.tagName}>`).join(' and ')} (@lit/react): properties are
 * set as properties (objects such as \`catalogue\` pass through), events become camelCase props
 * with typed details (\`onYzSelect={(e) => e.detail.id}\`). Importing this module registers the element.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '${group[0]!.defineModule.replace(/^src\//, '../').replace(/\.ts$/, '.js')}';
${[...classImports.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([module, names]) => `import { ${names.join(', ')} } from '${module}';`)
  .join('\n')}
${imports.render('src/react')}

${components.join('\n\n')}
`;
    files[path] = await formatLike(join(WIDGETS_ROOT, path), text);
  }
  const index = `${HEADER}
/**
 * Every Yizhan React wrapper. Importing this registers every element; import one component's
 * module instead (\`@yizhan/widgets/react/yz-search\`) to load only that one.
 */
${[...byFolder.keys()]
  .sort()
  .map((folder) => `export * from './${folder}.js';`)
  .join('\n')}
`;
  files['src/react/index.ts'] = await formatLike(join(WIDGETS_ROOT, 'src/react/index.ts'), index);
  return files;
}

/** Every generated file, path relative to widgets/ → content. */
export async function frameworkTypes(manifest: Manifest): Promise<Record<string, string>> {
  const elements = withDefineModules(manifest);
  const known = typeExports();
  return {
    'types/jsx.d.ts': await jsxFile(elements, known),
    'types/react.d.ts': await reactJsxFile(elements),
    'types/vue.d.ts': await vueFile(elements, known),
    ...(await reactWrapperFiles(elements, known)),
  };
}

export async function writeFrameworkTypes(manifest: Manifest): Promise<string[]> {
  const files = await frameworkTypes(manifest);
  for (const [path, content] of Object.entries(files)) {
    const full = join(WIDGETS_ROOT, path);
    if (!existsSync(full) || readFileSync(full, 'utf8') !== content) writeFileSync(full, content);
  }
  return Object.keys(files);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync(join(WIDGETS_ROOT, 'custom-elements.json'), 'utf8')) as Manifest;
  for (const file of await writeFrameworkTypes(manifest)) console.log(`wrote widgets/${file}`);
}
