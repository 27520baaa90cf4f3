export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** SVG path data drawing the dark modules, one `h` run per row segment. */
  d: string;
}

/**
 * A QR code as SVG path data, for a Lit `svg` template: no markup strings, so nothing goes through
 * innerHTML and Trusted Types has nothing to object to. The encoder is loaded only when a code is
 * first shown (the share button, or the item page for print).
 */
export async function qrMatrix(text: string): Promise<QrMatrix> {
  const { default: qrcode } = await import('qrcode-generator');
  const qr = qrcode(0, 'M');
  // The encoder takes one char per byte; hand it UTF-8 so a non-ASCII URL scans correctly.
  qr.addData(String.fromCharCode(...new TextEncoder().encode(text)), 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  let d = '';
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!qr.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && qr.isDark(row, col)) col++;
      d += `M${start} ${row}h${col - start}v1h${start - col}z`;
    }
  }
  return { size, d };
}
