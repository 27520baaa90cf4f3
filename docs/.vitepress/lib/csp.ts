/**
 * The docs site runs under a strict Content-Security-Policy (no inline script, no inline style),
 * the same promise the widgets make. VitePress writes a few small inline scripts into each page
 * (dark-mode and platform checks in <head>); they move to external files here, after rendering,
 * keeping their order and their synchronous execution.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const INLINE_SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/g;

/** Replace every inline `<script>` in `html` by `<script src>` of a content-addressed file in `outDir/assets/`. */
export function externalizeInlineScripts(html: string, outDir: string, base = '/'): string {
  return html.replace(INLINE_SCRIPT, (whole, attributes: string | undefined, body: string) => {
    const attrs = attributes ?? '';
    if (/\ssrc\s*=/.test(attrs) || body.trim() === '') return whole;
    if (/type\s*=\s*["']?(application\/(ld\+)?json|importmap)/.test(attrs)) return whole; // data, not code
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
    const name = `assets/inline.${hash}.js`;
    mkdirSync(join(outDir, 'assets'), { recursive: true });
    writeFileSync(join(outDir, name), `${body.trim()}\n`);
    return `<script${attrs} src="${base}${name}"></script>`;
  });
}

/** Inline `style="…"` attributes left in the HTML (the test asserts there are none). */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<[a-z][^>]*\sstyle\s*=\s*("[^"]*"|'[^']*')/gi)].map((m) => m[0].slice(0, 120));
}

/**
 * Replace `style="…"` attributes of the server-rendered HTML (VitePress writes two, e.g.
 * `style="position:relative;"` on the content) by classes whose rules go to a stylesheet, so
 * `style-src 'self'` applies them. After hydration Vue sets styles through CSSOM, which CSP allows.
 */
export class InlineStyles {
  private readonly rules = new Map<string, string>();

  transform(html: string): string {
    return html.replace(
      /<([a-zA-Z][\w-]*)(\s[^<>]*?)?\sstyle\s*=\s*("([^"]*)"|'([^']*)')([^<>]*)>/g,
      (whole, tag: string, before = '', _q, dq, sq, after: string) => {
        const declarations = String(dq ?? sq ?? '').trim();
        const attrs = `${before}${after}`;
        if (!declarations) return `<${tag}${attrs}>`;
        const name = `ssr-s-${createHash('sha256').update(declarations).digest('hex').slice(0, 8)}`;
        this.rules.set(
          name,
          declarations
            .replace(/&quot;/g, '"')
            .replace(/&#39;/g, "'")
            .replace(/&amp;/g, '&'),
        );
        if (/\sclass\s*=\s*"/.test(attrs)) return `<${tag}${attrs.replace(/(\sclass\s*=\s*")/, `$1${name} `)}>`;
        return `<${tag} class="${name}"${attrs}>`;
      },
    );
  }

  css(): string {
    return [...this.rules].map(([name, body]) => `.${name}{${body}}`).join('\n') + '\n';
  }
}
