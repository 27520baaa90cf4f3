/** Rows to render for a long list of equal-height rows scrolled by the page (or any ancestor). */
export interface WindowInput {
  /** How far the list's top edge is above the viewport's top edge, in px (negative: below it). */
  offset: number;
  /** Viewport height in px. */
  viewport: number;
  rowHeight: number;
  count: number;
  /** Extra rows kept above and below, so Tab and quick scrolls land on rendered rows. */
  overscan?: number;
}

export function windowRange({ offset, viewport, rowHeight, count, overscan = 8 }: WindowInput): [number, number] {
  if (count === 0) return [0, 0];
  if (!(rowHeight > 0)) return [0, Math.min(count, 30)];
  const first = Math.floor(Math.max(0, offset) / rowHeight);
  const last = Math.ceil(Math.max(0, offset + viewport) / rowHeight);
  const start = Math.min(Math.max(0, first - overscan), Math.max(0, count - 1));
  const end = Math.min(count, Math.max(start + 1, last + overscan));
  return [start, end];
}
