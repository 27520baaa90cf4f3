import type { CatalogueIndex } from '../../catalogue/catalogue-index.js';
import { addDays } from '../../domain/working-days.js';
import type { CountRow, RatingAggregate } from '../../storage/types.js';
import { barChart, type Point } from '../charts.js';
import { html, type Html } from '../html.js';
import { formatDate, page, type PageContext } from './layout.js';

export const DASHBOARD_PERIODS = [7, 30, 90] as const;

export interface DashboardData {
  days: number;
  from: string;
  to: string;
  searchesByDay: CountRow[];
  zeroByDay: CountRow[];
  topQueries: CountRow[];
  zeroQueries: CountRow[];
  itemViews: CountRow[];
  ratingsByDay: RatingAggregate[];
  ratingsByItem: RatingAggregate[];
  ratingsByOutlet: RatingAggregate[];
  catalogue: CatalogueIndex;
}

/** Every day of the period, zero where nothing was counted: gaps are information too. */
function fillDays(rows: CountRow[], from: string, to: string): CountRow[] {
  const byDay = new Map(rows.map((r) => [r.key, r.count]));
  const out: CountRow[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) out.push({ key: day, count: byDay.get(day) ?? 0 });
  return out;
}

export function dashboardPage(ctx: PageContext, data: DashboardData): string {
  const { t } = ctx;
  const shortDay = (day: string) => day.slice(5);
  const total = (rows: CountRow[]) => rows.reduce((n, r) => n + r.count, 0);
  const section = (id: string, title: string, content: Html) =>
    html`<section aria-labelledby="${id}" class="panel">
      <h2 id="${id}">${title}</h2>
      ${content}
    </section>`;
  const countChart = (title: string, description: string, points: Point[], labelHeader: string) =>
    points.length === 0
      ? html`<p class="empty">${t('console:dashboard.empty')}</p>`
      : barChart({ title, description, points, labelHeader, valueHeader: t('console:dashboard.count') });
  const period = { from: formatDate(ctx, data.from), to: formatDate(ctx, data.to) };
  const ratingTable = (rows: RatingAggregate[], header: string, name: (key: string) => string) =>
    rows.length === 0
      ? html`<p class="empty">${t('console:dashboard.empty')}</p>`
      : html`<div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">${header}</th>
                <th scope="col" class="num">${t('console:dashboard.ratings')}</th>
                <th scope="col" class="num">${t('console:dashboard.average')}</th>
                <th scope="col" class="num">${t('console:dashboard.bad')}</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                (r) =>
                  html`<tr class="${r.bad > 0 ? 'has-bad' : ''}">
                    <th scope="row">${name(r.key)}</th>
                    <td class="num">${r.count}</td>
                    <td class="num">${r.average.toFixed(2)}</td>
                    <td class="num">${r.bad}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`;

  const searches = fillDays(data.searchesByDay, data.from, data.to);
  const zero = fillDays(data.zeroByDay, data.from, data.to);
  const ratingDays = data.ratingsByDay.map((r) => ({ label: shortDay(r.key), value: r.average, bad: r.bad }));
  const body = html` <p>${t('console:dashboard.period', period)}</p>
    <ul class="tabs">
      ${DASHBOARD_PERIODS.map(
        (d) =>
          html`<li>
            <a href="/console/dashboard?days=${d}" ${d === data.days ? html`aria-current="page"` : ''}
              >${t('console:dashboard.days', { days: d })}</a
            >
          </li>`,
      )}
    </ul>
    <div class="grid">
      ${section(
        'd-searches',
        t('console:dashboard.searches'),
        countChart(
          t('console:dashboard.searches'),
          t('console:dashboard.searchesDesc', { ...period, total: total(searches) }),
          searches.map((r) => ({ label: shortDay(r.key), value: r.count })),
          t('console:dashboard.day'),
        ),
      )}
      ${section(
        'd-zero-days',
        t('console:dashboard.zeroPerDay'),
        countChart(
          t('console:dashboard.zeroPerDay'),
          t('console:dashboard.zeroPerDayDesc', { ...period, total: total(zero) }),
          zero.map((r) => ({ label: shortDay(r.key), value: r.count })),
          t('console:dashboard.day'),
        ),
      )}
      ${section(
        'd-zero',
        t('console:dashboard.zeroQueries'),
        countChart(
          t('console:dashboard.zeroQueries'),
          t('console:dashboard.zeroQueriesDesc', { top: data.zeroQueries[0]?.key ?? '' }),
          data.zeroQueries.map((r) => ({ label: r.key, value: r.count })),
          t('console:dashboard.query'),
        ),
      )}
      ${section(
        'd-top',
        t('console:dashboard.topQueries'),
        countChart(
          t('console:dashboard.topQueries'),
          t('console:dashboard.topQueriesDesc', { top: data.topQueries[0]?.key ?? '' }),
          data.topQueries.map((r) => ({ label: r.key, value: r.count })),
          t('console:dashboard.query'),
        ),
      )}
      ${section(
        'd-views',
        t('console:dashboard.itemViews'),
        countChart(
          t('console:dashboard.itemViews'),
          t('console:dashboard.itemViewsDesc'),
          data.itemViews.map((r) => ({ label: data.catalogue.itemName(r.key, ctx.lang), value: r.count })),
          t('console:dashboard.item'),
        ),
      )}
      ${section(
        'd-ratings',
        t('console:dashboard.ratingsPerDay'),
        ratingDays.length === 0
          ? html`<p class="empty">${t('console:dashboard.empty')}</p>`
          : barChart({
              title: t('console:dashboard.ratingsPerDay'),
              description: t('console:dashboard.ratingsPerDayDesc', period),
              points: ratingDays,
              labelHeader: t('console:dashboard.day'),
              valueHeader: t('console:dashboard.average'),
              emphasize: (p) => ratingDays.some((d) => d.label === p.label && d.bad > 0),
              format: (v) => v.toFixed(1),
            }),
      )}
      ${section(
        'd-by-item',
        t('console:dashboard.ratingsByItem'),
        ratingTable(data.ratingsByItem, t('console:dashboard.item'), (k) => data.catalogue.itemName(k, ctx.lang)),
      )}
      ${section(
        'd-by-outlet',
        t('console:dashboard.ratingsByOutlet'),
        ratingTable(data.ratingsByOutlet, t('console:dashboard.outlet'), (k) => data.catalogue.outletName(k, ctx.lang)),
      )}
    </div>`;
  return page(ctx, t('console:dashboard.heading'), body);
}
