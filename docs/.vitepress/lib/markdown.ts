/** Small helpers for pages generated from data (manifest, schema, tokens): HTML that Vue leaves alone. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * Inline markdown of JSDoc descriptions (`code`, **bold**, [links](url)) to HTML. Everything else
 * is escaped, so a description can never inject markup into the page.
 */
export function inline(text: string | undefined): string {
  if (!text) return '';
  const parts = text.replace(/\s*\n\s*/g, ' ').split(/(`[^`]*`)/);
  return parts
    .map((part) => {
      if (part.startsWith('`') && part.endsWith('`') && part.length > 1)
        return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return escapeHtml(part)
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2">$1</a>');
    })
    .join('');
}

export function code(text: string | undefined): string {
  return text ? `<code>${escapeHtml(text)}</code>` : '';
}

/**
 * An HTML table in a box that scrolls sideways on narrow screens. The box is a labelled region that
 * takes keyboard focus, so it can be scrolled without a mouse (WCAG 2.1.1). `v-pre` keeps Vue from
 * reading `{{ }}` in generated text. Cells are HTML already.
 */
export function table(headers: string[], rows: string[][], label: string): string {
  if (rows.length === 0) return '';
  const head = headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<div class="yz-table" role="region" aria-label="${escapeHtml(label)}" tabindex="0" v-pre>\n<table><thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>\n</div>\n`;
}
