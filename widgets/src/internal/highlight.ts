import { html, nothing, type TemplateResult } from 'lit';

/** Merge overlapping or touching ranges, sorted by start. */
export function mergeRanges(ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const sorted = [...ranges].filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** Text with the matched ranges in <mark>; ranges are clamped to the text. */
export function renderHighlighted(
  text: string,
  ranges: ReadonlyArray<readonly [number, number]>,
): TemplateResult | typeof nothing | string {
  if (!text) return nothing;
  const merged = mergeRanges(ranges.map(([s, e]) => [Math.max(0, s), Math.min(text.length, e)] as [number, number]));
  if (merged.length === 0) return text;
  const parts: Array<TemplateResult | string> = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(html`<mark part="highlight">${text.slice(start, end)}</mark>`);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return html`${parts}`;
}
