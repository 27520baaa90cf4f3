import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { i18nFor } from '@yizhan/i18n/node';
import { APP_ORIGIN, OriginAllowlist } from '../core/allowlist.js';
import { systemClock, type Clock } from '../core/clock.js';
import { formatConfigProblem, readConfigFile } from '../core/config.js';
import type { KioskConfig } from '../core/config-schema.js';
import { ContentUpdater } from '../core/content-update.js';
import { kioskCsp } from '../core/csp.js';
import { IdleTimer, type IdleState, type WipeReason } from '../core/idle.js';
import { OutboxStatus } from '../core/outbox-status.js';
import { OutboxStore } from '../core/outbox-store.js';
import { CrashRecovery, HangWatch } from '../core/recovery.js';
import { renderShellPage, SHELL_CSS, type ShellPage } from '../core/shell-pages.js';
import { VISITOR_PARTITION, visitorWipePlan } from '../core/wipe.js';
import { EVENTS, type PublicConfig } from '../shared/bridge.js';
import { registerAppScheme, serveAppProtocol, type ShellPages } from './app-protocol.js';
import { hardenContents, hardenSession, type ContentsPolicy, type Log } from './harden.js';
import { registerIpc } from './ipc.js';
import { ReceiptPrinter } from './printer.js';
import type { BrowserWindowLike, ElectronLike, SessionLike, WebContentsLike } from './seam.js';
import { popupWebPreferences, visitorWebPreferences } from './web-preferences.js';

export interface KioskPaths {
  /** Built renderer (index.html and assets). */
  rendererDir: string;
  /** Built preload script. */
  preload: string;
  /** Signed seed bundle shipped with the app. */
  seedDir: string;
  configFile: string;
}

export interface StartOptions {
  electron: ElectronLike;
  paths: KioskPaths;
  /** Vite dev server of `electron-forge start`; ignored in a packaged app. */
  devServerUrl?: string;
  clock?: Clock;
  log?: Log;
  /** First content check after start (the rest follow `updateIntervalMinutes`). */
  firstUpdateDelayMs?: number;
}

export type Screen = 'app' | ShellPage;

export interface KioskHandle {
  window: BrowserWindowLike;
  screen(): Screen;
  config?: KioskConfig;
  idle?: IdleTimer;
  updater?: ContentUpdater;
  /** Carry out the visitor wipe plan now. */
  forget(reason: WipeReason): Promise<void>;
}

/** Input types that count as a visitor being present (a mouse move from a bumped cable does not). */
const PRESENCE_INPUTS = new Set([
  'mouseDown',
  'touchStart',
  'pointerDown',
  'gestureTapDown',
  'gestureScrollBegin',
  'mouseWheel',
  'rawKeyDown',
  'keyDown',
]);

export const RECEIPT_PARTITION = 'receipt';

/**
 * Wire the pure core to Electron. Must be called before `app.whenReady()` resolves (it registers
 * the app:// scheme, which Electron accepts only before ready).
 */
export async function startKiosk(o: StartOptions): Promise<KioskHandle | undefined> {
  const e = o.electron;
  const { app } = e;
  const log: Log = o.log ?? ((message) => console.warn(`[yizhan-kiosk] ${message}`));
  const clock = o.clock ?? systemClock;

  registerAppScheme(e.protocol);
  // A second copy would fight the first for the screen and the printer.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return undefined;
  }
  e.Menu.setApplicationMenu(null);
  const policies = new Map<number, ContentsPolicy>();
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, (id) => policies.get(id), log));
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();
  const devOrigin = !app.isPackaged && o.devServerUrl ? new URL(o.devServerUrl).origin : undefined;
  const appOrigins = new OriginAllowlist([APP_ORIGIN, ...(devOrigin ? [devOrigin] : [])]);
  const startUrl = devOrigin && o.devServerUrl ? o.devServerUrl : `${APP_ORIGIN}/`;

  // No `persist:` prefix: the visitor partition lives in memory only.
  const visitor = e.session.fromPartition(VISITOR_PARTITION);
  const receiptSession = e.session.fromPartition(RECEIPT_PARTITION);
  hardenSession(visitor, log);
  hardenSession(receiptSession, log);

  let screen: Screen = 'app';
  let shellDetails: string[] = [];
  const shellPages: ShellPages = (name) => {
    if (name === 'shell.css') return { body: SHELL_CSS, contentType: 'text/css; charset=utf-8' };
    const page = screen;
    if (page !== 'app' && name === page)
      return { body: renderShellPage(page, shellDetails), contentType: 'text/html; charset=utf-8' };
    return undefined;
  };

  const win = new e.BrowserWindow({
    show: false,
    fullscreen: true,
    kiosk: true,
    frame: false,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    title: 'Yizhan',
    webPreferences: visitorWebPreferences(visitor, o.paths.preload, !app.isPackaged),
  });
  win.setMenu(null);
  const contents = win.webContents;
  win.once('ready-to-show', () => win.show());
  app.on('second-instance', () => {
    win.show();
    win.focus();
  });
  e.powerSaveBlocker.start('prevent-display-sleep');

  const show = async (next: Screen) => {
    screen = next;
    if (contents.isDestroyed()) return;
    contents.navigationHistory.clear();
    await contents.loadURL(next === 'app' ? startUrl : `${APP_ORIGIN}/__shell/${next}`);
  };

  const loaded = await readConfigFile(o.paths.configFile, 'zh-CN');
  if (!loaded.ok) {
    shellDetails = loaded.problems.map((p) => formatConfigProblem(p, 'zh-CN'));
    // The log is read by technicians who may not read Chinese: the same problems in English.
    const inEnglish = await readConfigFile(o.paths.configFile, 'en');
    if (!inEnglish.ok) for (const problem of inEnglish.problems) log(`config: ${formatConfigProblem(problem, 'en')}`);
    policies.set(contents.id, {
      navigation: new OriginAllowlist([]),
      onWindowOpen: (url) => log(`window.open blocked: ${url}`),
    });
    serveAppProtocol(
      visitor,
      () => ({ rendererDir: o.paths.rendererDir, bundleDir: undefined }),
      kioskCsp(''),
      shellPages,
    );
    await show('config-error');
    return { window: win, screen: () => screen, forget: async () => {} };
  }
  const config = loaded.config;
  const userData = app.getPath('userData');

  const updater = new ContentUpdater({
    seedDir: o.paths.seedDir,
    contentRoot: join(userData, 'content'),
    bundleUrl: config.bundleUrl,
    publicKeyPem: config.publicKey,
    fetch: (url, init) => e.net.fetch(url, init),
    clock,
    t: i18nFor(config.defaultLocale).t,
  });
  const active = await updater.activate();
  if (active) log(`content: ${active.source} bundle ${active.catalogueVersion} (${active.builtAt})`);
  else log(`content: no verified bundle (${updater.status().lastError?.detail ?? 'none'})`);
  serveAppProtocol(
    visitor,
    () => ({ rendererDir: o.paths.rendererDir, bundleDir: updater.activeBundle?.dir }),
    kioskCsp(config.serverUrl),
    shellPages,
  );

  const send = <K extends keyof typeof EVENTS>(name: K, payload: unknown) => {
    const { channel, payload: schema } = EVENTS[name];
    if (!contents.isDestroyed()) contents.send(channel, schema.parse(payload));
  };

  // Pop-ups: only allowlisted origins, opened by the shell (no opener), no bridge, closed
  // when the countdown starts and by every wipe.
  const popupOrigins = new OriginAllowlist(config.allowedOrigins);
  const popups = new Set<BrowserWindowLike>();
  const closePopups = () => {
    for (const popup of popups) if (!popup.isDestroyed()) popup.close();
    popups.clear();
  };
  const watchPresence = (target: WebContentsLike) =>
    target.on('input-event', (_event, input) => {
      if (PRESENCE_INPUTS.has(input.type)) idle.activity();
    });
  const openPopup = (url: string) => {
    if (!popupOrigins.allows(url)) {
      log(`window.open blocked: ${url}`);
      return;
    }
    const popup = new e.BrowserWindow({
      show: true,
      parent: win,
      modal: true,
      fullscreen: true,
      frame: false,
      webPreferences: popupWebPreferences(visitor),
    });
    popup.setMenu(null);
    policies.set(popup.webContents.id, {
      navigation: popupOrigins,
      onWindowOpen: (inner) => log(`window.open blocked in pop-up: ${inner}`),
    });
    popups.add(popup);
    popup.on('closed', () => popups.delete(popup));
    watchPresence(popup.webContents);
    void popup.webContents.loadURL(url);
  };
  policies.set(contents.id, { navigation: appOrigins, onWindowOpen: openPopup });

  const plan = visitorWipePlan(config.defaultLocale);
  const forget = async (reason: WipeReason) => {
    send('onWipe', { reason, locale: plan.locale, resets: plan.rendererResets });
    closePopups();
    await clearVisitorSession(visitor, plan.storages);
    if (screen === 'app' || reason === 'recovery') await show(updater.activeBundle ? 'app' : 'no-content');
  };
  const idle = new IdleTimer({
    clock,
    idleSeconds: config.idleSeconds,
    countdownSeconds: config.countdownSeconds,
    attractSeconds: config.attractSeconds,
    onState: (state: IdleState) => {
      if (state.phase === 'countdown') closePopups();
      send('onIdleState', state);
    },
    onWipe: (reason) => {
      forget(reason).catch((error: Error) => log(`wipe failed: ${error.message}`));
    },
  });
  watchPresence(contents);
  // A freshly loaded page learns where the visitor cycle stands (it may have been reloaded by a wipe).
  contents.on('did-finish-load', () => send('onIdleState', idle.current));

  // Crash and hang recovery with back-off; a fresh page also means a forgotten visitor.
  const recovery = new CrashRecovery({ clock });
  const hang = new HangWatch({
    clock,
    onHang: () => {
      log('renderer unresponsive past the grace period; restarting it');
      if (!contents.isDestroyed()) contents.forcefullyCrashRenderer();
    },
  });
  win.on('unresponsive', () => hang.unresponsive());
  win.on('responsive', () => hang.responsive());
  contents.on('render-process-gone', (_event, details) => {
    hang.responsive();
    log(`renderer gone: ${details.reason} (exit ${details.exitCode})`);
    const action = recovery.crashed();
    if (action.kind === 'reload') {
      log(`reloading in ${action.delayMs} ms (crash ${action.attempt})`);
      clock.setTimeout(() => idle.wipe('recovery'), action.delayMs);
    } else {
      log(`too many crashes: maintenance screen, next try in ${action.retryInMs} ms`);
      void show('maintenance');
      clock.setTimeout(() => {
        recovery.retryFromMaintenance();
        idle.wipe('recovery');
      }, action.retryInMs);
    }
  });

  // Outbox health for staff: logged when it changes, written to status.json for monitoring.
  const outbox = new OutboxStatus();
  const outboxStore = new OutboxStore(join(userData, 'outbox.json'));
  let lastLevel = outbox.health(clock.now()).level;
  // One write at a time, each of the state as it is when that write starts: two overlapping
  // writes would share the temporary file, and an older state could land last.
  let statusWrites: Promise<void> = Promise.resolve();
  const writeStatus = (): Promise<void> =>
    (statusWrites = statusWrites.then(() =>
      writeJsonAtomic(join(userData, 'status.json'), {
        updatedAt: new Date(clock.now()).toISOString(),
        hallId: config.hallId,
        screen,
        content: updater.status(),
        outbox: outbox.health(clock.now()),
      }).catch((error: Error) => log(`status.json not written: ${error.message}`)),
    ));

  const printer = new ReceiptPrinter({
    electron: e,
    session: receiptSession,
    printerName: config.printerName,
    paperMm: config.receiptWidthMm,
    now: () => clock.now(),
    log,
  });

  const publicConfig: PublicConfig = {
    hallId: config.hallId,
    outletId: config.outletId,
    serverUrl: config.serverUrl,
    bundleBase: devOrigin ? `${devOrigin}/bundle/` : `${APP_ORIGIN}/bundle/`,
    idleSeconds: config.idleSeconds,
    countdownSeconds: config.countdownSeconds,
    attractSeconds: config.attractSeconds,
    defaultLocale: config.defaultLocale,
    receiptWidthMm: config.receiptWidthMm,
    printing: config.printerName !== undefined,
    ...(config.portalUrl ? { portalUrl: config.portalUrl } : {}),
  };

  registerIpc(
    e.ipcMain,
    appOrigins,
    {
      getConfig: () => publicConfig,
      print: (receipt) => printer.print(receipt),
      getContentStatus: () => updater.status(),
      getOutboxHealth: () => outbox.health(clock.now()),
      persistOutbox: async (entries) => {
        await outboxStore.save(entries);
        return { ok: true as const };
      },
      restoreOutbox: async () => (await outboxStore.load(clock.now())) as Record<string, unknown>[],
    },
    {
      reportActivity: () => idle.activity(),
      setPace: ({ relaxed }) => idle.setRelaxed(relaxed),
      endVisit: () => idle.wipe('visitor'),
      reportOutbox: (report) => {
        outbox.report(report, clock.now());
        const health = outbox.health(clock.now());
        if (health.level !== lastLevel) {
          log(
            `outbox ${health.level}: ${health.queued} queued, ${health.failed} failed, last delivery ${health.lastSuccessAt ?? 'never'}`,
          );
          lastLevel = health.level;
        }
        void writeStatus();
      },
    },
    log,
  );

  // Background content updates; the renderer decides when to re-read (between visitors).
  const interval = config.updateIntervalMinutes * 60_000;
  const checkContent = async () => {
    const outcome = await updater.update();
    if (outcome.kind === 'updated') {
      log(`content updated to ${outcome.catalogueVersion}`);
      send('onContentUpdated', updater.status());
      if (screen === 'no-content') await show('app');
    } else if (outcome.kind === 'rejected') log(`content update rejected (${outcome.code}): ${outcome.detail}`);
    void writeStatus();
    clock.setTimeout(() => void checkContent(), interval);
  };
  clock.setTimeout(() => void checkContent(), o.firstUpdateDelayMs ?? 30_000);

  await show(updater.activeBundle ? 'app' : 'no-content');
  void writeStatus();
  return { window: win, screen: () => screen, config, idle, updater, forget };
}

async function clearVisitorSession(session: SessionLike, storages: readonly string[]): Promise<void> {
  await session.clearStorageData({ storages: [...storages] });
  await session.clearCache();
  await session.clearAuthCache();
}

async function writeJsonAtomic(file: string, data: unknown): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  await writeFile(tmp, `${JSON.stringify(data, null, 2)}\n`);
  await rename(tmp, file);
}
