import { BRIDGE_GLOBAL, createBridge, EVENTS, type BridgeTransport, type KioskBridge } from '../shared/bridge.js';

/** The slice of Electron's renderer-side API the preload uses (a seam for tests). */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export interface ContextBridgeLike {
  exposeInMainWorld(key: string, api: unknown): void;
}

/**
 * Turn ipcRenderer into the bridge transport. The IPC event object never reaches the page (it
 * would hand the page `sender`, i.e. ipcRenderer itself); only the validated payload does.
 */
export function ipcTransport(ipc: IpcRendererLike, stateChannels: readonly string[] = []): BridgeTransport {
  // The shell sends a state (the idle phase) when the page has loaded, and the page subscribes
  // only after its own start-up (config, outbox): the latest state is kept for a late subscriber,
  // as the browser stand-in does, so "resting" after a wipe is not lost in between.
  const latest = new Map<string, unknown>();
  for (const channel of stateChannels) ipc.on(channel, (_event, payload) => void latest.set(channel, payload));
  return {
    invoke: (channel, payload) => (payload === undefined ? ipc.invoke(channel) : ipc.invoke(channel, payload)),
    send: (channel, payload) => (payload === undefined ? ipc.send(channel) : ipc.send(channel, payload)),
    on: (channel, listener) => {
      const wrapped = (_event: unknown, payload: unknown) => listener(payload);
      ipc.on(channel, wrapped);
      if (latest.has(channel)) listener(latest.get(channel));
      return () => {
        ipc.removeListener(channel, wrapped);
      };
    },
  };
}

/** Expose exactly the bridge as `window.yizhanKiosk`, and nothing else. */
export function exposeBridge(contextBridge: ContextBridgeLike, ipc: IpcRendererLike): KioskBridge {
  const bridge = createBridge(ipcTransport(ipc, [EVENTS.onIdleState.channel]), (error) => console.error(error.message));
  contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
  return bridge;
}
