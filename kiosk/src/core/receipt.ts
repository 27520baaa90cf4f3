import { LOCALE_TAGS } from '@yizhan/i18n';
import { z } from 'zod';

/**
 * A printed receipt: handling-guide summary, materials checklist or consultation reference, on
 * 58 or 80 mm thermal paper. The renderer sends structured text, never markup: the main process
 * renders it here, escaping every string, into a page that runs no script.
 */
const Line = z.string().max(500);

export const ReceiptQr = z
  .strictObject({
    /** QR modules row by row, `1` dark and `0` light, as the renderer's QR encoder produced them. */
    modules: z
      .array(z.string().regex(/^[01]+$/))
      .min(21)
      .max(177),
    caption: Line,
  })
  .refine((qr) => qr.modules.every((row) => row.length === qr.modules.length), { message: 'QR must be square' });

export const Receipt = z.strictObject({
  kind: z.enum(['guide', 'checklist', 'consultation']),
  locale: z.enum(LOCALE_TAGS as [string, ...string[]]),
  title: z.string().min(1).max(200),
  subtitle: z.string().max(200).optional(),
  /** A consultation reference (YZ-20261124-7K3Q9P), printed large. */
  reference: z.string().max(40).optional(),
  sections: z
    .array(
      z.strictObject({
        heading: z.string().max(200).optional(),
        lines: z.array(Line).max(60),
        /** Print a tick box before each line (materials checklist). */
        checkboxes: z.boolean().default(false),
      }),
    )
    .max(20),
  qr: ReceiptQr.optional(),
  footer: Line.optional(),
});
export type Receipt = z.output<typeof Receipt>;
export type ReceiptInput = z.input<typeof Receipt>;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** Printable width: thermal heads leave about 4 mm each side. */
export const printableWidthMm = (paperMm: 58 | 80) => (paperMm === 80 ? 72 : 48);

function qrSvg(modules: readonly string[]): string {
  const size = modules.length + 8; // 4-module quiet zone each side
  const rects: string[] = [];
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) if (row[x] === '1') rects.push(`M${x + 4} ${y + 4}h1v1h-1z`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><path d="${rects.join('')}"/></svg>`;
}

export interface RenderReceiptOptions {
  paperMm: 58 | 80;
  /** Already formatted in the receipt's language (the caller owns Intl). */
  printedAt: string;
  hallName?: string;
}

/** A complete HTML document; its CSP forbids every script and every fetch. */
export function renderReceiptHtml(receipt: Receipt, options: RenderReceiptOptions): string {
  const width = printableWidthMm(options.paperMm);
  const e = escapeHtml;
  const sections = receipt.sections
    .map((s) => {
      const heading = s.heading ? `<h2>${e(s.heading)}</h2>` : '';
      const items = s.lines.map((l) => `<li>${s.checkboxes ? '<span class="box"></span>' : ''}${e(l)}</li>`).join('');
      return `<section>${heading}<ul${s.checkboxes ? ' class="check"' : ''}>${items}</ul></section>`;
    })
    .join('');
  const qr = receipt.qr
    ? `<figure class="qr">${qrSvg(receipt.qr.modules)}<figcaption>${e(receipt.qr.caption)}</figcaption></figure>`
    : '';
  return `<!doctype html>
<html lang="${e(receipt.locale)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${e(receipt.title)}</title>
<style>
@page { margin: 0; }
html, body { margin: 0; padding: 0; background: #fff; color: #000; }
body { width: ${width}mm; font: 11pt/1.35 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; }
h1 { font-size: 14pt; margin: 0 0 1mm; }
h2 { font-size: 11pt; margin: 3mm 0 1mm; border-bottom: 0.3mm solid #000; }
.sub, footer, .meta { font-size: 9pt; }
.ref { font: bold 16pt/1.2 monospace; margin: 2mm 0; letter-spacing: 0.5mm; }
ul { margin: 0; padding-left: 4mm; }
ul.check { list-style: none; padding-left: 0; }
.box { display: inline-block; width: 3mm; height: 3mm; border: 0.3mm solid #000; margin-right: 1.5mm; vertical-align: -0.3mm; }
.qr { margin: 3mm auto 0; text-align: center; }
.qr svg { width: 36mm; height: 36mm; }
footer { margin-top: 3mm; padding-bottom: 8mm; }
</style></head><body>
<header>${options.hallName ? `<div class="meta">${e(options.hallName)}</div>` : ''}<h1>${e(receipt.title)}</h1>${
    receipt.subtitle ? `<div class="sub">${e(receipt.subtitle)}</div>` : ''
  }${receipt.reference ? `<div class="ref">${e(receipt.reference)}</div>` : ''}</header>
${sections}${qr}
<footer>${receipt.footer ? `<div>${e(receipt.footer)}</div>` : ''}<div class="meta">${e(options.printedAt)}</div></footer>
</body></html>`;
}
