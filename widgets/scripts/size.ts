/**
 * What the widgets cost a portal, measured on the real build (`dist/`, Vite + terser, production
 * Lit), each file compressed on its own as a server sends it (gzip -9, and brotli for reference):
 *
 *   pnpm --filter @yizhan/widgets size            build into a temporary folder, print the table, check budgets
 *   pnpm --filter @yizhan/widgets size --write    … and write docs/size.md (included by the docs site)
 *   pnpm --filter @yizhan/widgets size --dist     measure the existing widgets/dist instead of building
 *
 * Rows: the one-file loader itself (yizhan.js and what it imports statically: it loads components
 * on first use), what one component costs a page on first use (the loader, the core every
 * component needs and that component's chunks), a page with every component (the issue-8 goal),
 * each component's own code, code several components share, and what loads later (locale strings,
 * the QR code encoder). `widgets/test/node/size.test.ts` runs the same measurement in `npm test`
 * against BUDGETS.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildDist } from './dist.js';
import { formatLike } from './format.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SIZE_DOC = fileURLToPath(new URL('../../docs/size.md', import.meta.url));

/** The goal from issue 8: every component together, Lit included, gzipped. */
export const GOAL_KB = 60;

/**
 * Enforced ceilings in KB (gzip -9). They sit a little above what is measured today so that a
 * regression fails `npm test`; lower them when something gets smaller. The goal above is what a
 * page with every component should reach; docs/size.md shows how far it is.
 */
export const BUDGETS: Record<string, number> = {
  loader: 2,
  // One component on a page, on first use: loader + core + its own chunks.
  'first:yz-search': 49,
  'first:yz-catalogue': 58,
  'first:yz-outlets': 51,
  // Without yz-rating for its receipt, which it loads when the page is idle.
  'first:yz-consult-form': 58,
  'first:yz-rating': 38,
  // 92.5 since the search engine's speed work (Nov 2026): +0.3 KB, within the engine's own 8 KB budget.
  'all components': 92.5,
  // Each component's own code (what only it adds).
  'yz-search': 7,
  'yz-catalogue': 15,
  'yz-outlets': 8.5,
  'yz-consult-form': 12.5,
  'yz-rating': 5.5,
  // What a page with every component is made of, whichever files Rollup puts them in.
  'part:Lit': 7,
  'part:i18next': 17,
  'part:@yizhan/client': 9.5,
  'part:@yizhan/search': 9,
  // Each bundle's index carries the folding pairs its catalogue needs; none ship as code.
  'part:Traditional→Simplified table (@yizhan/search)': 0,
  // Shared internals: bundle loading (one render per task), localization (memoized), formatters.
  'part:widgets/src/internal': 11,
  // Later, on first use.
  'zh-CN strings': 16,
  'qr code (lazy)': 8,
};

interface ViteChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type ViteManifest = Record<string, ViteChunk>;
/** `modules.json` from vite.config.ts: file → module → gzip bytes of the module minified alone. */
type ModuleReport = Record<string, Record<string, number>>;

/** What a module is, for the "made of" table: a library, a workspace package, or our own code. */
export function groupOf(id: string): string {
  if (/\/(lit-html|lit-element|@lit\/reactive-element|lit)\//.test(id)) return 'Lit';
  if (/\/i18next\//.test(id)) return 'i18next';
  if (/\/idb\//.test(id)) return 'idb (IndexedDB)';
  if (/qrcode/.test(id)) return 'qrcode-generator';
  if (id.includes('packages/search/src/generated/t2s')) return 'Traditional→Simplified table (@yizhan/search)';
  const pkg = /^packages\/([\w-]+)\//.exec(id);
  if (pkg) return `@yizhan/${pkg[1]}`;
  const component = /^widgets\/src\/(yz-[^/]+)\//.exec(id);
  if (component) return component[1]!;
  if (id.startsWith('widgets/src/')) return 'widgets/src/internal';
  return 'other';
}

export interface Part {
  group: string;
  /** Enforced ceiling in KB gzip (`part:<group>` in BUDGETS), if any. */
  budget?: number;
  /** Estimated gzip bytes: each file's real gzip size shared out by its modules' gzip sizes alone. */
  gzip: number;
}

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface Row {
  /** Budget key (`yz-search`, `core`…). */
  key: string;
  label: string;
  files: FileSize[];
  raw: number;
  gzip: number;
  brotli: number;
  /** Enforced ceiling in KB gzip, if any. */
  budget?: number;
}

export interface Measurement {
  rows: Row[];
  /** What a page with every component loads, by part, largest first. */
  parts: Part[];
  /** Components found in the build (entries `src/yz-*\/define.ts`). */
  components: string[];
}

const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

function sizeOf(dir: string, file: string, cache: Map<string, FileSize>): FileSize {
  let size = cache.get(file);
  if (!size) {
    const bytes = readFileSync(join(dir, file));
    size = {
      file,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    cache.set(file, size);
  }
  return size;
}

/** A manifest key and every chunk it imports statically, transitively. */
function closure(manifest: ViteManifest, key: string): Set<string> {
  const out = new Set<string>();
  const visit = (k: string): void => {
    if (out.has(k)) return;
    out.add(k);
    for (const next of manifest[k]?.imports ?? []) visit(next);
  };
  visit(key);
  return out;
}

/** Chunks loaded later with `import()` from a set of chunks, with their own static imports. */
function lazyFrom(manifest: ViteManifest, keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const key of keys) {
    for (const dynamic of manifest[key]?.dynamicImports ?? []) {
      for (const k of closure(manifest, dynamic)) out.add(k);
    }
  }
  return out;
}

const WIDGET_NAMESPACES = ['common', 'ui', 'search', 'catalogue', 'outlets', 'consult', 'rating', 'validation'];

export function measure(distDir: string): Measurement {
  const manifest = JSON.parse(readFileSync(join(distDir, 'vite-manifest.json'), 'utf8')) as ViteManifest;
  const modules = JSON.parse(readFileSync(join(distDir, 'modules.json'), 'utf8')) as ModuleReport;
  const cache = new Map<string, FileSize>();
  const row = (key: string, label: string, keys: Iterable<string>): Row => {
    const files = [...new Set([...keys].map((k) => manifest[k]!.file))].sort().map((f) => sizeOf(distDir, f, cache));
    const sum = (field: 'raw' | 'gzip' | 'brotli'): number => files.reduce((total, f) => total + f[field], 0);
    const budget = BUDGETS[key];
    return {
      key,
      label,
      files,
      raw: sum('raw'),
      gzip: sum('gzip'),
      brotli: sum('brotli'),
      ...(budget === undefined ? {} : { budget }),
    };
  };

  const componentKeys = Object.keys(manifest)
    .filter((k) => /^src\/yz-[^/]+\/define\.ts$/.test(k))
    .sort();
  const components = componentKeys.map((k) => k.split('/')[1]!);
  if (componentKeys.length === 0)
    throw new Error(`no component entries (src/yz-*/define.ts) in ${distDir}/vite-manifest.json`);
  const closures = new Map(componentKeys.map((k) => [k, closure(manifest, k)]));
  // The loader imports components with import(), on first use: its own download is what it imports statically.
  const loader = closure(manifest, 'src/yizhan.ts');
  const loads = new Set((manifest['src/yizhan.ts']?.dynamicImports ?? []).filter((k) => componentKeys.includes(k)));
  if (loads.size !== componentKeys.length) {
    throw new Error(`the loader loads ${[...loads].join(', ')} on first use, not every component`);
  }
  // What every component needs: the chunks in all their closures (Lit, i18next, base styles…).
  const core = new Set(
    [...closures.get(componentKeys[0]!)!].filter(
      (k) => !manifest[k]!.isEntry && [...closures.values()].every((set) => set.has(k)),
    ),
  );
  const rows: Row[] = [
    row('loader', 'Loader: yizhan.js itself (what the one tag downloads before any tag is found)', loader),
  ];
  rows.push(row('core', 'Core every component loads (Lit, i18next, styles, IndexedDB)', core));
  for (const key of componentKeys) {
    const name = key.split('/')[1]!;
    rows.push(
      row(`first:${name}`, `<${name}> alone on a page: loader + core + its chunks`, [...loader, ...closures.get(key)!]),
    );
  }
  const page = new Set([...loader, ...[...closures.values()].flatMap((set) => [...set])]);
  rows.push(row('all components', 'Every component on one page (the goal: ≤ 60 KB)', page));

  // A component's own code: what no other component loads, except components that embed it
  // (yz-consult-form shows yz-rating on its receipt; yz-rating's code counts for yz-rating).
  const owned = new Set<string>();
  for (const key of componentKeys) {
    const mine = closures.get(key)!;
    const others = new Set<string>();
    for (const [other, set] of closures) {
      if (other !== key && !set.has(key)) for (const k of set) others.add(k);
    }
    const own = [...mine].filter(
      (k) =>
        !others.has(k) &&
        !core.has(k) &&
        !componentKeys.some((c) => c !== key && closures.get(c)!.has(k) && mine.has(c)),
    );
    for (const k of own) owned.add(k);
    const name = key.split('/')[1]!;
    rows.push(row(name, `${name} (own code)`, own));
  }

  // Code several components share but not all (the catalogue data client and search engine…).
  const shared = new Set<string>();
  for (const set of closures.values()) for (const k of set) if (!core.has(k) && !owned.has(k)) shared.add(k);
  for (const key of [...shared].sort()) {
    const users = componentKeys.filter((c) => closures.get(c)!.has(key)).map((c) => c.split('/')[1]);
    const name = manifest[key]!.name ?? manifest[key]!.file;
    rows.push(row(`shared:${name}`, `Shared: ${name} (${users.join(', ')})`, [key]));
  }

  // Later, on first use.
  const lazy = lazyFrom(manifest, page);
  const zhCN = [...lazy].filter((k) => {
    const m = /locales\/zh-CN\/(\w+)\.ts$/.exec(manifest[k]?.src ?? '');
    return m !== null && WIDGET_NAMESPACES.includes(m[1]!);
  });
  rows.push(row('zh-CN strings', 'zh-CN strings of the widgets (lazy)', zhCN));
  const qr = [...lazy].filter((k) => /qrcode/.test(manifest[k]?.src ?? manifest[k]?.file ?? ''));
  rows.push(row('qr code (lazy)', 'QR code encoder (lazy)', qr));
  rows.push(
    row('all components zh-CN', 'Every component, first render in zh-CN (+ strings)', new Set([...page, ...zhCN])),
  );
  const everything = Object.keys(manifest).filter((k) => manifest[k]!.file.endsWith('.js'));
  rows.push(row('all files', 'All files in dist (every locale and chunk)', everything));
  const byGroup = new Map<string, number>();
  for (const file of new Set([...page].map((k) => manifest[k]!.file))) {
    const inFile = Object.entries(modules[file] ?? {});
    const total = inFile.reduce((sum, [, bytes]) => sum + bytes, 0);
    const real = sizeOf(distDir, file, cache).gzip;
    for (const [id, bytes] of inFile) {
      const group = groupOf(id);
      byGroup.set(group, (byGroup.get(group) ?? 0) + (total ? (real * bytes) / total : 0));
    }
  }
  for (const key of Object.keys(BUDGETS)) {
    if (key.startsWith('part:') && !byGroup.has(key.slice(5))) byGroup.set(key.slice(5), 0);
  }
  const parts = [...byGroup.entries()]
    .map(([group, gzip]) => {
      const budget = BUDGETS[`part:${group}`];
      return { group, gzip, ...(budget === undefined ? {} : { budget }) };
    })
    .sort((a, b) => b.gzip - a.gzip);
  return { rows, parts, components };
}

/** Every budget exceeded, as `what: measured KB > budget KB`. */
export function overBudget(measurement: Measurement): string[] {
  const rows = measurement.rows
    .filter((r) => r.budget !== undefined && kb(r.gzip) > r.budget)
    .map((r) => `${r.key}: ${kb(r.gzip)} KB > ${r.budget} KB`);
  const parts = measurement.parts
    .filter((p) => p.budget !== undefined && kb(p.gzip) > p.budget)
    .map((p) => `${p.group} (on a page with every component): ${kb(p.gzip)} KB > ${p.budget} KB`);
  return [...rows, ...parts];
}

/** The goal sentence: how a page with every component compares with GOAL_KB. */
function goalLine(measurement: Measurement): string {
  const all = measurement.rows.find((r) => r.key === 'all components');
  if (!all) return '';
  const size = kb(all.gzip);
  return `every component on one page is ${size.toFixed(1)} KB gzip, ${size <= GOAL_KB ? `within the ${GOAL_KB} KB goal` : `${(size - GOAL_KB).toFixed(1)} KB over the ${GOAL_KB} KB goal`}`;
}

export function formatTable(measurement: Measurement): string {
  const header = ['what', 'files', 'min KB', 'gzip KB', 'brotli KB', 'budget'];
  const lines = measurement.rows.map((r) => [
    r.label,
    String(r.files.length),
    kb(r.raw).toFixed(1),
    kb(r.gzip).toFixed(1),
    kb(r.brotli).toFixed(1),
    r.budget === undefined ? '' : `${r.budget.toFixed(1)}${kb(r.gzip) > r.budget ? ' OVER' : ''}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const parts = measurement.parts
    .map(
      (p) =>
        `  ${kb(p.gzip).toFixed(1).padStart(5)} KB  ${p.group}${p.budget === undefined ? '' : ` (budget ${p.budget.toFixed(1)}${kb(p.gzip) > p.budget ? ' OVER' : ''})`}`,
    )
    .join('\n');
  return `${fmt(header)}\n${lines.map(fmt).join('\n')}\nGoal (issue 8): ${goalLine(measurement)}.\n\nA page with every component loads (gzip, estimated per module):\n${parts}`;
}

export async function sizeMarkdown(measurement: Measurement): Promise<string> {
  const rows = measurement.rows
    .map(
      (r) =>
        `| ${r.label.replace(/\|/g, '\\|').replace(/<(yz-[a-z-]+)>/g, '`<$1>`')} | ${r.files.length} | ${kb(r.raw).toFixed(1)} | ${kb(r.gzip).toFixed(1)} | ${kb(r.brotli).toFixed(1)} | ${r.budget === undefined ? '' : r.budget.toFixed(1)} |`,
    )
    .join('\n');
  const get = (key: string): number => kb(measurement.rows.find((r) => r.key === key)?.gzip ?? 0);
  const byGroup = new Map(measurement.parts.map((p) => [p.group, kb(p.gzip)]));
  const ownCode = measurement.components.reduce((sum, c) => sum + (byGroup.get(c) ?? 0), 0);
  const i18next = byGroup.get('i18next') ?? 0;
  const lit = byGroup.get('Lit') ?? 0;
  const rest = get('all components') - ownCode - i18next - lit;
  const text = `# Widget sizes

<!-- Generated by \`pnpm --filter @yizhan/widgets size --write\` (widgets/scripts/size.ts). Do not edit. -->

What the Yizhan widgets cost a portal, measured on the production build (\`widgets/dist\`: Vite,
terser, production Lit). Each file is compressed on its own, as a web server sends it. Sizes in KB
(1,024 bytes). **Budget** is the ceiling \`npm test\` enforces (gzip).

| What | Files | Minified | gzip -9 | brotli | Budget |
| ---- | ----: | -------: | ------: | -----: | -----: |
${rows}

- **Loader**: \`<script type="module" src="…/yizhan.js">\` registers ${measurement.components.map((c) => `\`<${c}>\``).join(', ')}, each
  on first use: when its tag is on the page (or appears later), that component's entry is imported
  with the chunks it needs. A page without any \`yz-*\` tag downloads only the loader.
- **Alone on a page** is what a page with that one component downloads before it can render
  (loader, core and the component's chunks), the same whether it uses the loader or the component's own
  entry (\`dist/<component>.js\`, without the loader's ${get('loader').toFixed(1)} KB). \`<yz-consult-form>\` loads
  \`<yz-rating>\`, which its receipt shows, once the page is idle (not counted in its row). **Own code** is what only
  that component adds.
- **Lazy** chunks load on first use: only the strings of the page's language and of the components on
  it (namespaces ${WIDGET_NAMESPACES.join(', ')}), and the QR code encoder when a QR code is first
  shown.
- **Goal** (issue 8): every component together, Lit included, ≤ ${GOAL_KB} KB gzip. Today ${goalLine(measurement)}.
  The components' own code (${ownCode.toFixed(1)} KB), i18next (${i18next.toFixed(1)} KB) and Lit (${lit.toFixed(1)} KB) alone make
  ${(ownCode + i18next + lit).toFixed(1)} KB; the catalogue data client, the search engine, shared internals and the cost of
  compressing ${measurement.rows.find((r) => r.key === 'all components')?.files.length ?? 0} files one by one make the other ${rest.toFixed(1)} KB.

## What a page with every component loads

Each file's gzip size shared out among the modules in it, in proportion to each module's own
minified, gzipped size (an estimate: compression works across module boundaries).

| Part | gzip KB | Budget |
| ---- | ------: | -----: |
${measurement.parts.map((p) => `| ${p.group} | ${kb(p.gzip).toFixed(1)} | ${p.budget === undefined ? '' : p.budget.toFixed(1)} |`).join('\n')}
`;
  return formatLike(SIZE_DOC, text);
}

/** Build into a temporary folder (never touching widgets/dist) and measure it. */
export async function buildAndMeasure(): Promise<Measurement> {
  const out = mkdtempSync(join(tmpdir(), 'yz-size-'));
  try {
    await buildDist(out);
    return measure(out);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const useDist = args.includes('--dist');
  if (useDist && !existsSync(join(ROOT, 'dist/vite-manifest.json'))) {
    throw new Error('widgets/dist is not built: run `pnpm --filter @yizhan/widgets build` first');
  }
  const measurement = useDist ? measure(join(ROOT, 'dist')) : await buildAndMeasure();
  console.log(formatTable(measurement));
  if (args.includes('--write')) {
    writeFileSync(SIZE_DOC, await sizeMarkdown(measurement));
    console.log('\nwrote docs/size.md');
  }
  const over = overBudget(measurement);
  if (over.length) {
    console.error(`\nover budget: ${over.join('; ')}`);
    process.exitCode = 1;
  }
}
