/**
 * A QR code as one SVG path (one `h` run per row segment of dark modules), drawn through Lit attribute
 * bindings: no markup strings, no `innerHTML`, nothing Trusted Types would have to allow.
 * qrcode-generator (~8 KB gzipped) is loaded only when a code is first shown. One module for every
 * component that shows a code (yz-catalogue's share and print, yz-consult-form's receipt), so a page
 * with both loads the encoder once.
 */
export interface QrPath {
  /** Modules per side, without the quiet zone. */
  size: number;
  d: string;
}

export async function qrPath(text: string): Promise<QrPath> {
  const { default: qrcode } = await import('qrcode-generator');
  const qr = qrcode(0, 'M');
  // The encoder takes one char per byte: hand it UTF-8 so a non-ASCII URL scans correctly.
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
