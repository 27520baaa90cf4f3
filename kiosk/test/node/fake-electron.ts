import { EventEmitter } from 'node:events';
import type {
  BrowserWindowLike,
  BrowserWindowOptionsLike,
  ElectronLike,
  FrameLike,
  IpcEventLike,
  PermissionCheckDetails,
  PermissionRequestDetails,
  PrintOptions,
  SessionLike,
  WebContentsLike,
  WindowOpenDetailsLike,
  WindowOpenResponse,
} from '../../src/main/seam.js';

/**
 * A fake of the slice of Electron the shell uses. It records what the shell asked for (window
 * options, handlers, protocol registrations, IPC channels) and lets a test play Chromium's part:
 * fire a navigation, a permission request, an IPC message from some frame, a renderer crash.
 */
export class FakeEvent {
  defaultPrevented = false;
  constructor(readonly url = '') {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class FakeSession extends EventEmitter {
  requestHandler: Parameters<SessionLike['setPermissionRequestHandler']>[0] = null;
  checkHandler: Parameters<SessionLike['setPermissionCheckHandler']>[0] = null;
  deviceHandler: Parameters<SessionLike['setDevicePermissionHandler']>[0] = null;
  displayMediaHandler: Parameters<SessionLike['setDisplayMediaRequestHandler']>[0] = null;
  spellChecker = true;
  protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  cleared: { storages?: string[] }[] = [];
  cacheCleared = 0;
  authCleared = 0;
  readonly protocol = {
    handle: (scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
      this.protocolHandlers.set(scheme, handler);
    },
  };

  constructor(readonly partition: string) {
    super();
  }
  setPermissionRequestHandler(handler: FakeSession['requestHandler']) {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['checkHandler']) {
    this.checkHandler = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['deviceHandler']) {
    this.deviceHandler = handler;
  }
  setDisplayMediaRequestHandler(handler: FakeSession['displayMediaHandler']) {
    this.displayMediaHandler = handler;
  }
  setSpellCheckerEnabled(enable: boolean) {
    this.spellChecker = enable;
  }
  async clearStorageData(options?: { storages?: string[] }) {
    this.cleared.push(options ?? {});
  }
  async clearCache() {
    this.cacheCleared++;
  }
  async clearAuthCache() {
    this.authCleared++;
  }

  /** Chromium asks for a permission; resolves with what the shell answered. */
  request(permission: string, url = 'app://kiosk/'): Promise<boolean> {
    return new Promise((resolve) => {
      const details: PermissionRequestDetails = { requestingUrl: url, isMainFrame: true };
      if (!this.requestHandler) throw new Error('no permission request handler');
      this.requestHandler(undefined as unknown as WebContentsLike, permission, resolve, details);
    });
  }
  check(permission: string, origin = 'app://kiosk'): boolean {
    if (!this.checkHandler) throw new Error('no permission check handler');
    const details: PermissionCheckDetails = { requestingUrl: `${origin}/`, isMainFrame: true };
    return this.checkHandler(null, permission, origin, details);
  }
  /** Fetch through the handler registered for a scheme on this session. */
  async fetch(url: string, method = 'GET'): Promise<Response> {
    const handler = this.protocolHandlers.get(new URL(url).protocol.slice(0, -1));
    if (!handler) throw new Error(`no handler for ${url} on partition ${this.partition}`);
    return handler(new Request(url, { method }));
  }
}

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  destroyed = false;
  loaded: string[] = [];
  sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((details: WindowOpenDetailsLike) => WindowOpenResponse) | undefined;
  zoomLimits: [number, number] | undefined;
  crashes = 0;
  historyCleared = 0;
  printed: PrintOptions[] = [];
  printers = [{ name: 'Receipt80' }];
  printSucceeds = true;
  readonly navigationHistory = { clear: () => void this.historyCleared++ };

  isDestroyed() {
    return this.destroyed;
  }
  async loadURL(url: string) {
    this.loaded.push(url);
  }
  reload() {
    this.loaded.push('(reload)');
  }
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler: (details: WindowOpenDetailsLike) => WindowOpenResponse) {
    this.windowOpenHandler = handler;
  }
  async setVisualZoomLevelLimits(min: number, max: number) {
    this.zoomLimits = [min, max];
  }
  forcefullyCrashRenderer() {
    this.crashes++;
  }
  print(options: PrintOptions, callback: (success: boolean, reason: string) => void) {
    this.printed.push(options);
    callback(this.printSucceeds, this.printSucceeds ? '' : 'Print job failed');
  }
  async getPrintersAsync() {
    return this.printers;
  }

  /** The page tries to navigate; returns whether the shell let it. */
  navigate(url: string, kind: 'will-navigate' | 'will-redirect' = 'will-navigate'): boolean {
    const event = new FakeEvent(url);
    this.emit(kind, event);
    return !event.defaultPrevented;
  }
  openWindow(url: string): WindowOpenResponse {
    if (!this.windowOpenHandler) throw new Error('no window open handler');
    return this.windowOpenHandler({ url });
  }
  attachWebview(): boolean {
    const event = new FakeEvent();
    this.emit('will-attach-webview', event, {}, {});
    return !event.defaultPrevented;
  }
  input(type: string) {
    this.emit('input-event', new FakeEvent(), { type });
  }
  crash(reason = 'crashed') {
    this.emit('render-process-gone', new FakeEvent(), { reason, exitCode: 139 });
  }
}

export class FakeApp extends EventEmitter {
  isPackaged = true;
  gotLock = true;
  quitCalls = 0;
  readonly ready: Promise<void> = Promise.resolve();
  constructor(private readonly userData: string) {
    super();
  }
  requestSingleInstanceLock() {
    return this.gotLock;
  }
  whenReady() {
    return this.ready;
  }
  quit() {
    this.quitCalls++;
  }
  getPath() {
    return this.userData;
  }
}

export interface FakeElectron extends ElectronLike {
  app: FakeApp;
  windows: FakeBrowserWindow[];
  sessions: Map<string, FakeSession>;
  schemes: Parameters<ElectronLike['protocol']['registerSchemesAsPrivileged']>[0];
  menu: { set: boolean; value: null | undefined };
  powerBlocks: string[];
  ipc: {
    handlers: Map<string, (event: IpcEventLike, payload: unknown) => unknown>;
    listeners: Map<string, (event: IpcEventLike, payload: unknown) => void>;
  };
  fetches: string[];
}

export class FakeBrowserWindow extends EventEmitter implements BrowserWindowLike {
  readonly webContents: FakeWebContents & WebContentsLike;
  destroyed = false;
  shown = false;
  menuRemoved = false;
  constructor(
    readonly options: BrowserWindowOptionsLike,
    app: FakeApp,
  ) {
    super();
    this.webContents = new FakeWebContents() as FakeWebContents & WebContentsLike;
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }
  isDestroyed() {
    return this.destroyed;
  }
  show() {
    this.shown = true;
  }
  focus() {}
  close() {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  setMenu(menu: null) {
    this.menuRemoved = menu === null;
  }
}

export function fakeElectron(userData: string, fetchImpl?: (url: string) => Promise<Response>): FakeElectron {
  const app = new FakeApp(userData);
  const windows: FakeBrowserWindow[] = [];
  const sessions = new Map<string, FakeSession>();
  const fake: FakeElectron = {
    app: app as FakeApp & ElectronLike['app'],
    windows,
    sessions,
    schemes: [],
    menu: { set: false, value: undefined },
    powerBlocks: [],
    ipc: { handlers: new Map(), listeners: new Map() },
    fetches: [],
    BrowserWindow: class extends FakeBrowserWindow {
      constructor(options: BrowserWindowOptionsLike) {
        super(options, app);
        windows.push(this);
      }
    },
    session: {
      fromPartition: (partition: string) => {
        let s = sessions.get(partition);
        if (!s) sessions.set(partition, (s = new FakeSession(partition)));
        return s as FakeSession & SessionLike;
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes) => {
        fake.schemes.push(...schemes);
      },
    },
    ipcMain: {
      handle: (channel, listener) => void fake.ipc.handlers.set(channel, listener),
      on: (channel, listener) => void fake.ipc.listeners.set(channel, listener),
    },
    Menu: {
      setApplicationMenu: (menu) => {
        fake.menu = { set: true, value: menu };
      },
    },
    powerSaveBlocker: {
      start: (type) => fake.powerBlocks.push(type),
    },
    net: {
      fetch: async (url) => {
        fake.fetches.push(url);
        if (fetchImpl) return fetchImpl(url);
        throw new TypeError('net::ERR_INTERNET_DISCONNECTED');
      },
    },
  };
  return fake;
}

/** An IPC event as Chromium would describe a frame: top-level unless a parent is given. */
export function ipcFrom(url: string, parentUrl?: string): IpcEventLike {
  const parent: FrameLike | null = parentUrl ? { url: parentUrl, parent: null } : null;
  return { senderFrame: { url, parent } };
}
