/**
 * The docs site as built: every page present, no broken internal link or anchor, every component
 * fully documented from the manifest, no inline script or style (it is served under a strict
 * CSP), the downloads and live-example assets in place. Builds the site first (about a minute).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import { loadElements } from '../.vitepress/lib/manifest.js';
import { flatten, loadSchema, SCHEMAS } from '../.vitepress/lib/schema.js';
import { DOCS, ROOT } from '../.vitepress/lib/paths.js';

const DIST = join(DOCS, 'site/dist');

function files(dir: string, suffix: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...files(path, suffix));
    else if (entry.name.endsWith(suffix)) out.push(path);
  }
  return out;
}

const read = (page: string) => readFileSync(join(DIST, page), 'utf8');

/** Markdown pages of docs/ (the site's sources), as the .html paths they build to. */
function sourcePages(): string[] {
  const skip = new Set(['node_modules', 'site', 'test', 'e2e', 'scripts', '.vitepress']);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      if (entry.isDirectory()) return skip.has(entry.name) ? [] : walk(join(dir, entry.name));
      if (!entry.name.endsWith('.md') || entry.name.includes('[')) return [];
      return [relative(DOCS, join(dir, entry.name)).replace(/\.md$/, '.html')];
    });
  return walk(DOCS);
}

describe('docs site build', () => {
  before(() => {
    const result = spawnSync('pnpm', ['--filter', '@yizhan/docs', 'run', 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    assert.equal(result.status, 0, `docs build failed:\n${result.stdout}\n${result.stderr}`);
  });

  it('has every page: the markdown sources, one per component, one per schema, both languages', () => {
    const expected = [
      ...sourcePages(),
      ...loadElements().map((el) => `components/${el.tagName}.html`),
      ...SCHEMAS.map((s) => `reference/${s.slug}.html`),
    ];
    for (const page of [
      'index.html',
      'getting-started.html',
      'zh/index.html',
      'zh/getting-started.html',
      'theming.html',
      'csv.html',
      'data-format.html',
      'kiosk.html',
      'server.html',
      'intake-api.html',
      'security.html',
      'accessibility.html',
      'changelog.html',
      'locales.html',
      'size.html',
    ]) {
      assert.ok(expected.includes(page), `${page} has no source`);
    }
    const missing = expected.filter((page) => !existsSync(join(DIST, page)));
    assert.deepEqual(missing, []);
    assert.match(read('index.html'), /<html lang="en"/);
    assert.match(read('zh/index.html'), /<html lang="zh-CN"/);
    assert.match(read('zh/getting-started.html'), /<html lang="zh-CN"/);
  });

  it('has no broken internal link or anchor', () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      if (!ids.has(file)) {
        const html = readFileSync(file, 'utf8');
        ids.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
      }
      return ids.get(file)!;
    };
    const broken: string[] = [];
    for (const file of files(DIST, '.html')) {
      const html = readFileSync(file, 'utf8');
      for (const [, attr, raw] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
        const url = raw!.replace(/&amp;/g, '&');
        if (/^(https?:|mailto:|tel:|data:|javascript:)/.test(url) || url === '' || url.startsWith('//')) continue;
        const [path, hash] = url.split('#') as [string, string | undefined];
        const target = path === '' ? file : path.startsWith('/') ? join(DIST, path) : resolve(dirname(file), path);
        let resolved = target;
        // A bundle directory (`src="/bundle/"` of the live components) is a folder with manifest.json.
        if (existsSync(resolved) && statSync(resolved).isDirectory())
          resolved = existsSync(join(resolved, 'index.html'))
            ? join(resolved, 'index.html')
            : join(resolved, 'manifest.json');
        else if (!existsSync(resolved) && existsSync(`${resolved}.html`)) resolved = `${resolved}.html`;
        const where = `${relative(DIST, file)}: ${attr}="${url}"`;
        if (!existsSync(resolved)) {
          broken.push(`${where} (no file)`);
          continue;
        }
        if (hash && resolved.endsWith('.html') && !idsOf(resolved).has(decodeURIComponent(hash))) {
          broken.push(`${where} (no #${hash})`);
        }
      }
    }
    assert.deepEqual(broken, []);
  });

  it('documents every component from the manifest: attributes, properties, events, slots, parts, custom properties', () => {
    const elements = loadElements();
    assert.ok(elements.length >= 5);
    const overview = read('components/index.html');
    for (const el of elements) {
      const html = read(`components/${el.tagName}.html`);
      assert.ok(overview.includes(`${el.tagName}.html`), `${el.tagName} missing from the overview`);
      const names = [
        ...(el.attributes ?? []).map((a) => a.name),
        ...(el.members ?? [])
          .filter((m) => m.kind === 'field' && (m.privacy ?? 'public') === 'public')
          .map((m) => m.name),
        ...(el.events ?? []).map((e) => e.name),
        ...(el.slots ?? []).map((s) => s.name).filter(Boolean),
        ...(el.cssParts ?? []).map((p) => `::part(${p.name})`),
        ...(el.cssProperties ?? []).map((p) => p.name),
      ];
      const undocumented = names.filter(
        (name) => !html.includes(`<code>${name.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</code>`),
      );
      assert.deepEqual(undocumented, [], `${el.tagName} page lacks these`);
    }
  });

  it('shows each standalone component live, with the code to copy', () => {
    for (const tag of ['yz-search', 'yz-catalogue', 'yz-outlets', 'yz-consult-form', 'yz-rating']) {
      const html = read(`components/${tag}.html`);
      assert.match(html, new RegExp(`<figure class="yz-live"[^>]*>[\\s\\S]*<${tag}\\s`), `${tag}: no live element`);
      assert.match(html, new RegExp(`&lt;${tag}`), `${tag}: no code sample`);
    }
    assert.ok(existsSync(join(DIST, 'yizhan/yizhan.js')), 'the widgets build is served at /yizhan/');
    assert.ok(existsSync(join(DIST, 'yizhan/themes/dark.css')));
    assert.ok(existsSync(join(DIST, 'bundle/manifest.json')), 'the demo bundle is served at /bundle/');
  });

  it('contains no inline script and no style attribute (strict CSP)', () => {
    const offences: string[] = [];
    for (const file of files(DIST, '.html')) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (!/\ssrc=/.test(m[1]!) && m[2]!.trim()) offences.push(`${relative(DIST, file)}: inline <script${m[1]}>`);
      }
      for (const m of html.matchAll(/<[a-z][^>]*\sstyle="[^"]*"/gi))
        offences.push(`${relative(DIST, file)}: ${m[0].slice(0, 80)}`);
      if (/\son[a-z]+="/i.test(html.replace(/<pre[\s\S]*?<\/pre>/g, '')))
        offences.push(`${relative(DIST, file)}: event handler attribute`);
    }
    assert.deepEqual(offences, []);
  });

  it('generates the theming tokens, the format reference and the CSV template from the sources', () => {
    const theming = read('theming.html');
    const lightCss = readFileSync(join(ROOT, 'widgets/themes/light.css'), 'utf8');
    for (const [, name] of lightCss.matchAll(/(--yz-[\w-]+):/g))
      assert.ok(theming.includes(`<code>${name}</code>`), `token ${name}`);
    for (const page of SCHEMAS) {
      const html = read(`reference/${page.slug}.html`);
      for (const row of flatten(loadSchema(page.file)))
        assert.ok(html.includes(`<code>${row.path}</code>`), `${page.slug}: ${row.path}`);
    }
    assert.equal(
      readFileSync(join(DIST, 'downloads/example.csv'), 'utf8'),
      readFileSync(join(ROOT, 'demo/data/example.csv'), 'utf8'),
    );
    const csv = read('csv.html');
    for (const column of ['id', 'name_zh', 'category', 'materials', 'fee_amount_yuan'])
      assert.ok(csv.includes(`<code>${column}</code>`));
  });
});
