/**
 * What the widgets cost a portal, measured on the real build (`dist/`, Vite + terser, production
 * Lit), each file compressed on its own as a server sends it (gzip -9, and brotli for reference):
 *
 *   pnpm --filter @yizhan/widgets size            build into a temporary folder, print the table, check budgets
 *   pnpm --filter @yizhan/widgets size --write    … and write docs/size.md (included by the docs site)
 *   pnpm --filter @yizhan/widgets size --dist     measure the existing widgets/dist instead of building
 *
 * Rows: the loader's initial download (yizhan.js and everything it imports statically), the core
 * every component needs, each component's own code (what only it loads), code several components
 * share, and what loads later on first use (locale strings, the QR code encoder).
 * `widgets/test/node/size.test.ts` runs the same measurement in `npm test` against BUDGETS.
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
 * regression fails `npm test`; lower them when something gets smaller. The goal above is what the
 * loader should reach; docs/size.md shows how far it is.
 */
export const BUDGETS: Record<string, number> = {
  'loader (initial)': 104,
  // Each component's own code (what only it adds).
  'yz-search': 7,
  'yz-catalogue': 15,
  'yz-outlets': 8.5,
  'yz-consult-form': 12.5,
  'yz-rating': 8.5,
  // What the loader is made of, whichever files Rollup puts them in.
  'part:Lit': 7,
  'part:i18next': 17,
  'part:@yizhan/client': 9.5,
  'part:@yizhan/search': 10,
  'part:Traditional→Simplified table (@yizhan/search)': 12.5,
  'part:widgets/src/internal': 10,
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
  /** What the loader's files are made of, largest first. */
  loaderParts: Part[];
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
  const closures = new Map(componentKeys.map((k) => [k, closure(manifest, k)]));
  const loader = closure(manifest, 'src/yizhan.ts');

  if (componentKeys.length === 0)
    throw new Error(`no component entries (src/yz-*/define.ts) in ${distDir}/vite-manifest.json`);
  // What every component needs: the chunk with the registry (internal/define.ts), which Rollup
  // fills with what all components share (Lit, i18next, base styles and tokens), and its imports.
  const registry = Object.keys(manifest).find((k) =>
    Object.keys(modules[manifest[k]!.file] ?? {}).some((id) => id.endsWith('widgets/src/internal/define.ts')),
  );
  if (!registry) throw new Error('no chunk holds widgets/src/internal/define.ts');
  const core = closure(manifest, registry);
  const rows: Row[] = [row('loader (initial)', 'Loader: yizhan.js + static imports', loader)];
  rows.push(row('core', 'Shared by every component (Lit, i18next, registry…)', core));

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
  const allStatic = new Set([...loader, ...[...closures.values()].flatMap((s) => [...s])]);
  const lazy = lazyFrom(manifest, allStatic);
  const zhCN = [...lazy].filter((k) => {
    const m = /locales\/zh-CN\/(\w+)\.ts$/.exec(manifest[k]?.src ?? '');
    return m !== null && WIDGET_NAMESPACES.includes(m[1]!);
  });
  rows.push(row('zh-CN strings', 'zh-CN strings of the widgets (lazy)', zhCN));
  const qr = [...lazy].filter((k) => /qrcode/.test(manifest[k]?.src ?? manifest[k]?.file ?? ''));
  rows.push(row('qr code (lazy)', 'QR code encoder (lazy)', qr));
  const firstRender = new Set([...loader, ...zhCN]);
  rows.push(row('first render zh-CN', 'First render in zh-CN (loader + strings)', firstRender));
  const everything = Object.keys(manifest).filter((k) => manifest[k]!.file.endsWith('.js'));
  rows.push(row('all files', 'All files in dist (every locale and chunk)', everything));
  const parts = new Map<string, number>();
  for (const file of new Set([...loader].map((k) => manifest[k]!.file))) {
    const inFile = Object.entries(modules[file] ?? {});
    const total = inFile.reduce((sum, [, bytes]) => sum + bytes, 0);
    const real = sizeOf(distDir, file, cache).gzip;
    for (const [id, bytes] of inFile) {
      const group = groupOf(id);
      parts.set(group, (parts.get(group) ?? 0) + (total ? (real * bytes) / total : 0));
    }
  }
  const loaderParts = [...parts.entries()]
    .map(([group, gzip]) => {
      const budget = BUDGETS[`part:${group}`];
      return { group, gzip, ...(budget === undefined ? {} : { budget }) };
    })
    .sort((a, b) => b.gzip - a.gzip);
  return { rows, loaderParts, components };
}

/** Every budget exceeded, as `what: measured KB > budget KB`. */
export function overBudget(measurement: Measurement): string[] {
  const rows = measurement.rows
    .filter((r) => r.budget !== undefined && kb(r.gzip) > r.budget)
    .map((r) => `${r.key}: ${kb(r.gzip)} KB > ${r.budget} KB`);
  const parts = measurement.loaderParts
    .filter((p) => p.budget !== undefined && kb(p.gzip) > p.budget)
    .map((p) => `${p.group} (in the loader): ${kb(p.gzip)} KB > ${p.budget} KB`);
  return [...rows, ...parts];
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
  const loader = measurement.rows.find((r) => r.key === 'loader (initial)');
  const goal = loader
    ? `\nGoal: every component with Lit ≤ ${GOAL_KB} KB gzip; the loader is ${kb(loader.gzip).toFixed(1)} KB (${kb(loader.gzip) <= GOAL_KB ? 'within' : `${(kb(loader.gzip) - GOAL_KB).toFixed(1)} KB over`}).`
    : '';
  const parts = measurement.loaderParts
    .map(
      (p) =>
        `  ${kb(p.gzip).toFixed(1).padStart(5)} KB  ${p.group}${p.budget === undefined ? '' : ` (budget ${p.budget.toFixed(1)}${kb(p.gzip) > p.budget ? ' OVER' : ''})`}`,
    )
    .join('\n');
  return `${fmt(header)}\n${lines.map(fmt).join('\n')}${goal}\n\nThe loader is made of (gzip, estimated per module):\n${parts}`;
}

export async function sizeMarkdown(measurement: Measurement): Promise<string> {
  const rows = measurement.rows
    .map(
      (r) =>
        `| ${r.label.replace(/\|/g, '\\|')} | ${r.files.length} | ${kb(r.raw).toFixed(1)} | ${kb(r.gzip).toFixed(1)} | ${kb(r.brotli).toFixed(1)} | ${r.budget === undefined ? '' : r.budget.toFixed(1)} |`,
    )
    .join('\n');
  const loader = measurement.rows.find((r) => r.key === 'loader (initial)')!;
  const text = `# Widget sizes

<!-- Generated by \`pnpm --filter @yizhan/widgets size --write\` (widgets/scripts/size.ts). Do not edit. -->

What the Yizhan widgets cost a portal, measured on the production build (\`widgets/dist\`: Vite,
terser, production Lit). Each file is compressed on its own, as a web server sends it. Sizes in KB
(1,024 bytes). **Budget** is the ceiling \`npm test\` enforces (gzip).

| What | Files | Minified | gzip -9 | brotli | Budget |
| ---- | ----: | -------: | ------: | -----: | -----: |
${rows}

- **Loader** is what \`<script type="module" src="…/yizhan.js">\` downloads before any component
  can render: it registers ${measurement.components.map((c) => `\`<${c}>\``).join(', ')}.
- **Own code** is what only that component adds; a page that uses one component loads the core, its own
  code and the shared chunks it needs (the entry \`dist/<component>.js\`).
- **Lazy** chunks load on first use: only the strings of the page's language and of the components on
  it (namespaces ${WIDGET_NAMESPACES.join(', ')}), and the QR code encoder when a QR code is first
  shown.
- Goal (issue 8): every component together, Lit included, ≤ ${GOAL_KB} KB gzip. Today the loader is
  ${kb(loader.gzip).toFixed(1)} KB${kb(loader.gzip) <= GOAL_KB ? ', within the goal' : `, ${(kb(loader.gzip) - GOAL_KB).toFixed(1)} KB over it`}.

## What the loader is made of

Each file's gzip size shared out among the modules in it, in proportion to each module's own
minified, gzipped size (an estimate: compression works across module boundaries).

| Part | gzip KB | Budget |
| ---- | ------: | -----: |
${measurement.loaderParts.map((p) => `| ${p.group} | ${kb(p.gzip).toFixed(1)} | ${p.budget === undefined ? '' : p.budget.toFixed(1)} |`).join('\n')}
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
