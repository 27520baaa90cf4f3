/**
 * What the specs do on the kiosk, in a visitor's terms: every action is a touch tap (no keyboard,
 * no `fill`), and locators are by role and name where the screen has them.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';

/** The attract screen covers everything: touch its middle. */
export async function touchToStart(page: Page): Promise<void> {
  const attract = page.getByRole('button', { name: /轻触屏幕开始|Touch to start/ });
  await expect(attract).toBeVisible();
  const box = (await attract.boundingBox())!;
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('yz-kiosk-home')).toBeVisible();
}

/** A service item's button on the home screen, by the start of its name. */
export const homeItem = (page: Page, name: string): Locator =>
  page.locator('yz-kiosk-home').getByRole('button', { name: new RegExp(`^${name}`) });

/** A key of the on-screen keyboard. */
export const key = (page: Page, button: string): Locator =>
  page.locator(`yz-kiosk-keyboard button[data-skbtn="${button}"]`);

/** Tap keys one by one, as a finger would. */
export async function tapKeys(page: Page, keys: string[]): Promise<void> {
  for (const k of keys) await key(page, k).tap();
}

export const candidate = (page: Page, word: string): Locator =>
  page.locator('yz-kiosk-keyboard button.candidate', { hasText: new RegExp(`^\\s*${word}\\s*$`) });

export const searchField = (page: Page): Locator => page.locator('yz-kiosk-search input#q');

/** axe over the whole page (shadow roots included); returns violations as readable lines. */
export async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Visible buttons smaller than a fingertip target, inside the kiosk's own components. */
export async function smallTargets(page: Page, min = 56): Promise<string[]> {
  return page.evaluate((minimum) => {
    const small: string[] = [];
    const walk = (root: Document | ShadowRoot, inKiosk: boolean) => {
      for (const el of root.querySelectorAll('*')) {
        const kiosk = inKiosk || el.tagName.toLowerCase().startsWith('yz-kiosk-');
        if (kiosk && (el instanceof HTMLButtonElement || el.getAttribute('role') === 'button')) {
          const r = el.getBoundingClientRect();
          const visible = r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
          if (visible && Math.min(r.width, r.height) < minimum) {
            small.push(`${(el.textContent ?? '').trim().slice(0, 20)} ${Math.round(r.width)}×${Math.round(r.height)}`);
          }
        }
        // Widgets inside the kiosk are checked by their own tests.
        if (el.shadowRoot && !el.tagName.toLowerCase().match(/^yz-(?!kiosk-)/)) walk(el.shadowRoot, kiosk);
      }
    };
    walk(document, false);
    return small;
  }, min);
}
