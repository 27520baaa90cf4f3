import type { Clock } from '../core/clock.js';
import { IdleTimer, type IdleState } from '../core/idle.js';
import { OutboxStatus } from '../core/outbox-status.js';
import { Receipt, renderReceiptHtml } from '../core/receipt.js';
import { visitorWipePlan } from '../core/wipe.js';
import {
  ContentStatusMessage,
  OutboxEntries,
  OutboxReportMessage,
  PublicConfig,
  type IdleStateMessage,
  type KioskBridge,
  type Unsubscribe,
  type WipeNotice,
} from './bridge.js';

/**
 * The bridge for `kiosk:web`: the same `KioskBridge` the Electron preload exposes, built from
 * browser parts only, so the renderer is developed and tested in a plain browser (Playwright's
 * `page.clock` drives the idle countdown through `window.setTimeout`). Printing opens the
 * receipt in a hidden iframe and calls its `print()`; config and the outbox copy live in
 * localStorage; a wipe clears storage the way the shell does, except the config and outbox.
 */
export const WEB_CONFIG_KEY = 'yizhan-kiosk:config';
export const WEB_OUTBOX_KEY = 'yizhan-kiosk:outbox';
/**
 * The shell's idle timer outlives the page, so after a wipe's reload Electron tells the new page
 * that the kiosk is resting; this bridge is rebuilt by that reload, so the wipe leaves it a note in
 * sessionStorage (which survives a reload), read and removed at once.
 */
export const WEB_RESTING_KEY = 'yizhan-kiosk:resting';

export const WEB_DEFAULT_CONFIG: PublicConfig = {
  hallId: 'demo-hall',
  outletId: 'demo-outlet',
  serverUrl: 'http://localhost:8787',
  bundleBase: '/bundle/',
  idleSeconds: 90,
  countdownSeconds: 20,
  attractSeconds: 60,
  defaultLocale: 'zh-CN',
  receiptWidthMm: 80,
  printing: true,
};

export interface WebBridgeOptions {
  /** Defaults for this build (the renderer passes what `npm start` set up); localStorage still wins. */
  config?: Partial<PublicConfig>;
  /** Defaults to one built on `window.setTimeout`, which `page.clock` controls. */
  clock?: Clock;
  storage?: Storage;
  session?: Storage;
  fetch?: typeof fetch;
  /** Print a receipt document; defaults to a hidden iframe and its `print()`. */
  printHtml?: (html: string) => Promise<void>;
  /** What a wipe does to the page after listeners ran; defaults to `location.reload()`. */
  reload?: () => void;
}

function browserClock(): Clock {
  return {
    now: () => Date.now(),
    setTimeout: (callback, ms) => window.setTimeout(callback, ms),
    clearTimeout: (handle) => window.clearTimeout(handle as number),
  };
}

/**
 * A srcdoc frame inherits the page's CSP, and kiosk:web runs under the kiosk's (no inline style),
 * so the receipt's <style> would be blocked there. Its rules go in through CSSOM instead, which CSP
 * does not govern (as Lit's stylesheets do).
 */
const STYLE_ELEMENT = /<style>([\s\S]*?)<\/style>/g;

function adoptStyles(frame: HTMLIFrameElement, css: string): void {
  const doc = frame.contentDocument;
  const win = frame.contentWindow as (Window & typeof globalThis) | null;
  if (!doc || !win || !css) return;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [sheet];
}

function iframePrint(html: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;visibility:hidden';
    const css = [...html.matchAll(STYLE_ELEMENT)].map((m) => m[1]).join('\n');
    frame.srcdoc = html.replace(STYLE_ELEMENT, '');
    frame.addEventListener('load', () => {
      try {
        adoptStyles(frame, css);
        frame.contentWindow?.print();
        resolve();
      } catch (error) {
        reject(error as Error);
      } finally {
        frame.remove();
      }
    });
    document.body.append(frame);
  });
}

/** Read the dev config: defaults, overridden by a JSON object in localStorage (validated). */
export function readWebConfig(storage: Storage, defaults: PublicConfig = WEB_DEFAULT_CONFIG): PublicConfig {
  const raw = storage.getItem(WEB_CONFIG_KEY);
  if (!raw) return defaults;
  try {
    const parsed = PublicConfig.safeParse({ ...defaults, ...(JSON.parse(raw) as object) });
    if (parsed.success) return parsed.data;
    console.warn('yizhanKiosk (web): ignoring invalid config in localStorage', parsed.error.issues);
  } catch {
    console.warn('yizhanKiosk (web): config in localStorage is not JSON');
  }
  return defaults;
}

export function createWebBridge(options: WebBridgeOptions = {}): KioskBridge {
  const clock = options.clock ?? browserClock();
  const storage = options.storage ?? window.localStorage;
  const session = options.session ?? window.sessionStorage;
  const doFetch = options.fetch ?? ((input: URL) => window.fetch(input));
  const printHtml = options.printHtml ?? iframePrint;
  const reload = options.reload ?? (() => window.location.reload());
  const config = readWebConfig(storage, PublicConfig.parse({ ...WEB_DEFAULT_CONFIG, ...options.config }));
  const outbox = new OutboxStatus();

  const idleListeners = new Set<(state: IdleStateMessage) => void>();
  const wipeListeners = new Set<(notice: WipeNotice) => void>();
  const subscribe =
    <T>(set: Set<(value: T) => void>) =>
    (listener: (value: T) => void): Unsubscribe => {
      set.add(listener);
      return () => set.delete(listener);
    };

  const plan = visitorWipePlan(config.defaultLocale);
  const idle = new IdleTimer({
    clock,
    idleSeconds: config.idleSeconds,
    countdownSeconds: config.countdownSeconds,
    attractSeconds: config.attractSeconds,
    onState: (state: IdleState) => idleListeners.forEach((l) => l({ ...state })),
    onWipe: (reason) => {
      const notice: WipeNotice = { reason, locale: plan.locale, resets: [...plan.rendererResets] };
      wipeListeners.forEach((l) => l(notice));
      // The shell's plan, in browser terms: keep the dev config and the outbox copy.
      const keep = new Map([WEB_CONFIG_KEY, WEB_OUTBOX_KEY].map((k) => [k, storage.getItem(k)]));
      storage.clear();
      for (const [k, v] of keep) if (v !== null) storage.setItem(k, v);
      session.clear();
      if (reason !== 'startup') {
        session.setItem(WEB_RESTING_KEY, '1');
        reload();
      }
    },
  });
  if (session.getItem(WEB_RESTING_KEY) !== null) {
    session.removeItem(WEB_RESTING_KEY);
    idle.rest();
  }

  return {
    getConfig: async () => config,
    print: async (input) => {
      if (!config.printing) return { ok: false, reason: 'no-printer' };
      const receipt = Receipt.parse(input);
      const printedAt = new Intl.DateTimeFormat(receipt.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
        clock.now(),
      );
      try {
        await printHtml(renderReceiptHtml(receipt, { paperMm: config.receiptWidthMm, printedAt }));
        return { ok: true };
      } catch {
        return { ok: false, reason: 'failed' };
      }
    },
    getContentStatus: async () => {
      try {
        const response = await doFetch(new URL('manifest.json', new URL(config.bundleBase, window.location.href)));
        const manifest = (await response.json()) as { catalogueVersion?: string; builtAt?: string };
        return ContentStatusMessage.parse({
          source: 'seed',
          catalogueVersion: manifest.catalogueVersion,
          builtAt: manifest.builtAt,
        });
      } catch {
        return { source: 'none' };
      }
    },
    getOutboxHealth: async () => outbox.health(clock.now()),
    persistOutbox: async (entries) => {
      storage.setItem(WEB_OUTBOX_KEY, JSON.stringify(OutboxEntries.parse(entries)));
    },
    restoreOutbox: async () => {
      try {
        const parsed = OutboxEntries.safeParse(JSON.parse(storage.getItem(WEB_OUTBOX_KEY) ?? '[]'));
        return parsed.success ? parsed.data : [];
      } catch {
        return [];
      }
    },
    reportActivity: () => idle.activity(),
    setPace: ({ relaxed }) => idle.setRelaxed(relaxed),
    endVisit: () => idle.wipe('visitor'),
    reportOutbox: (report) => outbox.report(OutboxReportMessage.parse(report), clock.now()),
    // As Electron's shell does on every page load: a new page learns where the visitor cycle stands.
    onIdleState: (listener) => {
      const off = subscribe(idleListeners)(listener);
      listener(idle.current);
      return off;
    },
    onWipe: subscribe(wipeListeners),
    // kiosk:web has no background updater; the service worker refreshes the bundle instead.
    onContentUpdated: () => () => {},
  };
}

/** Install the fake as `window.yizhanKiosk` unless a real one (the preload) is already there. */
export function installWebBridge(options?: WebBridgeOptions): KioskBridge {
  window.yizhanKiosk ??= createWebBridge(options);
  return window.yizhanKiosk;
}
