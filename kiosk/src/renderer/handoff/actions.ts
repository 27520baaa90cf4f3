import type { ResolvedItem, ResolvedOutlet } from '@yizhan/catalogue';
import type { KioskContext } from '../app/context.js';
import { windowsForItem } from '../hall/hall-info.js';
import { guideReceipt, type Words } from '../receipt/compose.js';
import { guideLink } from './links.js';
import { qrModules } from './qr.js';

/**
 * The two ways a visitor takes a guide away, shared by every screen that offers them: scan a QR
 * code to open the same guide on their phone, or print it on the receipt printer. Either one
 * finishes the visitor's task (so the rating prompt follows).
 */
export async function showGuideQr(ctx: KioskContext, itemId: string): Promise<void> {
  const url = guideLink(ctx.portalUrl, itemId);
  if (!url) return;
  ctx.store.showHandOff({ kind: 'guide', url, modules: await qrModules(url) });
  ctx.store.finishTask(itemId);
}

export interface PrintGuideInput {
  ctx: KioskContext;
  words: Words;
  item: ResolvedItem;
  hall: ResolvedOutlet | undefined;
  hours: readonly string[];
  kind: 'guide' | 'checklist';
}

export async function printGuide({ ctx, words, item, hall, hours, kind }: PrintGuideInput): Promise<void> {
  const { store, bridge } = ctx;
  const url = guideLink(ctx.portalUrl, item.id);
  const qr = url ? { url, modules: await qrModules(url) } : undefined;
  store.notify({ tone: 'info', key: 'app.print.printing' });
  const receipt = guideReceipt({ words, item, hall, windows: windowsForItem(hall, item.id), hours, qr, kind });
  const result = await bridge.print(receipt).catch(() => ({ ok: false as const, reason: 'failed' as const }));
  if (result.ok) {
    store.notify({ tone: 'info', key: 'app.print.done' });
    store.finishTask(item.id);
  } else {
    store.notify({ tone: 'error', key: `app.print.${result.reason}` });
  }
}
