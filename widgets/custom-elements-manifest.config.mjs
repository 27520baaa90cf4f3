/**
 * Custom Elements Manifest (`custom-elements.json`) from the components' JSDoc: `pnpm --filter
 * @yizhan/widgets analyze` (also part of `build`). The docs site, the React/Vue/JSX declarations
 * and editors read it, so the public surface is written once, next to the code.
 *
 * Three Yizhan habits the analyzer does not know by itself are handled by the plugin below:
 * - components register through `defineElement('yz-x', YzX)` (safe double registration), not
 *   `customElements.define`, so tag names are linked here;
 * - JSDoc lists several parts or custom properties on one line (`@csspart a, b, c - Pieces…`, or
 *   `@csspart a - … @csspart b - …`), which becomes one entry per name;
 * - internal reactive state (`_open`, `{ state: true }`) and private members are not public API.
 */
export default {
  globs: ['src/yz-*/yz-*.ts', 'src/yz-*/define.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [yizhanConventions()],
};

/** `@csspart a, b - desc` and `@csspart a - desc. @csspart b - desc` → one entry per name. */
export function splitEntries(entries, tag) {
  const out = [];
  const inline = new RegExp(`\\s*@${tag}\\s+`);
  for (const entry of entries ?? []) {
    // The first tag's own text, then each inline `@tag name - description` that followed it.
    const pieces = (entry.description ?? '').split(inline);
    const firstNames = `${entry.name}`;
    const groups = [{ names: firstNames, description: pieces[0] ?? '' }];
    for (const piece of pieces.slice(1)) {
      const match = /^(.+?)\s+-\s+([\s\S]*)$/.exec(piece);
      if (match) groups.push({ names: match[1], description: match[2] });
    }
    for (const group of groups) {
      // `error, offline-notice - …` arrives as name `error,` with `offline-notice - …` as description.
      let names = group.names;
      let description = group.description.trim();
      const spill = /^([\w-]+(?:\s*(?:,|…)\s*[\w-]+)*)\s+-\s+([\s\S]*)$/.exec(description);
      if (/[,…]$/.test(names.trim()) && spill) {
        names = `${names} ${spill[1]}`;
        description = spill[2].trim();
      }
      for (const name of expandNames(names)) out.push({ ...entry, name, description });
    }
  }
  return dedupe(out);
}

/** `--yz-space-1…6` → `--yz-space-1` … `--yz-space-6`; `a, b,c` → a b c. */
function expandNames(text) {
  const names = [];
  for (const raw of text.split(',')) {
    const name = raw.trim();
    if (!name) continue;
    const range = /^(.*?)(\d+)…(\d+)$/.exec(name);
    if (range) {
      for (let i = Number(range[2]); i <= Number(range[3]); i++) names.push(`${range[1]}${i}`);
    } else names.push(name);
  }
  return names;
}

function dedupe(entries) {
  const seen = new Map();
  for (const entry of entries) if (!seen.has(entry.name)) seen.set(entry.name, entry);
  return [...seen.values()];
}

function yizhanConventions() {
  /** tag name → { className, definingModule } found in `defineElement(...)` calls. */
  const definitions = [];
  return {
    name: 'yizhan-conventions',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      if (!ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      definitions.push({ tag: tag.text, className: klass.text, module: moduleDoc.path });
    },
    packageLinkPhase({ customElementsManifest }) {
      const classes = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind === 'class') classes.set(declaration.name, { declaration, module: mod.path });
        }
      }
      for (const definition of definitions) {
        const found = classes.get(definition.className);
        if (!found) continue;
        found.declaration.tagName = definition.tag;
        found.declaration.customElement = true;
        const mod = customElementsManifest.modules.find((m) => m.path === definition.module);
        if (!mod) continue;
        mod.exports = (mod.exports ?? []).filter(
          (e) => !(e.kind === 'custom-element-definition' && e.name === definition.tag),
        );
        mod.exports.push({
          kind: 'custom-element-definition',
          name: definition.tag,
          declaration: { name: definition.className, module: found.module },
        });
      }
      for (const { declaration } of classes.values()) {
        if (!declaration.customElement) continue;
        const isPublic = (m) => !m.name.startsWith('_') && m.privacy !== 'private' && m.privacy !== 'protected';
        declaration.attributes = (declaration.attributes ?? []).filter(isPublic);
        declaration.members = (declaration.members ?? []).filter(
          (m) =>
            isPublic(m) &&
            !(m.static && ['styles', 'properties', 'shadowRootOptions', 'formAssociated'].includes(m.name)),
        );
        // A property that reflects an attribute is documented by that attribute's @attr.
        for (const member of declaration.members) {
          const attribute = declaration.attributes.find((a) => a.fieldName === member.name);
          if (attribute?.description && !member.description) member.description = attribute.description;
        }
        declaration.cssParts = splitEntries(declaration.cssParts, 'csspart');
        declaration.cssProperties = splitEntries(declaration.cssProperties, 'cssprop');
        declaration.slots = splitEntries(declaration.slots, 'slot');
      }
      // Globs list files in the order the file system gives, which differs between clones; sort so
      // the committed manifest is the same everywhere (a test compares it byte for byte).
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}
