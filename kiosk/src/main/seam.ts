/**
 * The slice of Electron the shell uses, as plain structural types. `index.ts` passes the real
 * `electron` module (TypeScript checks that it fits); tests pass a fake that records every call,
 * so each security setting is asserted under Node without an Electron binary.
 */

export interface ElectronEvent {
  preventDefault(): void;
}

export interface FrameLike {
  url: string;
  /** null for a top-level frame. */
  parent: FrameLike | null;
}

export interface IpcEventLike {
  senderFrame: FrameLike | null;
}

export interface PermissionCheckDetails {
  requestingUrl?: string;
  isMainFrame?: boolean;
}

export interface PermissionRequestDetails {
  requestingUrl?: string;
  isMainFrame?: boolean;
}

export interface InputEventLike {
  type: string;
}

export interface PrintOptions {
  silent?: boolean;
  printBackground?: boolean;
  deviceName?: string;
  color?: boolean;
  margins?: { marginType?: 'default' | 'none' | 'printableArea' | 'custom' };
  usePrinterDefaultPageSize?: boolean;
}

export interface PrinterInfoLike {
  name: string;
}

export interface RenderProcessGoneDetailsLike {
  reason: string;
  exitCode: number;
}

export interface WindowOpenDetailsLike {
  url: string;
}

export type WindowOpenResponse = { action: 'deny' };

export interface WebContentsLike {
  readonly id: number;
  isDestroyed(): boolean;
  loadURL(url: string): Promise<void>;
  reload(): void;
  send(channel: string, payload: unknown): void;
  setWindowOpenHandler(handler: (details: WindowOpenDetailsLike) => WindowOpenResponse): void;
  setVisualZoomLevelLimits(min: number, max: number): Promise<void>;
  forcefullyCrashRenderer(): void;
  print(options: PrintOptions, callback: (success: boolean, failureReason: string) => void): void;
  getPrintersAsync(): Promise<PrinterInfoLike[]>;
  navigationHistory: { clear(): void };
  on(event: 'will-navigate' | 'will-redirect', listener: (event: ElectronEvent & { url: string }) => void): this;
  on(
    event: 'will-attach-webview',
    listener: (event: ElectronEvent, webPreferences: object, params: Record<string, string>) => void,
  ): this;
  on(
    event: 'render-process-gone',
    listener: (event: ElectronEvent, details: RenderProcessGoneDetailsLike) => void,
  ): this;
  on(event: 'input-event', listener: (event: ElectronEvent, input: InputEventLike) => void): this;
  on(event: 'did-finish-load', listener: () => void): this;
}

export interface SessionLike {
  setPermissionRequestHandler(
    handler:
      | ((
          webContents: WebContentsLike,
          permission: string,
          callback: (granted: boolean) => void,
          details: PermissionRequestDetails,
        ) => void)
      | null,
  ): void;
  setPermissionCheckHandler(
    handler:
      | ((
          webContents: WebContentsLike | null,
          permission: string,
          requestingOrigin: string,
          details: PermissionCheckDetails,
        ) => boolean)
      | null,
  ): void;
  setDevicePermissionHandler(handler: ((details: object) => boolean) | null): void;
  setDisplayMediaRequestHandler(handler: ((request: object, callback: (streams: object) => void) => void) | null): void;
  setSpellCheckerEnabled(enable: boolean): void;
  clearStorageData(options?: { storages?: string[] }): Promise<void>;
  clearCache(): Promise<void>;
  clearAuthCache(): Promise<void>;
  on(event: 'will-download', listener: (event: ElectronEvent) => void): this;
  on(
    event: 'select-hid-device' | 'select-usb-device' | 'select-serial-port',
    listener: (event: ElectronEvent, ...rest: never[]) => void,
  ): this;
  protocol: {
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
  };
}

export interface WebPreferencesLike {
  contextIsolation: boolean;
  sandbox: boolean;
  nodeIntegration: boolean;
  nodeIntegrationInWorker: boolean;
  nodeIntegrationInSubFrames: boolean;
  webSecurity: boolean;
  allowRunningInsecureContent: boolean;
  experimentalFeatures: boolean;
  webviewTag: boolean;
  devTools: boolean;
  navigateOnDragDrop: boolean;
  spellcheck: boolean;
  enableWebSQL: boolean;
  safeDialogs: boolean;
  disableDialogs: boolean;
  javascript: boolean;
  plugins: boolean;
  session: SessionLike;
  preload?: string;
}

export interface BrowserWindowOptionsLike {
  show: boolean;
  width?: number;
  height?: number;
  fullscreen?: boolean;
  kiosk?: boolean;
  frame?: boolean;
  autoHideMenuBar?: boolean;
  backgroundColor?: string;
  parent?: BrowserWindowLike;
  modal?: boolean;
  title?: string;
  webPreferences: WebPreferencesLike;
}

export interface BrowserWindowLike {
  readonly webContents: WebContentsLike;
  isDestroyed(): boolean;
  show(): void;
  focus(): void;
  close(): void;
  setMenu(menu: null): void;
  on(event: 'unresponsive' | 'responsive' | 'closed', listener: () => void): this;
  once(event: 'ready-to-show', listener: () => void): this;
}

export interface AppLike {
  readonly isPackaged: boolean;
  requestSingleInstanceLock(): boolean;
  whenReady(): Promise<void>;
  quit(): void;
  getPath(name: 'userData'): string;
  on(event: 'second-instance' | 'window-all-closed', listener: () => void): this;
  on(event: 'web-contents-created', listener: (event: ElectronEvent, contents: WebContentsLike) => void): this;
}

export interface ElectronLike {
  app: AppLike;
  BrowserWindow: new (options: BrowserWindowOptionsLike) => BrowserWindowLike;
  session: { fromPartition(partition: string, options?: { cache?: boolean }): SessionLike };
  protocol: {
    registerSchemesAsPrivileged(
      schemes: {
        scheme: string;
        privileges: {
          standard?: boolean;
          secure?: boolean;
          supportFetchAPI?: boolean;
          corsEnabled?: boolean;
          bypassCSP?: boolean;
          allowServiceWorkers?: boolean;
          stream?: boolean;
          codeCache?: boolean;
        };
      }[],
    ): void;
  };
  ipcMain: {
    handle(channel: string, listener: (event: IpcEventLike, payload: unknown) => unknown): void;
    on(channel: string, listener: (event: IpcEventLike, payload: unknown) => void): void;
  };
  Menu: { setApplicationMenu(menu: null): void };
  powerSaveBlocker: { start(type: 'prevent-display-sleep' | 'prevent-app-suspension'): number };
  net: { fetch(url: string, init?: { signal?: AbortSignal }): Promise<Response> };
}
