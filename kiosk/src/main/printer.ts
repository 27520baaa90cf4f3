import { printableWidthMm, renderReceiptHtml, type Receipt } from '../core/receipt.js';
import type { PrintResult } from '../shared/bridge.js';
import type { Log } from './harden.js';
import type { ElectronLike, SessionLike } from './seam.js';
import { receiptWebPreferences } from './web-preferences.js';

export interface PrinterOptions {
  electron: Pick<ElectronLike, 'BrowserWindow'>;
  session: SessionLike;
  printerName: string | undefined;
  paperMm: 58 | 80;
  hallName?: string;
  now: () => number;
  log: Log;
}

/** CSS pixels per millimetre at Chromium's 96 dpi. */
const PX_PER_MM = 96 / 25.4;

/**
 * Silent receipt printing. Each receipt is rendered to a static page in a hidden window that
 * runs no JavaScript (its own in-memory partition, same denials as the visitor's), printed to
 * the configured printer without a dialog, and the window is closed. The page size is the
 * printer's own default, which for a thermal printer is its roll width; the page content is
 * laid out for the printable width (72 mm on 80 mm paper, 48 mm on 58 mm).
 */
export class ReceiptPrinter {
  private busy = false;

  constructor(private readonly o: PrinterOptions) {}

  async print(receipt: Receipt): Promise<PrintResult> {
    const { printerName } = this.o;
    if (!printerName) return { ok: false, reason: 'no-printer' };
    if (this.busy) return { ok: false, reason: 'busy' };
    this.busy = true;
    const win = new this.o.electron.BrowserWindow({
      show: false,
      width: Math.ceil(printableWidthMm(this.o.paperMm) * PX_PER_MM),
      height: 800,
      webPreferences: receiptWebPreferences(this.o.session),
    });
    try {
      const printers = await win.webContents.getPrintersAsync();
      if (!printers.some((p) => p.name === printerName)) {
        this.o.log(`printer "${printerName}" not found; known: ${printers.map((p) => p.name).join(', ') || 'none'}`);
        return { ok: false, reason: 'printer-missing' };
      }
      const printedAt = new Intl.DateTimeFormat(receipt.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
        this.o.now(),
      );
      const html = renderReceiptHtml(receipt, { paperMm: this.o.paperMm, printedAt, hallName: this.o.hallName });
      await win.webContents.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
      const ok = await new Promise<boolean>((resolve) =>
        win.webContents.print(
          {
            silent: true,
            deviceName: printerName,
            printBackground: false,
            color: false,
            margins: { marginType: 'none' },
            usePrinterDefaultPageSize: true,
          },
          (success, failureReason) => {
            if (!success) this.o.log(`print failed: ${failureReason}`);
            resolve(success);
          },
        ),
      );
      return ok ? { ok: true } : { ok: false, reason: 'failed' };
    } catch (error) {
      this.o.log(`print failed: ${(error as Error).message}`);
      return { ok: false, reason: 'failed' };
    } finally {
      this.busy = false;
      if (!win.isDestroyed()) win.close();
    }
  }
}
