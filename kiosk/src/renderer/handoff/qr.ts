/**
 * QR codes for the hand-off, as module rows (`1` dark): the shape the receipt printer takes
 * (core/receipt.ts) and what the screen draws as one SVG path, so paper and screen show the
 * same code. Loaded on first use: most visitors never ask for one.
 */
export type QrModules = string[];

export async function qrModules(text: string): Promise<QrModules> {
  const { default: qrcode } = await import('qrcode-generator');
  // Error correction M survives a creased receipt; 'Byte' with UTF-8 keeps non-ASCII URLs scannable.
  const qr = qrcode(0, 'M');
  qr.addData(String.fromCharCode(...new TextEncoder().encode(text)), 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  const rows: string[] = [];
  for (let r = 0; r < size; r++) {
    let row = '';
    for (let c = 0; c < size; c++) row += qr.isDark(r, c) ? '1' : '0';
    rows.push(row);
  }
  return rows;
}

/** SVG path data for the dark modules, one horizontal run per segment, offset by a 4-module quiet zone. */
export function qrPathData(modules: QrModules): string {
  let d = '';
  modules.forEach((row, y) => {
    for (const run of row.matchAll(/1+/g)) d += `M${run.index + 4} ${y + 4}h${run[0].length}v1h-${run[0].length}z`;
  });
  return d;
}
