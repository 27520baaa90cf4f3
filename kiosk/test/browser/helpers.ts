/**
 * Helpers for the kiosk renderer's browser tests: real touch taps through Playwright
 * (scripts/wtr/commands-plugin.mjs), waiting for a condition, and the demo bundle that
 * scripts/test.mjs builds before browser tests run.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { SearchEngine, type SearchIndexData } from '@yizhan/search';
import type { Catalogue } from '@yizhan/catalogue';

export const DEMO_BUNDLE = '/demo/public/bundle/';

/** A real touch tap at the centre of an element (inside shadow roots too). */
export async function tap(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const rect = element.getBoundingClientRect();
  await executeServerCommand('yz-tap', { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
}

/** Wait until `predicate` holds, checking each animation frame. */
export async function until(predicate: () => boolean, message = 'condition not met', timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out: ${message}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

let demo: Promise<{ catalogue: Catalogue; engine: SearchEngine }> | undefined;

/** The demo catalogue and its search engine, loaded once per test file. */
export function demoContent(): Promise<{ catalogue: Catalogue; engine: SearchEngine }> {
  demo ??= (async () => {
    const [catalogue, index] = await Promise.all([
      fetch(`${DEMO_BUNDLE}catalogue.json`).then((r) => r.json() as Promise<Catalogue>),
      fetch(`${DEMO_BUNDLE}search-index.json`).then((r) => r.json() as Promise<SearchIndexData>),
    ]);
    return { catalogue, engine: SearchEngine.load(index) };
  })();
  return demo;
}
