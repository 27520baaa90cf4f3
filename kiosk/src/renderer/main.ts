import './app/strict-csp.js';
import type { Outbox } from '@yizhan/client';
import type { KioskBridge } from '../shared/bridge.js';
import './app/kiosk-app.js';
import type { KioskApp } from './app/kiosk-app.js';
import type { KioskContext } from './app/context.js';
import { VisitorStore } from './app/state.js';
import { guardTouch } from './app/touch-guard.js';
import { forgetVisitor } from './app/visitor-wipe.js';
import { startOutboxSync, type OutboxSync } from './outbox/outbox-sync.js';
import { PrintRouter } from './app/print-router.js';
import { sharedOutbox } from './widgets.js';

/**
 * Start the kiosk app: find the shell (the Electron preload's `window.yizhanKiosk`, or the browser
 * fake in kiosk:web), then wire the shell's idle and wipe events to the visitor's session and the
 * page's outbox to the shell's status and disk copy.
 */
async function hostBridge(): Promise<KioskBridge> {
  if (window.yizhanKiosk) return window.yizhanKiosk;
  // The Electron build never falls back to the browser fake (it is not even in that build): a
  // window without the preload is a broken install, not a kiosk:web.
  if (!__YZ_KIOSK_WEB__) throw new Error('yizhanKiosk bridge missing: the preload did not run');
  const { installWebHost } = await import('./web/web-host.js');
  return installWebHost();
}

async function start(): Promise<void> {
  const bridge = await hostBridge();
  const config = await bridge.getConfig();
  document.documentElement.lang = config.defaultLocale;
  const store = new VisitorStore(config.defaultLocale);
  store.subscribe((state) => {
    if (document.documentElement.lang !== state.locale) document.documentElement.lang = state.locale;
  });
  guardTouch(window, { report: (activity) => bridge.reportActivity(activity) });

  let outbox: Outbox | undefined;
  let outboxSync: OutboxSync | undefined;
  try {
    // The same started outbox the consultation form and the rating put their submissions in.
    outbox = sharedOutbox(config.serverUrl);
    outboxSync = await startOutboxSync({ outbox, bridge });
  } catch (error) {
    // The kiosk still shows guides; staff see the outbox as "unknown" and the log says why.
    console.error('outbox unavailable', error);
  }

  // Widgets' own Print buttons (the consultation receipt) call window.print(): on a kiosk that
  // means the receipt printer, through whichever screen is showing.
  const printer = new PrintRouter();
  printer.install(window);

  const ctx: KioskContext = { store, bridge, config, portalUrl: config.portalUrl, outbox, outboxSync, printer };
  const app = document.createElement('yz-kiosk-app') as KioskApp;
  app.ctx = ctx;
  document.body.replaceChildren(app);

  bridge.onIdleState((state) => {
    app.secondsLeft = state.phase === 'countdown' ? (state.secondsLeft ?? 0) : -1;
    // Leaving the attract screen is its own tap's job: switching on the touch's pointerdown would
    // let the same tap's click land on whatever the home screen has under the finger.
    if (state.phase === 'attract' && store.screen.name !== 'attract') store.go({ name: 'attract' });
    // Right after a wipe (the shell says so on reload) the clean home screen waits for the next visitor.
    if (state.phase === 'resting' && store.screen.name === 'attract') store.go({ name: 'home' });
  });
  bridge.onWipe((notice) => {
    app.secondsLeft = -1;
    forgetVisitor(notice, store);
  });

  if (__YZ_KIOSK_WEB__ && import.meta.env.PROD) {
    const { registerServiceWorker } = await import('./pwa/register-sw.js');
    void registerServiceWorker();
  }
}

void start();
