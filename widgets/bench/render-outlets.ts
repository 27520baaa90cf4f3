/**
 * Render benchmark for yz-outlets in Chromium: first render, filter changes (region, type, service
 * item) and the text search over 10,000 synthetic outlets, p50/p95 over repeated runs, with a
 * budget line. The component is built for production (Lit without dev mode, minified) with esbuild
 * and served from memory, as in `render-catalogue.ts`.
 *
 *   pnpm --filter @yizhan/widgets run bench        (part of `pnpm bench`)
 *   tsx widgets/bench/render-outlets.ts [--outlets 10000] [--items 500] [--runs 15] [--changes 30]
 */
import type { OutletsRenderResults } from './render-outlets-page.js';
import { numberArg, openBenchPage, openTab, reportLine } from './harness.js';

/**
 * First render within a quarter second; a filter change or search answers within 100 ms, the RAIL
 * limit for a response to feel immediate. Shared two-core machines are noisy: compare p50s too.
 */
const BUDGET = { firstRenderP95: 250, filterChangeP95: 100, searchP95: 100 };

const OUTLETS = numberArg('outlets', 10_000);
/** Service items in the catalogue: a large city's catalogue has a few hundred. */
const ITEMS = numberArg('items', 500);
const RUNS = numberArg('runs', 15);
const CHANGES = numberArg('changes', 30);

async function main(): Promise<void> {
  const { url, browser, close } = await openBenchPage('./render-outlets-page.ts');
  try {
    const tab = await openTab(browser, url, 'yzOutletsBench');
    const result: OutletsRenderResults = await tab.evaluate(
      ([items, outlets, runs, changes]) => window.yzOutletsBench(items!, outlets!, runs!, changes!),
      [ITEMS, OUTLETS, RUNS, CHANGES],
    );
    const line = (label: string, values: number[], budget: number): boolean => reportLine(label, values, budget);
    console.log(
      `yz-outlets render benchmark: ${result.outlets} synthetic outlets offering ${result.items} items, Chromium ${browser.version()}, production build (Lit without dev mode, minified)`,
    );
    const ok = [
      line('first render (to first painted cards)', result.firstRender, BUDGET.firstRenderP95),
      line('filter change (province/city/district)', result.region, BUDGET.filterChangeP95),
      line('filter change (outlet type)', result.type, BUDGET.filterChangeP95),
      line('filter change (service item)', result.item, BUDGET.filterChangeP95),
      line('search (Enter, substring fallback)', result.search, BUDGET.searchP95),
    ].every(Boolean);
    const range = ([min, max]: [number, number]): string => `${min}–${max}`;
    const { region, type, item, search } = result.counts;
    console.log(
      `outlets listed after a change: region ${range(region)}, type ${range(type)}, item ${range(item)}, search ${range(search)}`,
    );
    console.log(`outlet cards in the DOM at most: ${result.maxCards} of ${result.outlets} (paged)`);
    console.log(`budget: ${ok ? 'met' : 'NOT met'}`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    await close();
  }
}

await main();
