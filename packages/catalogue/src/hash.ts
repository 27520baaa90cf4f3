/**
 * 32-bit FNV-1a as 8 hex digits: a short, stable content fingerprint for version labels. Not a
 * security hash; bundle integrity uses SHA-256 in the manifest.
 */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
