/**
 * Runs inside Chromium for `render-outlets.ts`: renders yz-outlets over a synthetic catalogue with
 * 10,000 outlets and times first render, filter changes (region, type, service item) and the text
 * search, each up to the next painted frame.
 */
import '../src/yz-outlets/define.js';
import { painted, until } from './page-timing.js';
import { syntheticCatalogue } from '../src/yz-catalogue/synthetic.js';
import type { YzOutlets } from '../src/yz-outlets/yz-outlets.js';

/** A fixed clock (Tuesday 10 March 2026, 10:00 in Shanghai): “open now” is the same in every run. */
const NOW = new Date('2026-03-10T10:00:00+08:00');

const cards = (el: YzOutlets): number => el.shadowRoot?.querySelectorAll('.outlet').length ?? 0;
/** The live result count (“共 975 个服务网点”) as a number. */
const count = (el: YzOutlets): number =>
  Number(/\d+/.exec(el.shadowRoot?.querySelector('.result-count')?.textContent ?? '')?.[0] ?? Number.NaN);

async function mount(items: number, outlets: number): Promise<{ el: YzOutlets; ms: number }> {
  const catalogue = syntheticCatalogue(items, { outlets }); // built before the clock starts
  const el = document.createElement('yz-outlets');
  el.now = NOW;
  el.catalogue = catalogue;
  const start = performance.now();
  document.body.append(el);
  await until(() => cards(el) > 0);
  await painted();
  return { el, ms: performance.now() - start };
}

/** Times one change, from the moment it is made to the painted frame that shows it. */
async function timed(el: YzOutlets, change: () => void): Promise<number> {
  const start = performance.now();
  change();
  await el.updateComplete;
  await painted();
  return performance.now() - start;
}

function choose(el: YzOutlets, id: string, pick: (values: string[]) => string): void {
  const select = el.shadowRoot!.querySelector<HTMLSelectElement>(`#${id}`)!;
  select.value = pick([...select.options].map((o) => o.value).filter(Boolean));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

export interface OutletsRenderResults {
  items: number;
  outlets: number;
  firstRender: number[];
  region: number[];
  type: number[];
  item: number[];
  search: number[];
  /** Fewest and most outlets listed after each kind of change: the filters really narrowed the list. */
  counts: Record<'region' | 'type' | 'item' | 'search', [min: number, max: number]>;
  maxCards: number;
}

export async function run(
  items: number,
  outlets: number,
  renders: number,
  changes: number,
): Promise<OutletsRenderResults> {
  // Warm up once: strings load, code is compiled; then every render gets a fresh catalogue.
  const warm = await mount(items, outlets);
  warm.el.remove();
  const result: OutletsRenderResults = {
    items,
    outlets,
    firstRender: [],
    region: [],
    type: [],
    item: [],
    search: [],
    counts: { region: [Infinity, 0], type: [Infinity, 0], item: [Infinity, 0], search: [Infinity, 0] },
    maxCards: 0,
  };
  const seen = (el: YzOutlets, kind?: keyof OutletsRenderResults['counts']): void => {
    result.maxCards = Math.max(result.maxCards, cards(el));
    if (!kind) return;
    const [min, max] = result.counts[kind];
    result.counts[kind] = [Math.min(min, count(el)), Math.max(max, count(el))];
  };
  for (let i = 0; i < renders; i++) {
    const { el, ms } = await mount(items, outlets);
    result.firstRender.push(ms);
    seen(el);
    if (i === renders - 1) {
      // Region: a province, then a city in it, then a district in that, then back to every region.
      for (let k = 0; k < changes; k++) {
        const step = k % 4;
        result.region.push(
          await timed(el, () =>
            step === 0
              ? choose(el, 'province', (v) => v[Math.floor(k / 4) % v.length]!)
              : step === 3
                ? choose(el, 'province', () => '')
                : choose(el, step === 1 ? 'city' : 'district', (v) => v[k % v.length]!),
          ),
        );
        seen(el, 'region');
      }
      await timed(el, () => choose(el, 'province', () => '')); // each kind starts from every outlet
      // Outlet type, every other change back to any type.
      for (let k = 0; k < changes; k++) {
        result.type.push(await timed(el, () => choose(el, 'type', (v) => (k % 2 ? '' : v[(k / 2) % v.length]!))));
        seen(el, 'type');
      }
      // Service item (“where can I do …”), every other change back to every outlet.
      for (let k = 0; k < changes; k++) {
        result.item.push(await timed(el, () => (el.item = k % 2 ? null : `synthetic-${(k * 37) % items}`)));
        seen(el, 'item');
      }
      // Text search: typed, then Enter (no prebuilt index: the substring fallback over 10,000 outlets).
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('#oq')!;
      const queries = ['武侯区', '商标业务受理窗口', '专利转让', '天河区知识产权', ''];
      for (let k = 0; k < changes; k++) {
        result.search.push(
          await timed(el, () => {
            input.value = queries[k % queries.length]!;
            input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
            input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
          }),
        );
        seen(el, 'search');
      }
    }
    el.remove();
  }
  return result;
}

declare global {
  interface Window {
    yzOutletsBench: typeof run;
  }
}
window.yzOutletsBench = run;
