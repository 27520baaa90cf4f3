/**
 * Helpers for component tests in real Chromium: touch taps and IME composition go through
 * Playwright on the server side (scripts/wtr/commands-plugin.mjs), keyboard through sendKeys.
 */
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';

/** The demo catalogue bundle, built from demo/data by scripts/test.mjs before browser tests run. */
export const DEMO_BUNDLE = '/demo/public/bundle/';

/** A real touch tap at the centre of an element (inside shadow roots too). */
export async function tap(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const rect = element.getBoundingClientRect();
  await executeServerCommand('yz-tap', { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
}

/**
 * Type through an input method: each step is shown as a composition (pinyin letters as the user
 * types them), then `commit` is inserted, as when the user picks a candidate. Focus the input first.
 */
export async function imeCompose(steps: readonly string[], commit?: string): Promise<void> {
  await executeServerCommand('yz-ime', { steps, commit });
}

export async function setOffline(offline: boolean): Promise<void> {
  await executeServerCommand('yz-offline', { offline });
}

export async function emulateMedia(media: {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  forcedColors?: 'active' | 'none';
  media?: 'print' | 'screen';
}): Promise<void> {
  await executeServerCommand('yz-media', media);
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

export async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}

/** Wait until `predicate` is true, polling each animation frame; fails with `message` after `timeout`. */
export async function until(predicate: () => boolean, message = 'condition not met', timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out: ${message}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Deepest active element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
