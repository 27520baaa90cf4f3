import { html, type Html } from './html.js';

export interface Point {
  label: string;
  value: number;
}

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${++counter}`;

/** Round a maximum up to a readable axis end (1, 2, 5 × 10ⁿ). */
function niceMax(max: number): number {
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * magnitude).find((v) => v >= max) ?? max;
}

/**
 * A bar chart as inline SVG: role="img" with <title> and <desc> for screen readers, colours from
 * the stylesheet (no inline style, so the console's CSP holds), and the same numbers in a table
 * right after it, which is the accessible fallback and what a keyboard or print user reads.
 */
export function barChart(options: {
  title: string;
  description: string;
  points: readonly Point[];
  labelHeader: string;
  valueHeader: string;
  /** Highlight bars (e.g. bad ratings) with this class. */
  emphasize?: (point: Point) => boolean;
  format?: (value: number) => string;
}): Html {
  const { points, title, description } = options;
  const format = options.format ?? ((v: number) => String(v));
  const titleId = nextId('chart-title');
  const descId = nextId('chart-desc');
  const width = 640;
  const barArea = 200;
  const top = 16;
  const left = 40;
  const gap = 4;
  const max = niceMax(Math.max(0, ...points.map((p) => p.value)));
  const barWidth = points.length ? Math.max(2, (width - left - gap * points.length) / points.length) : 0;
  const showLabels = points.length <= 16;
  const bars = points.map((point, i) => {
    const h = (point.value / max) * barArea;
    const x = left + i * (barWidth + gap);
    const y = top + barArea - h;
    return html`<g>
      <rect
        class="${options.emphasize?.(point) ? 'bar bar-emphasis' : 'bar'}"
        x="${x.toFixed(1)}"
        y="${y.toFixed(1)}"
        width="${barWidth.toFixed(1)}"
        height="${h.toFixed(1)}"
        ><title>${point.label}: ${format(point.value)}</title></rect
      >
      ${showLabels ? html`<text class="axis-label" x="${(x + barWidth / 2).toFixed(1)}" y="${top + barArea + 14}" text-anchor="middle">${point.label.length > 10 ? `${point.label.slice(0, 9)}…` : point.label}</text>` : ''}
    </g>`;
  });
  const ticks = [0, 0.5, 1].map(
    (f) =>
      html`<g>
        <line
          class="gridline"
          x1="${left}"
          x2="${width}"
          y1="${top + barArea - f * barArea}"
          y2="${top + barArea - f * barArea}"
        ></line>
        <text class="axis-label" x="${left - 6}" y="${top + barArea - f * barArea + 4}" text-anchor="end"
          >${format(max * f)}</text
        >
      </g>`,
  );
  return html`<figure class="chart">
    <svg
      viewBox="0 0 ${width} ${top + barArea + 24}"
      role="img"
      aria-labelledby="${titleId} ${descId}"
      focusable="false"
    >
      <title id="${titleId}">${title}</title>
      <desc id="${descId}">${description}</desc>
      ${ticks}${bars}
    </svg>
    <table class="chart-data">
      <caption>
        ${title}
      </caption>
      <thead>
        <tr>
          <th scope="col">${options.labelHeader}</th>
          <th scope="col" class="num">${options.valueHeader}</th>
        </tr>
      </thead>
      <tbody>
        ${points.map(
          (p) =>
            html`<tr>
              <th scope="row">${p.label}</th>
              <td class="num">${format(p.value)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </figure>`;
}
