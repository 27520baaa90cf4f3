/**
 * Postings lists as short strings: ascending entry numbers, delta-encoded, each delta written
 * in base 32 with a continuation alphabet, so a list is JSON-safe and about 1–2 bytes per
 * entry after gzip.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

export function encodePostings(sorted: readonly number[]): string {
  let out = '';
  let previous = 0;
  for (const n of sorted) {
    let delta = n - previous;
    previous = n;
    while (delta >= 32) {
      out += ALPHABET[32 + (delta & 31)];
      delta = Math.floor(delta / 32);
    }
    out += ALPHABET[delta];
  }
  return out;
}

export function decodePostings(encoded: string): Int32Array {
  const out = new Int32Array(encoded.length);
  let count = 0;
  let current = 0;
  let delta = 0;
  let scale = 1;
  for (let i = 0; i < encoded.length; i++) {
    const v = VALUE[encoded.charCodeAt(i)]!;
    if (v < 0) throw new Error('corrupt postings list');
    if (v >= 32) {
      delta += (v - 32) * scale;
      scale *= 32;
    } else {
      current += delta + v * scale;
      out[count++] = current;
      delta = 0;
      scale = 1;
    }
  }
  return out.subarray(0, count);
}
