import { LOCALE_TAGS } from '@yizhan/i18n';
import { z } from 'zod';
import { Receipt, type ReceiptInput } from '../core/receipt.js';

/**
 * The one contract between the kiosk renderer and whatever hosts it: the Electron preload
 * (`window.yizhanKiosk`, src/preload) or the browser fake used by `kiosk:web` (./web-bridge.ts).
 * Every message in both directions has a zod schema here; the preload validates what the page
 * sends and what comes back, the main process validates again on arrival. There is deliberately
 * no `openExternal`, no file access and no generic "send any channel": a compromised page can
 * only ask for what a visitor could ask for anyway.
 */
export const BRIDGE_GLOBAL = 'yizhanKiosk';

const IsoDateTime = z.iso.datetime({ offset: true });
const Count = z.int().min(0).max(1_000_000);

/** What the renderer may know about the configuration (no key material, no printer details). */
export const PublicConfig = z.strictObject({
  hallId: z.string(),
  outletId: z.string(),
  serverUrl: z.string(),
  /** Base URL of the active content bundle as the renderer fetches it (app://kiosk/bundle/ in Electron). */
  bundleBase: z.string(),
  idleSeconds: z.int().positive(),
  countdownSeconds: z.int().positive(),
  attractSeconds: z.int().positive(),
  defaultLocale: z.enum(LOCALE_TAGS as [string, ...string[]]),
  receiptWidthMm: z.union([z.literal(58), z.literal(80)]),
  /** Whether a printer is configured: hide "print" when it is not. */
  printing: z.boolean(),
  /** Public portal for QR hand-off (config `portalUrl`); absent: no QR codes. */
  portalUrl: z.string().optional(),
});
export type PublicConfig = z.output<typeof PublicConfig>;

export const Activity = z.strictObject({ kind: z.enum(['touch', 'key', 'scroll']) });
export type Activity = z.output<typeof Activity>;

/** Elderly mode asks for more time before the countdown (no time pressure). */
export const Pace = z.strictObject({ relaxed: z.boolean() });
export type Pace = z.output<typeof Pace>;

export const IdleStateMessage = z.strictObject({
  phase: z.enum(['attract', 'resting', 'active', 'countdown']),
  secondsLeft: z.int().min(0).optional(),
});
export type IdleStateMessage = z.output<typeof IdleStateMessage>;

export const WipeNotice = z.strictObject({
  reason: z.enum(['idle', 'visitor', 'staff', 'startup', 'recovery']),
  /** Language to return to. */
  locale: z.enum(LOCALE_TAGS as [string, ...string[]]),
  /** What the renderer must reset itself (see core/wipe.ts). */
  resets: z.array(z.string()),
});
export type WipeNotice = z.output<typeof WipeNotice>;

export { Receipt, type ReceiptInput };

export const PrintResult = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true) }),
  z.strictObject({ ok: z.literal(false), reason: z.enum(['no-printer', 'printer-missing', 'failed', 'busy']) }),
]);
export type PrintResult = z.output<typeof PrintResult>;

const UpdateError = z.enum([
  'network',
  'http',
  'too-large',
  'manifest-invalid',
  'unsigned',
  'wrong-key',
  'bad-signature',
  'older',
  'truncated',
  'hash-mismatch',
  'disk',
  'seed-invalid',
]);

export const ContentStatusMessage = z.strictObject({
  source: z.enum(['seed', 'downloaded', 'none']),
  catalogueVersion: z.string().optional(),
  builtAt: z.string().optional(),
  keyId: z.string().optional(),
  lastCheckAt: IsoDateTime.optional(),
  lastSuccessAt: IsoDateTime.optional(),
  lastError: z.strictObject({ code: UpdateError, detail: z.string(), at: IsoDateTime }).optional(),
});
export type ContentStatusMessage = z.output<typeof ContentStatusMessage>;

export const OutboxReportMessage = z.strictObject({
  queued: Count,
  failed: Count,
  oldestQueuedAt: IsoDateTime.optional(),
  lastSuccessAt: IsoDateTime.optional(),
});
export type OutboxReportMessage = z.output<typeof OutboxReportMessage>;

export const OutboxHealthMessage = OutboxReportMessage.extend({
  level: z.enum(['ok', 'waiting', 'stuck', 'failed', 'unknown']),
  reportedAt: IsoDateTime.optional(),
});
export type OutboxHealthMessage = z.output<typeof OutboxHealthMessage>;

/**
 * The renderer's queued submissions, opaque to the shell, kept on disk across restarts. Bounded
 * like the intake API (64 KB a body) times a generous queue length.
 */
export const OutboxEntries = z
  .array(z.record(z.string(), z.unknown()))
  .max(500)
  .refine((entries) => JSON.stringify(entries).length <= 8 * 1024 * 1024, { message: 'outbox too large' });
export type OutboxEntries = z.output<typeof OutboxEntries>;

export const Done = z.strictObject({ ok: z.literal(true) });

const Nothing = z.undefined();

/** Request/response calls (`ipcRenderer.invoke` / `ipcMain.handle`). */
export const INVOKE = {
  getConfig: { channel: 'kiosk:get-config', request: Nothing, response: PublicConfig },
  print: { channel: 'kiosk:print', request: Receipt, response: PrintResult },
  getContentStatus: { channel: 'kiosk:get-content-status', request: Nothing, response: ContentStatusMessage },
  getOutboxHealth: { channel: 'kiosk:get-outbox-health', request: Nothing, response: OutboxHealthMessage },
  persistOutbox: { channel: 'kiosk:persist-outbox', request: OutboxEntries, response: Done },
  restoreOutbox: { channel: 'kiosk:restore-outbox', request: Nothing, response: OutboxEntries },
} as const;

/** Fire-and-forget messages from the page (`ipcRenderer.send` / `ipcMain.on`). */
export const SEND = {
  reportActivity: { channel: 'kiosk:activity', payload: Activity },
  setPace: { channel: 'kiosk:pace', payload: Pace },
  /** The visitor pressed "finish": forget them now instead of waiting for the countdown. */
  endVisit: { channel: 'kiosk:end-visit', payload: Nothing },
  reportOutbox: { channel: 'kiosk:outbox-report', payload: OutboxReportMessage },
} as const;

/** Pushed from the shell to the page (`webContents.send` / `ipcRenderer.on`). */
export const EVENTS = {
  onIdleState: { channel: 'kiosk:idle-state', payload: IdleStateMessage },
  onWipe: { channel: 'kiosk:wipe', payload: WipeNotice },
  onContentUpdated: { channel: 'kiosk:content-updated', payload: ContentStatusMessage },
} as const;

export type Unsubscribe = () => void;

/** `window.yizhanKiosk`: exactly this, in Electron and in kiosk:web. */
export interface KioskBridge {
  getConfig(): Promise<PublicConfig>;
  print(receipt: ReceiptInput): Promise<PrintResult>;
  getContentStatus(): Promise<ContentStatusMessage>;
  getOutboxHealth(): Promise<OutboxHealthMessage>;
  persistOutbox(entries: OutboxEntries): Promise<void>;
  restoreOutbox(): Promise<OutboxEntries>;
  reportActivity(activity: Activity): void;
  setPace(pace: Pace): void;
  endVisit(): void;
  reportOutbox(report: OutboxReportMessage): void;
  onIdleState(listener: (state: IdleStateMessage) => void): Unsubscribe;
  onWipe(listener: (notice: WipeNotice) => void): Unsubscribe;
  onContentUpdated(listener: (status: ContentStatusMessage) => void): Unsubscribe;
}

/** The three primitives a bridge needs from its host; the preload builds one from ipcRenderer. */
export interface BridgeTransport {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  send(channel: string, payload: unknown): void;
  on(channel: string, listener: (payload: unknown) => void): Unsubscribe;
}

export class BridgeValidationError extends TypeError {
  constructor(
    readonly channel: string,
    readonly direction: 'request' | 'response' | 'event',
    detail: string,
  ) {
    super(`yizhanKiosk ${channel}: invalid ${direction}: ${detail}`);
  }
}

function check<S extends z.ZodType>(
  schema: S,
  value: unknown,
  channel: string,
  direction: 'request' | 'response' | 'event',
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BridgeValidationError(channel, direction, `${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`);
  }
  return parsed.data;
}

/**
 * Build the bridge over a transport, validating both ways: a bad request never leaves the page,
 * a bad answer or event never reaches it.
 */
export function createBridge(transport: BridgeTransport, onDropped: (error: Error) => void = () => {}): KioskBridge {
  const call = async <K extends keyof typeof INVOKE>(name: K, payload: unknown) => {
    const { channel, request, response } = INVOKE[name];
    const checked = check(request, payload, channel, 'request');
    return check(response, await transport.invoke(channel, checked), channel, 'response') as z.output<
      (typeof INVOKE)[K]['response']
    >;
  };
  const send = <K extends keyof typeof SEND>(name: K, payload: unknown) => {
    const { channel, payload: schema } = SEND[name];
    transport.send(channel, check(schema, payload, channel, 'request'));
  };
  const listen = <K extends keyof typeof EVENTS>(
    name: K,
    listener: (payload: z.output<(typeof EVENTS)[K]['payload']>) => void,
  ): Unsubscribe => {
    const { channel, payload: schema } = EVENTS[name];
    return transport.on(channel, (payload) => {
      let checked: z.output<(typeof EVENTS)[K]['payload']>;
      try {
        checked = check(schema, payload, channel, 'event') as z.output<(typeof EVENTS)[K]['payload']>;
      } catch (error) {
        onDropped(error as Error);
        return;
      }
      listener(checked);
    });
  };
  return {
    getConfig: () => call('getConfig', undefined),
    print: (receipt) => call('print', receipt),
    getContentStatus: () => call('getContentStatus', undefined),
    getOutboxHealth: () => call('getOutboxHealth', undefined),
    persistOutbox: async (entries) => {
      await call('persistOutbox', entries);
    },
    restoreOutbox: () => call('restoreOutbox', undefined),
    reportActivity: (activity) => send('reportActivity', activity),
    setPace: (pace) => send('setPace', pace),
    endVisit: () => send('endVisit', undefined),
    reportOutbox: (report) => send('reportOutbox', report),
    onIdleState: (listener) => listen('onIdleState', listener),
    onWipe: (listener) => listen('onWipe', listener),
    onContentUpdated: (listener) => listen('onContentUpdated', listener),
  };
}

declare global {
  interface Window {
    yizhanKiosk?: KioskBridge;
  }
}
