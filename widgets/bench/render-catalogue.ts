/**
 * Render benchmark for yz-catalogue in Chromium: first render and filter change at 10,000
 * synthetic items, p50/p95 over repeated runs, with a budget line. The component is built for
 * production (Lit without dev mode, minified) with esbuild and served from memory.
 *
 *   pnpm --filter @yizhan/widgets run bench        (part of `pnpm bench`)
 *   tsx widgets/bench/render-catalogue.ts [--items 10000] [--runs 15]
 */
import type { RenderResults } from './render-catalogue-page.js';
import { numberArg, openBenchPage, openTab, reportLine } from './harness.js';

/**
 * First render within a quarter second; a filter change or search answers within 100 ms, the RAIL
 * limit for a response to feel immediate. Shared two-core machines are noisy: compare p50s too.
 */
const BUDGET = { firstRenderP95: 250, filterChangeP95: 100, searchP95: 100 };

const ITEMS = numberArg('items', 10_000);
const RUNS = numberArg('runs', 15);

async function main(): Promise<void> {
  const { url, browser, close } = await openBenchPage('./render-catalogue-page.ts');
  try {
    const tab = await openTab(browser, url, 'yzRenderBench');
    const result: RenderResults = await tab.evaluate(
      ([items, runs]) => window.yzRenderBench(items!, runs!, 30),
      [ITEMS, RUNS],
    );
    const line = (label: string, values: number[], budget: number): boolean => reportLine(label, values, budget, 34);
    console.log(
      `yz-catalogue render benchmark: ${result.items} synthetic items, Chromium ${browser.version()}, production build (Lit without dev mode, minified)`,
    );
    const ok = [
      line('first render (to first painted rows)', result.firstRender, BUDGET.firstRenderP95),
      line('filter change (tick a facet)', result.filterChange, BUDGET.filterChangeP95),
      line('search (Enter, substring fallback)', result.search, BUDGET.searchP95),
    ].every(Boolean);
    console.log(`rows in the DOM at most: ${result.maxRows} of ${result.items} (windowed)`);
    console.log(`budget: ${ok ? 'met' : 'NOT met'}`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    await close();
  }
}

await main();
