import type { z } from 'zod';
import type { OriginAllowlist } from '../core/allowlist.js';
import { isTrustedSender } from '../core/sender.js';
import { INVOKE, SEND } from '../shared/bridge.js';
import type { ElectronLike, FrameLike, IpcEventLike } from './seam.js';
import type { Log } from './harden.js';

type InvokeName = keyof typeof INVOKE;
type SendName = keyof typeof SEND;

export type InvokeHandlers = {
  [K in InvokeName]: (
    payload: z.output<(typeof INVOKE)[K]['request']>,
  ) => Promise<z.input<(typeof INVOKE)[K]['response']>> | z.input<(typeof INVOKE)[K]['response']>;
};
export type SendHandlers = {
  [K in SendName]: (payload: z.output<(typeof SEND)[K]['payload']>) => void;
};

export class IpcRefused extends Error {}

function senderOf(event: IpcEventLike): { url: string; isTopFrame: boolean } | null {
  const frame: FrameLike | null = event.senderFrame;
  return frame ? { url: frame.url, isTopFrame: frame.parent === null } : null;
}

/**
 * Register every bridge channel. Each message is checked twice before any handler runs: the
 * sender must be the kiosk's own top frame (app://kiosk, never a subframe or another origin),
 * and the payload must match the channel's schema. Answers are validated too, so a bug in the
 * shell cannot hand the page something the contract does not promise.
 */
export function registerIpc(
  ipcMain: ElectronLike['ipcMain'],
  trusted: OriginAllowlist,
  invoke: InvokeHandlers,
  send: SendHandlers,
  log: Log,
): void {
  const admit = (channel: string, event: IpcEventLike): boolean => {
    const frame = senderOf(event);
    if (isTrustedSender(frame, trusted)) return true;
    log(
      `ipc ${channel} refused from ${frame ? `${frame.url}${frame.isTopFrame ? '' : ' (subframe)'}` : 'a destroyed frame'}`,
    );
    return false;
  };

  for (const name of Object.keys(INVOKE) as InvokeName[]) {
    const { channel, request, response } = INVOKE[name];
    ipcMain.handle(channel, async (event, payload) => {
      if (!admit(channel, event)) throw new IpcRefused(`${channel}: sender not allowed`);
      const parsed = request.safeParse(payload);
      if (!parsed.success) {
        log(`ipc ${channel} refused: invalid payload`);
        throw new IpcRefused(`${channel}: invalid payload`);
      }
      const handler = invoke[name] as (payload: unknown) => unknown;
      return response.parse(await handler(parsed.data));
    });
  }

  for (const name of Object.keys(SEND) as SendName[]) {
    const { channel, payload: schema } = SEND[name];
    ipcMain.on(channel, (event, payload) => {
      if (!admit(channel, event)) return;
      const parsed = schema.safeParse(payload);
      if (!parsed.success) {
        log(`ipc ${channel} dropped: invalid payload`);
        return;
      }
      (send[name] as (payload: unknown) => void)(parsed.data);
    });
  }
}
