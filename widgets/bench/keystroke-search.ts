/**
 * Keystroke-to-paint benchmark for yz-search in Chromium at 10,000 synthetic items: Playwright
 * types the labelled queries of the search benchmark's synthetic catalogue into the component
 * at a brisk typing pace (Latin keys pressed one by one, hanzi inserted as an IME commits them),
 * and the page times every keystroke up to the frame that shows it, and every debounced search
 * up to the frame that shows its results. The index is built in Node (pinyin at build time, as
 * the CLI does) and loaded without rebuilding, as from a bundle; the component is a production
 * build (Lit without dev mode, minified).
 *
 * The same keystrokes are typed first into a plain `<input>`, then into one whose page rewrites
 * a line of text on yz-search's debounce: the floor any search-as-you-type box stands on, in the
 * same run. Everything is typed twice. First with Chromium's frame clock off (frames drawn as
 * soon as they are ready): keystroke to painted frame is then what the page costs, and that is
 * where the 16 ms budget is judged. Then as headless Chromium draws by default, holding a frame to
 * the next vsync (about 16.7 ms) when one was drawn shortly before: the same wait a plain
 * `<input>` gets, which the floor shows, and the ratio to the floor is judged there.
 *
 *   pnpm --filter @yizhan/widgets run bench        (part of `pnpm bench`)
 *   tsx widgets/bench/keystroke-search.ts [--items 10000] [--per-kind 3] [--delay 80] [--json raw.json]
 */
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import type { Browser } from '@playwright/test';
import { buildSearchIndex } from '@yizhan/search/build';
import { syntheticCatalogue } from '../../packages/search/bench/synthetic.js';
import {
  launchChromium,
  numberArg,
  openBenchPage,
  openTab,
  quantile,
  reportLine,
  UNTHROTTLED_FRAMES,
} from './harness.js';
import type { KeystrokeResults } from './keystroke-search-page.js';

/**
 * Issue 4's target: a keystroke shows within one 60 Hz frame (16 ms) at p95. It is judged on
 * keystroke-to-paint with frames drawn when ready, on the main-thread work a keystroke causes, and
 * with frames held to vsync against the same run's floor (at most 25 % over it). Results show
 * within RAIL's 100 ms of the search starting.
 */
const BUDGET = { keystrokeP95: 16, floorRatio: 1.25, searchP95: 100 };

const ITEMS = numberArg('items', 10_000);
const PER_KIND = numberArg('per-kind', 3);
/** Milliseconds between keystrokes: about 12 characters a second, a quick phone or desk typist. */
const DELAY = numberArg('delay', 80);

interface Query {
  query: string;
}

/** Types every query into `selector` on a fresh tab, after `setUp`; returns what the page timed. */
async function typeAll(
  browser: Browser,
  url: string,
  queries: readonly Query[],
  selector: string,
  setUp: () => Promise<void> | void,
): Promise<KeystrokeResults> {
  const tab = await openTab(browser, url, 'yzKeystrokeBench', { width: 390, height: 844 });
  try {
    await tab.evaluate(setUp);
    const input = tab.locator(selector).first();
    await input.click();
    // One untimed query first, so the timed ones do not include the first search's compilation.
    await input.pressSequentially('shangbiao', { delay: DELAY });
    await tab.evaluate(() => window.yzKeystrokeBench.clear());
    await tab.evaluate(() => window.yzKeystrokeBench.start());
    for (const { query } of queries) {
      for (const char of query) {
        // Hanzi arrive as committed text (what an IME's compositionend delivers); Latin as key presses.
        if (/^[\x20-\x7e]$/.test(char)) await tab.keyboard.press(char === ' ' ? 'Space' : char);
        else await tab.keyboard.insertText(char);
        await tab.waitForTimeout(DELAY);
      }
      // Let the last debounced search show its results before the next query.
      await tab.waitForTimeout(300);
      await tab.evaluate(() => window.yzKeystrokeBench.clear());
    }
    return await tab.evaluate(() => window.yzKeystrokeBench.finish());
  } finally {
    await tab.close();
  }
}

async function main(): Promise<void> {
  const { catalogue, queries } = syntheticCatalogue(ITEMS, 20250101, PER_KIND);
  const indexStart = performance.now();
  const searchIndex = buildSearchIndex(catalogue);
  const indexMs = performance.now() - indexStart;
  const typed = queries.filter((q) => q.query.trim() !== '');
  const characters = typed.reduce((n, q) => n + [...q.query].length, 0);

  const { url, browser, close } = await openBenchPage('./keystroke-search-page.ts', {
    '/catalogue.json': Buffer.from(JSON.stringify(catalogue)),
    '/search-index.json': Buffer.from(JSON.stringify(searchIndex)),
  });
  const unthrottled = await launchChromium(UNTHROTTLED_FRAMES);
  try {
    const mountFloor = () => window.yzKeystrokeBench.mountBaseline(true);
    const mountSearch = async () => {
      await window.yzKeystrokeBench.mount('/catalogue.json', '/search-index.json');
    };
    const readyFloor = await typeAll(unthrottled, url, typed, 'input', mountFloor);
    const ready = await typeAll(unthrottled, url, typed, 'yz-search input', mountSearch);
    const bare = await typeAll(browser, url, typed, 'input', () => window.yzKeystrokeBench.mountBaseline(false));
    const floorRun = await typeAll(browser, url, typed, 'input', mountFloor);
    const result = await typeAll(browser, url, typed, 'yz-search input', mountSearch);
    const dump = process.argv.indexOf('--json');
    if (dump >= 0) {
      await writeFile(process.argv[dump + 1]!, JSON.stringify({ readyFloor, ready, bare, floor: floorRun, result }));
    }

    const toPaint = result.keystrokes.map((k) => k.toPaint);
    const floor = floorRun.keystrokes.map((k) => k.toPaint);
    const work = result.keystrokes.map((k) => k.work);
    const searchPaint = result.searches.map((s) => s.toPaint);
    const over = (r: KeystrokeResults): number => r.keystrokes.filter((k) => k.toPaint > 16).length;
    const line = (label: string, values: readonly number[], budget?: number): boolean =>
      reportLine(label, values, budget, 46);

    console.log(
      `yz-search keystroke benchmark: ${catalogue.items.length} synthetic items, ${catalogue.outlets.length} outlets, ` +
        `${typed.length} labelled queries (${characters} keystrokes, one every ${DELAY} ms), ` +
        `Chromium ${browser.version()}, production build; index built in Node in ${(indexMs / 1000).toFixed(1)} s; ` +
        `load average ${loadavg()[0]!.toFixed(2)}`,
    );
    console.log('frames drawn when ready (--disable-frame-rate-limit): what the page costs');
    line(
      'plain <input> + debounced repaint (the floor)',
      readyFloor.keystrokes.map((k) => k.toPaint),
    );
    const readyOk = line(
      'yz-search: keystroke → painted frame',
      ready.keystrokes.map((k) => k.toPaint),
      BUDGET.keystrokeP95,
    );
    console.log("frames held to the next vsync after a recent frame (headless Chromium's default)");
    line(
      'plain <input>',
      bare.keystrokes.map((k) => k.toPaint),
    );
    line('plain <input> + debounced repaint (the floor)', floor);
    line('yz-search: keystroke → painted frame', toPaint);
    const workOk = line('  its main-thread work (handlers + frame)', work, BUDGET.keystrokeP95);
    line(
      '  waiting for a busy main thread',
      result.keystrokes.map((k) => k.inputDelay),
    );
    const searchOk = line('yz-search: search → results painted', searchPaint, BUDGET.searchP95);
    line(
      '  of which engine.search',
      result.searches.map((s) => s.searchMs),
    );

    const ratio = quantile(toPaint, 0.95) / quantile(floor, 0.95);
    const floorOk = ratio <= BUDGET.floorRatio;
    console.log(
      `ratio to the floor: p50 ×${(quantile(toPaint, 0.5) / quantile(floor, 0.5)).toFixed(2)}, ` +
        `p95 ×${ratio.toFixed(2)}   budget p95 ≤ floor × ${BUDGET.floorRatio} ${floorOk ? '✓' : '✗'}`,
    );
    console.log(
      `keystrokes painted after more than 16 ms: yz-search ${over(result)}, floor ${over(floorRun)}, ` +
        `plain <input> ${over(bare)}, of ${characters} each (held to the next vsync after a recent frame)`,
    );
    const timed = [readyFloor, ready, bare, floorRun, result].map((r) => r.keystrokes.length);
    if (timed.some((n) => n < characters * 0.9)) {
      console.log(`only ${timed.join(', ')} of ${characters} keystrokes were timed: the page missed input events`);
      process.exitCode = 1;
      return;
    }
    const ok = readyOk && workOk && floorOk && searchOk;
    const p95 = quantile(toPaint, 0.95);
    console.log(
      `budget: ${ok ? 'met' : 'NOT met'}` +
        (p95 > BUDGET.keystrokeP95
          ? ` (held to vsync, keystroke → painted frame p95 is ${p95.toFixed(1)} ms, the floor's ${quantile(floor, 0.95).toFixed(1)})`
          : ''),
    );
    process.exitCode = ok ? 0 : 1;
  } finally {
    await unthrottled.close();
    await close();
  }
}

await main();
