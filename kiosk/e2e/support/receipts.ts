/**
 * Catch what the kiosk prints in kiosk:web. The browser fake prints a receipt document in a hidden
 * frame and calls its `print()`; this replaces that `print()` (in every frame, before any script)
 * with one that records the receipt as laid out at that moment, under the media the test emulates.
 */
import type { BrowserContext, Page } from '@playwright/test';

export interface PrintedReceipt {
  html: string;
  text: string;
  /** Width of the receipt's body in CSS px (96 px = 25.4 mm). */
  bodyWidth: number;
  /** Widest content, to catch anything running off the paper. */
  scrollWidth: number;
  tickBoxes: number;
  qrModules: number;
}

export const MM = 96 / 25.4;

export async function capturePrints(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    if (window.top === window) return;
    window.print = () => {
      const body = document.body;
      const printed = {
        html: document.documentElement.outerHTML,
        text: body.innerText,
        bodyWidth: body.getBoundingClientRect().width,
        scrollWidth:
          Math.max(...[...body.querySelectorAll('*')].map((el) => el.getBoundingClientRect().right)) -
          body.getBoundingClientRect().left,
        tickBoxes: body.querySelectorAll('ul.check .box').length,
        qrModules: (body.querySelector('.qr path')?.getAttribute('d')?.match(/h1v1/g) ?? []).length,
      };
      const top = window.top as unknown as { __receipts?: unknown[] };
      (top.__receipts ??= []).push(printed);
    };
  });
}

export function printed(page: Page): Promise<PrintedReceipt[]> {
  return page.evaluate(() => (window as unknown as { __receipts?: PrintedReceipt[] }).__receipts ?? []);
}
