/**
 * Runs inside Chromium for `render-catalogue.ts`: renders yz-catalogue over 10,000 synthetic items
 * and times first render and filter changes, each up to the next painted frame.
 */
import '../src/yz-catalogue/define.js';
import { painted, until } from './page-timing.js';
import { syntheticCatalogue } from '../src/yz-catalogue/synthetic.js';
import type { YzCatalogue } from '../src/yz-catalogue/yz-catalogue.js';

const rows = (el: YzCatalogue): number => el.shadowRoot?.querySelectorAll('.row').length ?? 0;

async function mount(items: number): Promise<{ el: YzCatalogue; ms: number }> {
  const catalogue = syntheticCatalogue(items); // built before the clock starts
  const el = document.createElement('yz-catalogue');
  el.setAttribute('route', 'none');
  el.catalogue = catalogue;
  const start = performance.now();
  document.body.append(el);
  await until(() => rows(el) > 0);
  await painted();
  return { el, ms: performance.now() - start };
}

export interface RenderResults {
  items: number;
  firstRender: number[];
  filterChange: number[];
  search: number[];
  maxRows: number;
}

export async function run(items: number, renders: number, changes: number): Promise<RenderResults> {
  // Warm up once: strings load, code is compiled; then every render gets a fresh catalogue.
  const warm = await mount(items);
  warm.el.remove();
  const firstRender: number[] = [];
  const filterChange: number[] = [];
  const search: number[] = [];
  let maxRows = 0;
  for (let i = 0; i < renders; i++) {
    const { el, ms } = await mount(items);
    firstRender.push(ms);
    maxRows = Math.max(maxRows, rows(el));
    if (i === renders - 1) {
      const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.filters input[type="checkbox"]')];
      for (let k = 0; k < changes; k++) {
        const box = boxes[k % boxes.length]!;
        const start = performance.now();
        box.click();
        await el.updateComplete;
        await painted();
        filterChange.push(performance.now() - start);
        maxRows = Math.max(maxRows, rows(el));
      }
      for (const box of boxes) if (box.checked) box.click();
      await el.updateComplete;
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('#q')!;
      for (let k = 0; k < changes; k++) {
        input.value = k % 2 ? '' : `事项 ${k}`;
        const start = performance.now();
        // The field takes its text from the input event, as when a person types it.
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        await el.updateComplete;
        await painted();
        search.push(performance.now() - start);
      }
    }
    el.remove();
  }
  return { items, firstRender, filterChange, search, maxRows };
}

declare global {
  interface Window {
    yzRenderBench: typeof run;
  }
}
window.yzRenderBench = run;
